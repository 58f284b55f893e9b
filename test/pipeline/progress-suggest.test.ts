/**
 * suggestProgress on real progress reports and summaries (test/fixtures/real/) paired with small
 * TEST-ONLY plans invented for them (test/fixtures/progress-pairs/*-plan.txt: each says so in its
 * title), whose goals and measures mirror what the report speaks to, plus distractors that must not
 * match; and one wholly synthetic plan/report pair. The expected items are the hand-made key against
 * which precision and recall are measured and printed.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { FIXTURES, committedIndicators, parse } from "../helpers/plan.ts";
import { readFixtureHeader } from "../../src/pipeline/fixture-header.ts";
import { PROGRESS_COLUMNS, progressCsv, suggestProgress, type ProgressSuggestion } from "../../src/pipeline/progress-suggest.ts";
import { readReport, statusNear, statusOf } from "../../src/pipeline/report-sentences.ts";

const PAIRS = resolve(FIXTURES, "progress-pairs");
const REAL = resolve(FIXTURES, "real");

/** Returns a report's text as the build would read it: a real fixture's header lines blanked, so line numbers stay the file's. */
function reportText(path: string): string {
  const saved = readFileSync(path, "utf8");
  const header = readFixtureHeader(saved);
  return header ? "\n".repeat(header.lines) + header.body : saved;
}

/** The right answers: item → the report line its suggestion must quote. Items of the plan not listed must get none. */
interface Pair {
  plan: string;
  report: string;
  expected: Record<string, number>;
}

const pairs: Pair[] = [
  { plan: "city-2022-h1", report: "real/03_city-2022-h1-key-work-progress-table-flattened-x-redacted.txt", expected: { "g-1": 13, "g-2": 13, "g-3": 13, "g-4": 13, "g-5": 13, "g-7": 13, "m-1": 13, "m-2": 13 } },
  { plan: "county-fgj-2025", report: "real/15_county-fgj-2025-h1-summary-XX-shixu-progress.txt", expected: { "g-1": 8, "g-2": 9, "g-3": 9, "m-1-c1": 8, "m-1-c2": 9, "m-2": 8 } },
  { plan: "guangzhou-2021-task29", report: "real/09_guangzhou-2021-task29-label-fields-quarterly-progress.txt", expected: { "m-1": 14, "m-4": 23 } },
  { plan: "zongyang-jxj-2022", report: "real/12_zongyang-jxj-2022-summary-bracket-notes-yishi.txt", expected: { "g-1": 10, "g-2": 10, "g-3": 10, "m-1": 10 } },
  { plan: "youxian-gxj-2021", report: "real/13_youxian-gxj-2021-summary-2022-plan-runon-headings.txt", expected: { "g-1": 16, "g-2": 16, "g-3": 16, "g-4": 16, "m-1": 20, "m-2": 22 } },
  { plan: "district-2022-q3", report: "real/16_district-2022-q3-economy-analysis-single-X-redacted.txt", expected: { "g-1": 9, "g-2": 9, "g-3": 9, "g-4": 9, "m-1": 10 } },
  { plan: "synthetic", report: "progress-pairs/synthetic-report.txt", expected: { "g-1": 3, "g-2": 3, "g-3": 3, "g-4": 3, "m-1": 5, "m-2": 6, "m-3-c1": 7 } },
];

function run(pair: Pair): { suggestions: ProgressSuggestion[]; text: string } {
  const plan = parse(readFileSync(resolve(PAIRS, `${pair.plan}-plan.txt`), "utf8"), pair.plan);
  const text = reportText(resolve(FIXTURES, pair.report));
  return { suggestions: suggestProgress(plan, { id: pair.report, text, asOf: "2022-06-30", period: "上半年" }), text };
}

/** Returns [item, line, value or glyphs, unit, status] for compact exact assertions. */
const rows = (s: ProgressSuggestion[]) => s.map((x) => [x.item, x.line, x.redacted ? x.glyphs : x.value, x.unit, x.status]);

