/** planLoader: the content-layer loader for plans — catalogue rows × seed files → parsed, linked Plan entries. */
import type { Loader } from "astro/loaders";
import { buildPlan, loadCatalogue, loadDictionaries, readNoteFiles, readSourceBytes, type Paths } from "../io/read-source.ts";
import { formatProblem, InputError, type Problem } from "../pipeline/input-error.ts";
import { attachNotes } from "../pipeline/notes.ts";
import { proposeEntities } from "../pipeline/entities.ts";

const PARSER_VERSION = "4"; // bump when parsing or linking changes, so cached entries are re-parsed

/**
 * Loads every plan in the catalogue, linked to the indicators, themes and entities, with the editor's
 * notes beside it (notes/<id>/*.md; a bad note stops the build at file:line). A plan whose file
 * bytes, catalogue row and lists are unchanged since the last build keeps its stored entry (same
 * digest) and is not parsed again. A bad catalogue or list stops the build with file:line:column;
 * parser warnings are logged with the plan's file and line, and so are enterprises or projects that
 * the plan enumerates but data/entities.csv does not list yet.
 */
export function planLoader(paths: Paths): Loader {
  return {
    name: "plan-loader",
    load: async ({ store, parseData, generateDigest, logger }) => {
      const [rows, dict] = await Promise.all([loadCatalogue(paths), loadDictionaries(paths)]);
      const noteFiles = await readNoteFiles(paths, rows.map((r) => r.id));
      const problems: Problem[] = [];
      const keep = new Set<string>();
      for (const { line: _line, ...row } of rows) {
        const { bytes, sha256 } = await readSourceBytes(paths.seeds, row.file);
        const notes = noteFiles.get(row.id) ?? [];
        const digest = generateDigest({ row, sha256, dict, notes, PARSER_VERSION });
        keep.add(row.id);
        if (store.get(row.id)?.digest === digest) continue;
        const { plan, problems: noteProblems } = attachNotes(await buildPlan(row, bytes, sha256, dict), notes);
        problems.push(...noteProblems);
        if (noteProblems.length) continue; // never stored, so that the next build reports it again
        const file = `${paths.seeds}/${row.file}`;
        for (const w of plan.warnings) logger.warn(formatProblem({ file, line: w.line ?? 0, column: 0, reason: w.message }));
        for (const c of proposeEntities(plan, dict.entities))
          logger.info(formatProblem({ file, line: c.line, column: 0, reason: `“${c.name}”可能是企业或项目，尚未登记在 ${paths.entities}（原文：${c.context}）` }));
        store.set({ id: row.id, data: await parseData({ id: row.id, data: plan }), digest });
      }
      if (problems.length) throw new InputError(problems);
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
    },
  };
}
