/** planLoader: the content-layer loader for plans — catalogue rows × seed files → parsed Plan entries. */
import type { Loader } from "astro/loaders";
import { buildPlan, loadCatalogue, loadIndicators, readSourceBytes, type Paths } from "../io/read-source.ts";
import { formatProblem } from "../pipeline/input-error.ts";

const PARSER_VERSION = "2"; // bump when parsing changes, so cached entries are re-parsed

/**
 * Loads every plan in the catalogue, its goals linked to the indicator dictionary. A plan whose file bytes and catalogue row are unchanged since
 * the last build keeps its stored entry (same digest) and is not parsed again. A bad catalogue
 * stops the build with file:line:column; parser warnings are logged with the plan's file and line.
 */
export function planLoader(paths: Paths): Loader {
  return {
    name: "plan-loader",
    load: async ({ store, parseData, generateDigest, logger }) => {
      const [rows, indicators] = await Promise.all([loadCatalogue(paths), loadIndicators(paths)]);
      const keep = new Set<string>();
      for (const { line: _line, ...row } of rows) {
        const { bytes, sha256 } = await readSourceBytes(paths.seeds, row.file);
        const digest = generateDigest({ row, sha256, indicators, PARSER_VERSION });
        keep.add(row.id);
        if (store.get(row.id)?.digest === digest) continue;
        const plan = buildPlan(row, bytes, sha256, indicators);
        for (const w of plan.warnings) logger.warn(formatProblem({ file: `${paths.seeds}/${row.file}`, line: w.line ?? 0, column: 0, reason: w.message }));
        store.set({ id: row.id, data: await parseData({ id: row.id, data: plan }), digest });
      }
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
    },
  };
}
