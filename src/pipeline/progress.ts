/** progress: validates the editor's progress rows (data/progress.csv) against the plans they are about and the reports they quote. */
import type { CsvTable } from "./csv.ts";
import type { Observation } from "../schema/observation.ts";
import type { Plan } from "../schema/plan.ts";
import { OPTIONAL_PROGRESS_COLUMNS, PROGRESS_COLUMNS, ProgressCsvRowSchema, ProgressRecordSchema, type ProgressRecord } from "../schema/progress.ts";
import { InputError, type Problem } from "./input-error.ts";
import { columnNumber, readRecords } from "./records.ts";
import { readValueCell } from "./redactions.ts";
import { layoutFree, placedMeasures } from "./plan-text.ts";
import { elapsedShare } from "./report-period.ts";
import { periodMonths } from "../schema/cells.ts";

export type ItemKind = ProgressRecord["itemKind"];

/** What an item reference (g-2, m-13, m-13-c1) names in `plan`, or null when the plan has no such item. */
export function resolveItem(plan: Pick<Plan, "goals" | "parts">, item: string): { kind: ItemKind; text: string; indicator: string | null } | null {
  if (item.startsWith("g-")) {
    const goal = plan.goals.find((g) => g.anchor === item);
    return goal ? { kind: "goal", text: goal.text, indicator: goal.indicator } : null;
  }
  const c = /^(.*)-c(\d+)$/.exec(item);
  const anchor = c ? c[1]! : item;
  const measure = placedMeasures(plan).find((p) => p.measure.anchor === anchor)?.measure;
  if (!measure) return null;
  if (!c) return { kind: "measure", text: measure.title, indicator: null };
  const commitment = measure.commitments[Number(c[2]) - 1];
  return commitment ? { kind: "commitment", text: commitment.text, indicator: commitment.indicator } : null;
}

/** Returns where in a document `quote` stands (the anchor of its measure, section or part; "" for text before the first part), or null when the document does not say it. */
export function locateQuote(doc: Pick<Plan, "preamble" | "parts">, quote: string): string | null {
  const wanted = layoutFree(quote);
  const holds = (texts: string[]) => texts.some((t) => layoutFree(t).includes(wanted));
  if (holds(doc.preamble)) return "";
  for (const part of doc.parts) {
    if (holds([part.title, ...part.paragraphs])) return part.anchor;
    for (const section of part.sections) {
      if (holds([section.title, ...section.paragraphs])) return section.anchor;
      const measure = section.measures.find((m) => holds([m.text, `${m.marker}${m.text}`]));
      if (measure) return measure.anchor;
    }
  }
  return null;
}

/**
 * Returns the progress records of data/progress.csv, in file order. Throws InputError naming file, line
 * and column for: a plan or item the catalogue's plans do not have; a source that is a catalogue
 * report not saying the quote (the quote must be the report's own words), or an outside document
 * without a date; no as-of date or period (on the row or the report's catalogue row); a value that is
 * not a number; a year-end value of an indicator that data/indicator-values.csv also gives (one fact,
 * one place); the same item, date and source twice.
 */
export function readProgress(table: CsvTable, plans: Plan[], values: Observation[] = []): ProgressRecord[] {
  const { rows, problems } = readRecords(table, ProgressCsvRowSchema, PROGRESS_COLUMNS, OPTIONAL_PROGRESS_COLUMNS);
  const byId = new Map(plans.map((p) => [p.id, p]));
  const column = (field: keyof typeof PROGRESS_COLUMNS) => columnNumber(table, PROGRESS_COLUMNS, field);
  const seen = new Map<string, number>();
  const records: ProgressRecord[] = [];
  for (const row of rows) {
    const at = (field: keyof typeof PROGRESS_COLUMNS, reason: string) => problems.push({ file: table.file, line: row.line, column: column(field), reason } satisfies Problem);
    const plan = byId.get(row.plan);
    if (!plan) {
      at("plan", `计划目录中没有编号为“${row.plan}”的计划`);
      continue;
    }
    const item = resolveItem(plan, row.item);
    if (!item) at("item", `计划“${plan.title}”中没有事项 ${row.item}：请对照计划页各条旁的 # 链接（目标 g-…，措施 m-…，措施中的第几项量化承诺 m-…-c1）`);
    const report = byId.get(row.source) ?? null;
    let anchor: string | null = null;
    if (report) {
      if (report.id === plan.id) at("source", "来源不能是计划本身：进展须出自报告");
      anchor = locateQuote(report, row.quote);
      if (anchor === null) at("quote", `报告“${report.title}”中找不到这句原文：请从报告中照录原话（可以只录一部分，但不能改字）`);
      if (report.reporting?.plan && report.reporting.plan !== plan.id) at("source", `报告“${report.title}”在计划目录中写明报告的是“${report.reporting.plan}”，不是“${plan.id}”`);
    } else if (!row.sourceDate) at("sourceDate", `来源“${row.source}”不是计划目录中的报告：外部文件须写来源日期（和网址）`);
    const period = row.period ?? report?.reporting?.period ?? null;
    const asOf = row.asOf ?? report?.reporting?.asOf ?? null;
    if (row.period && periodMonths(row.period) === null) at("period", `报告期“${row.period}”无法识别：请写“一季度”“上半年”“前三季度”“1—11月”或“全年”`);
    const elapsed = elapsedShare(period, asOf);
    if (!elapsed) at("asOf", "没有截至日期，也没有报告期：请写截至日期（或报告期），报告在计划目录中写明时可以不写");
    else if (asOf && Number(asOf.slice(0, 4)) !== plan.year && !(Number(asOf.slice(0, 4)) === plan.year + 1 && elapsed.share === 1)) at("asOf", `截至日期 ${asOf} 不在计划的年度（${plan.year}年）内`);
    const cell = readValueCell(row.value);
    const badNumber = cell === null;
    if (badNumber) at("value", `数值“${row.value}”不是数字（增速下降写负数，如 -5.9；未公开的数值照录 X 或 *；没有数值留空）`);
    const { value, redacted } = cell ?? { value: null, redacted: false };
    if (item?.indicator && elapsed?.share === 1 && value !== null) {
      const twice = values.find((o) => o.kind === "actual" && o.indicator === item.indicator && o.year === plan.year && o.jurisdiction === plan.jurisdiction);
      if (twice) at("value", `${plan.year}年“${item.indicator}”的实际值已在 data/indicator-values.csv 中填写（来源：${twice.source.title}）：同一个数字只填一处，请删去其中一处`);
    }
    const key = `${row.plan}|${row.item}|${asOf ?? period}|${row.source}`;
    if (seen.has(key)) at("item", `同一事项、同一日期、同一来源的进展已在第 ${seen.get(key)} 行填写`);
    else seen.set(key, row.line);
    if (!item || !elapsed || badNumber) continue;
    records.push(ProgressRecordSchema.parse({
      plan: plan.id, item: row.item, itemKind: item.kind, asOf, period, elapsed: elapsed.share, elapsedBasis: elapsed.basis,
      words: row.status, value, unit: row.unit, redacted, preliminary: /预计/.test(`${row.status ?? ""}${row.note ?? ""}`),
      quote: row.quote,
      source: report
        ? { report: report.id, title: report.title, date: report.disclosure.datePublished ?? report.disclosure.dateWritten ?? row.sourceDate, url: null, line: row.reportLine, anchor }
        : { report: null, title: row.source, date: row.sourceDate, url: row.url, line: row.reportLine, anchor: null },
      note: row.note,
    }));
  }
  if (problems.length) throw new InputError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  return records;
}
