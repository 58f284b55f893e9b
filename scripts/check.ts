#!/usr/bin/env -S npx tsx
// Checks every input without building: the catalogue, the lists, data/site.csv and portal/, each plan's file and notes, data/progress.csv (errors:
// what the build would refuse), each plan's findings a person should look at before publishing, and
// files in seeds/ that the catalogue does not name; and, for each report on a plan, the progress rows it seems to give, ready to paste. Exit 1 on any error, 0 when only findings remain.
// Usage: npm run check
import { DEFAULT_PATHS, listSeeds, loadCatalogue, loadDictionaries, loadIndicatorValues, loadProgress, readDocumentText, readNoteFiles, readPlan, readSourceBytes } from "../src/io/read-source.ts";
import { progressCsv, suggestProgress } from "../src/pipeline/progress-suggest.ts";
import type { Plan } from "../src/schema/plan.ts";
import type { CatalogueRow } from "../src/schema/catalogue.ts";
import type { ProgressRecord } from "../src/schema/progress.ts";
import type { Indicator } from "../src/schema/indicator.ts";
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
  const read = new Map<string, Plan>();
  for (const { line: _line, ...row } of rows ?? []) {
    if (!dict) break;
    const file = `${DEFAULT_PATHS.seeds}/${row.file}`;
    const doc = await collect(async () => {
      const { plan, problems } = await readPlan(row, await readSourceBytes(DEFAULT_PATHS.seeds, row.file), dict, notes?.get(row.id) ?? []);
      if (problems.length) throw new InputError(problems);
      return plan;
    });
    if (!doc) continue;
    read.set(doc.id, doc);
    const found = reviewPlan(doc, dict.entities);
    findings += found.length;
    console.log(`\n${doc.title}（${row.id}，${file}）：${found.length ? `${found.length} 条提示` : "没有问题"}`);
    for (const f of found) console.log(`  ${f.line ? `${file}:${f.line}` : file}: ${f.message}`);
  }
  const progress = rows && dict ? await collect(() => loadProgress(DEFAULT_PATHS, identity?.info.defaultJurisdiction ?? null)) : null; // checked against the plans and reports

  if (rows && dict) findings += await suggestRows(rows.filter((r) => r.reportsOn && read.has(r.reportsOn) && read.has(r.id)), read, progress ?? [], dict.indicators);
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

/**
 * Prints, for each report the catalogue says reports on a plan, the progress rows the report seems to
 * give that data/progress.csv does not have yet — ready to paste after checking. Nothing becomes a
 * status on the site unless the editor pastes it. Returns how many were proposed.
 */
async function suggestRows(reports: CatalogueRow[], plans: Map<string, Plan>, known: ProgressRecord[], indicators: Indicator[]): Promise<number> {
  let count = 0;
  for (const row of reports) {
    const text = await readDocumentText(DEFAULT_PATHS, row.file);
    const have = new Set(known.map((r) => `${r.plan}|${r.item}|${r.source.report}`));
    const rows = suggestProgress(plans.get(row.reportsOn!)!, { id: row.id, text, asOf: row.asOf, period: row.period }, indicators)
      .filter((s) => !have.has(`${s.plan}|${s.item}|${s.source}`));
    if (rows.length === 0) continue;
    count += rows.length;
    console.log(`\n建议的进展（${row.id} 报告 ${row.reportsOn}，${rows.length} 条；核对原文后可粘贴到 ${DEFAULT_PATHS.progress}，未粘贴的不会显示在网站上）：`);
    for (const s of rows) console.log(`  ${DEFAULT_PATHS.seeds}/${row.file}:${s.line}: ${s.item} ← ${s.reason}`);
    console.log(progressCsv(rows).trimEnd().split("\n").map((l) => `    ${l}`).join("\n"));
  }
  return count;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`无法检查：${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
