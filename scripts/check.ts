#!/usr/bin/env -S npx tsx
// Checks every input without building: the catalogue, the lists and each plan's file (errors: a Word
// document refused is one), and each plan (findings a person should look at before publishing). Exit 1
// on any error, 0 when only findings remain.
// Usage: npm run check
import { buildPlan, DEFAULT_PATHS, loadCatalogue, loadDictionaries, loadIndicatorValues, readSourceBytes } from "../src/io/read-source.ts";
import { formatProblem, InputError } from "../src/pipeline/input-error.ts";
import { reviewPlan } from "../src/pipeline/review.ts";

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
  let findings = 0;
  for (const { line: _line, ...row } of rows ?? []) {
    if (!dict) break;
    const { bytes, sha256 } = await readSourceBytes(DEFAULT_PATHS.seeds, row.file);
    const plan = await collect(() => buildPlan(row, bytes, sha256, dict)); // a Word document refused is an error
    if (!plan) continue;
    const found = reviewPlan(plan, dict.entities);
    findings += found.length;
    console.log(`\n${plan.title}（${row.id}，${DEFAULT_PATHS.seeds}/${row.file}）：${found.length ? `${found.length} 条提示` : "没有问题"}`);
    const file = `${DEFAULT_PATHS.seeds}/${row.file}`;
    for (const f of found) console.log(`  ${f.line ? `${file}:${f.line}` : file}: ${f.message}`);
  }
  if (errors.length) {
    console.log(`\n错误（必须改正，否则无法构建）：`);
    for (const e of errors) console.log(`  ${e}`);
  }
  console.log(`\n检查完成：${rows?.length ?? 0} 份计划，${errors.length} 个错误，${findings} 条提示。${errors.length ? "" : findings ? "提示不阻止构建，请逐条核对后再发布。" : ""}`);
  return errors.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`无法检查 cannot check: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
