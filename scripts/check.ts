#!/usr/bin/env -S npx tsx
// Checks every input without building: the catalogue, the lists, data/site.csv and portal/, each plan's file and notes (errors:
// what the build would refuse), each plan's findings a person should look at before publishing, and
// files in seeds/ that the catalogue does not name. Exit 1 on any error, 0 when only findings remain.
// Usage: npm run check
import { DEFAULT_PATHS, listSeeds, loadCatalogue, loadDictionaries, loadIndicatorValues, readNoteFiles, readPlan, readSourceBytes } from "../src/io/read-source.ts";
import { formatProblem, InputError } from "../src/pipeline/input-error.ts";
import { reviewPlan } from "../src/pipeline/review.ts";
import { loadSiteIdentity } from "../src/io/site-identity.ts";

async function main(): Promise<number> {
  const errors: string[] = [];
  const collect = async <T>(load: () => Promise<T>): Promise<T | null> => {
    try {
      return await load();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      errors.push(...e.problems.map(formatProblem));
      return null;
    }
  };
  const [rows, dict] = [await collect(() => loadCatalogue(DEFAULT_PATHS)), await collect(() => loadDictionaries(DEFAULT_PATHS))];
  if (rows && dict) await collect(() => loadIndicatorValues(DEFAULT_PATHS));
  const notes = rows ? await collect(() => readNoteFiles(DEFAULT_PATHS, rows.map((r) => r.id))) : null;
  const identity = await collect(() => loadSiteIdentity());
  let findings = identity?.notes.length ?? 0;
  if (identity?.notes.length) {
    console.log("\n门户的页头、页尾：");
    for (const n of identity.notes) console.log(`  ${formatProblem(n)}`);
  }
  for (const { line: _line, ...row } of rows ?? []) {
    if (!dict) break;
    const file = `${DEFAULT_PATHS.seeds}/${row.file}`;
    const read = await collect(async () => {
      const { plan, problems } = await readPlan(row, await readSourceBytes(DEFAULT_PATHS.seeds, row.file), dict, notes?.get(row.id) ?? []);
      if (problems.length) throw new InputError(problems);
      return plan;
    });
    if (!read) continue;
    const found = reviewPlan(read, dict.entities);
    findings += found.length;
    console.log(`\n${read.title}（${row.id}，${file}）：${found.length ? `${found.length} 条提示` : "没有问题"}`);
    for (const f of found) console.log(`  ${f.line ? `${file}:${f.line}` : file}: ${f.message}`);
  }
  const named = new Set((rows ?? []).map((r) => r.file));
  const unnamed = [...(await listSeeds(DEFAULT_PATHS.seeds)).keys()].filter((f) => !named.has(f) && !f.startsWith(".")).sort();
  if (rows && unnamed.length) {
    findings += unnamed.length;
    console.log(`\n${DEFAULT_PATHS.seeds}/ 中有 ${unnamed.length} 个文件未登记在 ${DEFAULT_PATHS.catalogue}，不会发布：`);
    for (const f of unnamed) console.log(`  ${DEFAULT_PATHS.seeds}/${f}`);
  }
  if (errors.length) {
    console.log(`\n错误（必须改正，否则无法构建）：`);
    for (const e of errors) console.log(`  ${e}`);
  }
  console.log(`\n检查完成：${rows?.length ?? 0} 份计划，${errors.length} 个错误，${findings} 条提示。${errors.length ? "" : findings ? "提示不阻止构建，请逐条核对后再发布。" : ""}`);
  return errors.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`无法检查：${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