describe("suggestProgress(plan, report)", () => {
  it("on every pair, quotes each suggestion verbatim from the line it names, and reaches the measured precision and recall", () => {
    let right = 0;
    let made = 0;
    let wanted = 0;
    const table: string[] = [];
    for (const pair of pairs) {
      const { suggestions, text } = run(pair);
      const lines = text.split(/\r\n|\r|\n/);
      for (const s of suggestions) expect(lines[s.line - 1]).toContain(s.quote);
      const ok = suggestions.filter((s) => pair.expected[s.item] === s.line).length;
      right += ok;
      made += suggestions.length;
      wanted += Object.keys(pair.expected).length;
      table.push(`${pair.plan}: ${ok}/${suggestions.length} right, ${ok}/${Object.keys(pair.expected).length} found`);
    }
    const precision = right / made;
    const recall = right / wanted;
    console.log(`progress suggestions — precision ${precision.toFixed(3)} (${right}/${made}), recall ${recall.toFixed(3)} (${right}/${wanted})\n  ${table.join("\n  ")}`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it("reads a flattened table row: the restated task is skipped, the progress sentence quoted with the row's status cell (03)", () => {
    const { suggestions } = run(pairs[0]!);
    expect(rows(suggestions)).toEqual([
      ["g-1", 13, "x", "%", "序时推进"],
      ["g-2", 13, "x", "%", "序时推进"],
      ["g-3", 13, "x", "%", "序时推进"],
      ["g-4", 13, "xx", "%", "序时推进"],
      ["g-5", 13, "xxxxx", "人", "序时推进"],
      ["g-7", 13, "x", "%", "序时推进"],
      ["m-1", 13, null, null, "序时推进"],
      ["m-2", 13, null, null, "序时推进"],
    ]);
    expect(suggestions[0]!.quote).toBe("一季度,全市生产总值增长x%。");
    expect(suggestions[5]!.quote).toBe("x-x月份,CPI指数累计上涨x%,符合预期目标。"); // CPI = 居民消费价格
    expect(suggestions.every((s) => s.value === null)).toBe(true); // every figure is redacted: none is made up
    expect(suggestions.find((s) => s.item === "m-1")!.reason).toMatch(/^同一责任单位“市商务局”、措辞相近/);
  });

  it("signs a fall, reads 达时序进度 and 超时序进度 beside the value, and matches a subject written differently (15)", () => {
    const { suggestions } = run(pairs[1]!);
    expect(rows(suggestions)).toEqual([
      ["g-1", 8, 6.3, "%", null],
      ["g-2", 9, -5.9, "%", null],
      ["g-3", 9, "XX", "亿元", "达时序进度"],
      ["m-1-c1", 8, 356, "个", null],
      ["m-1-c2", 9, 51, "个", null],
      ["m-2", 8, null, null, null],
    ]);
    expect(suggestions[0]!.quote).toBe("强化经济运行调度频次,实行经济工作季度评议会议制度,预计上半年全县GDP增长6.3%以上。"); // not 聚焦地区生产总值年度增长6%目标任务
    expect(suggestions[2]!.reason).toBe("相近的计量对象“重点项目完成投资”、单位相同");
  });

  it("takes a label-field page's status line for its items, and prefers the evidence to the restated quarterly target (09)", () => {
    const { suggestions } = run(pairs[2]!);
    expect(rows(suggestions)).toEqual([
      ["m-1", 14, null, null, "已完成"],
      ["m-4", 23, null, null, "已完成"],
    ]);
  });

  it("reads actual values, not the target in an editor's bracket note (12), and 同比增 (13)", () => {
    expect(rows(run(pairs[3]!).suggestions)).toEqual([
      ["g-1", 10, 0.1, "%", null],
      ["g-2", 10, 25.9, "%", null],
      ["g-3", 10, 16.8, "%", null],
      ["m-1", 10, null, null, null],
    ]);
    const youxian = run(pairs[4]!).suggestions;
    expect(rows(youxian)).toEqual([
      ["g-1", 16, 8.2, "%", null],
      ["g-2", 16, 11, "%", null],
      ["g-3", 16, 39, "%", null],
      ["g-4", 16, 17, "户", null],
      ["m-1", 20, null, null, null],
      ["m-2", 22, null, null, null],
    ]);
    expect(youxian[3]!.reason).toBe("同一计量对象“新增规上企业”、单位可比（计划用家，报告用户）");
  });

  it("keeps a single-X redaction as the glyph and says when the report calls it a fall (16)", () => {
    const { suggestions } = run(pairs[5]!);
    expect(rows(suggestions)).toEqual([
      ["g-1", 9, "X", "%", null],
      ["g-2", 9, "X", "%", null],
      ["g-3", 9, "X", "%", null],
      ["g-4", 9, "X", "%", null],
      ["m-1", 10, null, null, null],
    ]);
    expect(suggestions[2]!.reason).toBe("同一计量对象“工业投资”、单位相同；报告为下降，数值隐去");
  });

  it("on the synthetic pair: a fall, 万元 against 亿元, a redacted rate, a measure by its unit, one by its wording, nothing from the part planning the rest of the year", () => {
    const { suggestions } = run(pairs[6]!);
    expect(rows(suggestions)).toEqual([
      ["g-1", 3, -2.4, "%", null],
      ["g-2", 3, "XX", "%", "达序时进度"],
      ["g-3", 3, 132000, "万元", "超序时进度2.8个百分点"],
      ["g-4", 3, 3, "家", null],
      ["m-3-c1", 7, 18, "家", "序时推进"],
      ["m-1", 5, null, null, "按计划推进"],
      ["m-2", 6, null, null, "已完成"],
    ]);
    const by = (item: string) => suggestions.find((s) => s.item === item)!;
    expect(by("g-2")).toMatchObject({ value: null, redacted: true });
    expect(by("g-3").reason).toBe("同一计量对象“工业投资完成”、单位可比（计划用亿元，报告用万元）");
    expect(by("m-1").reason).toMatch(/^同一责任单位“县商务局”、措辞相近（相似度 0\.\d\d）$/);
    expect(by("m-2").reason).toMatch(/^措辞相近（相似度 0\.\d\d）$/);
    expect(suggestions.map((s) => s.item)).not.toContain("g-5"); // 城镇新增就业: only under 四、下半年工作打算, a plan, not a result
    expect(suggestions.map((s) => s.item)).not.toContain("m-4"); // 招商引资: the report is silent
  });

  it("names the indicator when the dictionary is given", () => {
    const plan = parse(readFileSync(resolve(PAIRS, "zongyang-jxj-2022-plan.txt"), "utf8"));
    const text = reportText(resolve(REAL, "12_zongyang-jxj-2022-summary-bracket-notes-yishi.txt"));
    const suggestions = suggestProgress(plan, { id: "r", text, asOf: null, period: null }, committedIndicators().dictionary);
    expect(suggestions.slice(0, 3).map((s) => [s.item, s.value, s.reason])).toEqual([
      ["g-1", 0.1, "同一指标“规模以上工业增加值增速”、单位相同"],
      ["g-2", 25.9, "同一指标“工业投资增速”、单位相同"],
      ["g-3", 16.8, "同一指标“技改投资增速”、单位相同"],
    ]);
  });

  it("suggests nothing from an empty report or for an empty plan", () => {
    const plan = parse(readFileSync(resolve(PAIRS, "synthetic-plan.txt"), "utf8"));
    expect(suggestProgress(plan, { id: "r", text: "", asOf: null, period: null })).toEqual([]);
    expect(suggestProgress(parse(""), { id: "r", text: reportText(resolve(PAIRS, "synthetic-report.txt")), asOf: null, period: null })).toEqual([]);
  });
});

describe("progressCsv(suggestions)", () => {
  it("writes data/progress.csv rows under its header: a redaction as its glyphs, the reason in note", () => {
    const csv = progressCsv(run(pairs[6]!).suggestions);
    const [header, ...records] = parseCsv(csv) as string[][];
    expect(header).toEqual(PROGRESS_COLUMNS);
    expect(records[0]).toEqual(["synthetic", "g-1", "2022-06-30", "上半年", "", "-2.4", "%", "上半年，全县规模以上工业增加值同比下降2.4%，降幅比一季度收窄1.1个百分点。", "progress-pairs/synthetic-report.txt", "3", "", "", "建议：同一计量对象“规上工业增加值”、单位相同"]);
    expect(records[1]!.slice(4, 7)).toEqual(["达序时进度", "XX", "%"]);
  });
});

describe("readReport(text)", () => {
  it("splits a flattened table into rows, marks each row's task cell and gives its sentences the row's status cell", () => {
    const report = readReport("统计表 序号 重点工作 完成状态 进展情况 责任单位 1 新增就业1万人。 序时推进 上半年新增就业6000人。 县人社局 2 建成公园2个。 已完成 两个公园5月建成开放。 县住建局");
    expect(report.blocks.map((b) => b.status)).toEqual(["序时推进", "已完成"]);
    expect(report.sentences.map((s) => [s.text, s.task, statusOf(report, s)])).toEqual([
      ["1 新增就业1万人。", true, "序时推进"],
      ["上半年新增就业6000人。", false, "序时推进"],
      ["县人社局", false, "序时推进"],
      ["2 建成公园2个。", true, "已完成"],
      ["两个公园5月建成开放。", false, "已完成"],
      ["县住建局", false, "已完成"],
    ]);
  });

  it("gives a status line to its whole section, and marks a planning part's sentences as promises", () => {
    const report = readReport("任务1\n重点工作: 建设产业园。\n进展情况:\n已完成。\n产业园6月竣工。\n二、下步工作计划\n建设二期工程。");
    expect(report.sentences.map((s) => [s.line, s.task, statusOf(report, s)])).toEqual([
      [2, true, "已完成"], // the task restated
      [3, false, "已完成"],
      [5, false, "已完成"],
      [6, true, null],
      [7, true, null],
    ]);
  });

  it("reads the status words as written, nearest after the value", () => {
    expect(statusNear("完成投资12亿元，占年度计划45.2%，超时序进度3.5个百分点。")).toBe("超时序进度3.5个百分点");
    expect(statusNear("已完成投资8亿元，达到序时进度；续建项目进度滞后。", 9)).toBe("达到序时进度");
    expect(statusNear("工程有序推进。")).toBeNull();
  });
});
