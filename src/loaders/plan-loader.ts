/** planLoader: the content-layer loader for plans — catalogue rows × seed files → parsed, linked Plan entries. */
import type { Loader } from "astro/loaders";
import { collectProblems, readPlan, readPlanInputs, readSourceBytes, type Paths } from "../io/read-source.ts";
import { formatProblem, InputError, type Problem } from "../pipeline/input-error.ts";
import { proposeEntities } from "../pipeline/entities.ts";
import { codeVersion } from "../io/code-version.ts";
import { PlanSchema, type StoredPlan } from "../schema/plan.ts";
import { sha256 } from "../io/hash.ts";

/** Returns whether a stored entry holds what it claims: its JSON's hash matches the hash stored beside it (an edited or damaged cache does not). */
function isIntact(data: unknown): data is StoredPlan {
  const entry = data as Partial<StoredPlan> | undefined;
  return typeof entry?.json === "string" && Array.isArray(entry.log) && entry.sha256 === sha256(entry.json);
}

/**
 * Loads every plan in the catalogue, linked to the indicators, themes and entities, with the editor's
 * notes beside it (notes/<id>/*.md; a bad note stops the build at file:line, and so does a Word document
 * that cannot be read or published as it is, after every plan has been tried). A plan whose file
 * bytes, catalogue row, lists, notes and parsing code are unchanged since the last build keeps its
 * stored entry (same digest, and its JSON still matches the hash stored with it) and is not parsed
 * again, and its warnings are logged again as when it was parsed; the log says how many were parsed and reused. A bad catalogue or list stops the build with file:line:column;
 * parser warnings are logged with the plan's file and line, and so are enterprises or projects that
 * the plan enumerates but data/entities.csv does not list yet.
 */
export function planLoader(paths: Paths): Loader {
  return {
    name: "plan-loader",
    load: async ({ store, parseData, generateDigest, logger }) => {
      const replay = (log: string[]) => {
        for (const line of log) (line.startsWith("warn:") ? logger.warn : logger.info).call(logger, line.slice(5));
      };
      const { rows, dict, notesOf } = await readPlanInputs(paths);
      const code = codeVersion(); // a change to the parser re-parses every plan
      const problems: Problem[] = [];
      const keep = new Set<string>();
      let parsed = 0;
      let discarded = 0;
      for (const row of rows) {
        const source = await readSourceBytes(paths.seeds, row.file);
        const notes = notesOf(row.id);
        const digest = generateDigest({ row, sha256: source.sha256, dict, notes, code });
        keep.add(row.id);
        const stored = store.get(row.id);
        if (stored?.digest === digest && isIntact(stored.data)) {
          replay(stored.data.log); // the same findings as the build that parsed it
          continue;
        }
        if (stored?.digest === digest) {
          discarded++;
          store.delete(row.id); // the store keeps an entry whose digest is unchanged: it must go before the plan is stored again
        }
        parsed++;
        const read = await collectProblems(problems, () => readPlan(row, source, dict, notes));
        if (!read) continue; // never stored, so that the next build reports it again
        const { plan, problems: noteProblems } = read;
        problems.push(...noteProblems);
        if (noteProblems.length) continue; // never stored, so that the next build reports it again
        const file = `${paths.seeds}/${row.file}`;
        const log = [
          ...plan.warnings.map((w) => `warn:${formatProblem({ file, line: w.line ?? 0, column: 0, reason: w.message })}`),
          ...proposeEntities(plan, dict.entities).map((c) => `info:${formatProblem({ file, line: c.line, column: 0, reason: `“${c.name}”可能是企业或项目，尚未登记在 ${paths.entities}（原文：${c.context}）` })}`),
        ];
        replay(log);
        const checked = PlanSchema.safeParse(plan); // stored as JSON text, see StoredPlanSchema
        if (!checked.success) throw new Error(`${file}: 解析结果不符合 Plan 模型（程序错误，请报告） the parsed plan does not match PlanSchema: ${checked.error.message}`);
        const json = JSON.stringify(checked.data);
        store.set({ id: row.id, data: await parseData({ id: row.id, data: { json, sha256: sha256(json), log } }), digest });
      }
      if (discarded) logger.warn(`缓存中有 ${discarded} 份计划与其记录的校验值不符（缓存被改动或损坏），已丢弃并重新解析 Discarded ${discarded} cached plans that did not match their checksum`);
      if (problems.length) throw new InputError(problems);
      logger.info(`解析 ${parsed} 份计划，沿用上次构建的 ${rows.length - parsed} 份（文件、目录行和名单均未改动） Parsed ${parsed} plans, reused ${rows.length - parsed}`);
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
    },
  };
}
