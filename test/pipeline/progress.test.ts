// Progress rows against a plan and its own reports (test/fixtures/progress: a labelled, invented test pair).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, committedLists, testMeta } from "../helpers/plan.ts";
import { parsePlan } from "../../src/pipeline/parse-plan.ts";
import { linkPlan } from "../../src/pipeline/link-plan.ts";
import { readCsv } from "../../src/pipeline/csv.ts";
import { readProgress } from "../../src/pipeline/progress.ts";
import { planProgress } from "../../src/model/progress.ts";
import { InputError } from "../../src/pipeline/input-error.ts";
import type { Plan } from "../../src/schema/plan.ts";
import type { Observation } from "../../src/schema/observation.ts";

const dir = resolve(FIXTURES, "progress");
const doc = (file: string, id: string, kind: Plan["kind"], reporting: Plan["reporting"]): Plan =>
  linkPlan(parsePlan(readFileSync(resolve(dir, file), "utf8"), { ...testMeta(id), year: 2023, kind, reporting }), committedLists());
const plans = [
  doc("plan-2023.txt", "demo-2023", "plan", null),
  doc("report-2023-h1.txt", "demo-2023-h1", "report", { plan: "demo-2023", period: "上半年", asOf: "2023-06-30" }),
  doc("report-2023-full.txt", "demo-2023-full", "report", { plan: "demo-2023", period: "全年", asOf: "2023-12-31" }),
];
const csv = (text: string) => readCsv(new TextEncoder().encode(text), "data/progress.csv");
const HEADER = "plan,item,as_of,period,status,value,unit,quote,source,line,source_date,url\n";
const problems = (text: string, values: Observation[] = []) => {
  try {
    readProgress(csv(HEADER + text), plans, values);
    return [];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.problems.map((p) => `${p.line}:${p.column} ${p.reason}`);
  }
};

describe("readProgress(table, plans)", () => {
  const records = readProgress(csv(readFileSync(resolve(dir, "progress.csv"), "utf8")), plans);

  it("reads each row with its item's kind, the report's period and where the quote stands in the report", () => {
    expect(records.map((r) => [r.item, r.itemKind, r.period, r.elapsed, r.value, r.redacted, r.source.anchor])).toEqual([
      ["g-1", "goal", "上半年", 0.5, 6.5, false, "m-1"],
      ["g-2", "goal", "上半年", 0.5, 28, false, "m-2"],
      ["g-3", "goal", "上半年", 0.5, 8, false, "m-3"],
      ["m-1-c1", "commitment", "上半年", 0.5, 45, false, "m-4"],
      ["m-2-c1", "commitment", "上半年", 0.5, null, true, "m-5"],
      ["m-3", "measure", "上半年", 0.5, null, false, "m-6"],
      ["g-1", "goal", "全年", 1, 8.2, false, "m-1"],
      ["g-2", "goal", "全年", 1, 460000, false, "m-2"],
      ["g-3", "goal", "全年", 1, 21, false, "m-3"],
      ["m-1-c1", "commitment", "全年", 1, 100, false, "m-4"],
      ["m-3", "measure", "全年", 1, null, false, "m-5"],
    ]);
    expect(records[0]!.source).toEqual({ report: "demo-2023-h1", title: "测试：demo-2023-h1", date: null, url: null, line: 3, anchor: "m-1" });
  });

  it("stops on a row that does not hold together, naming line and column", () => {
    expect(problems("demo-2099,g-1,2023-06-30,,,1,%,x,外部文件,,2023-07-01,\n")).toEqual(["2:1 计划目录中没有编号为“demo-2099”的计划"]);
    expect(problems("demo-2023,g-9,,,,1,%,新增规上企业8家。,demo-2023-h1,,,\n")[0]).toMatch(/^2:2 计划“测试：demo-2023”中没有事项 g-9/);
    expect(problems("demo-2023,g-3,,,,8,家,新增规上企业9家。,demo-2023-h1,,,\n")).toEqual(["2:8 报告“测试：demo-2023-h1”中找不到这句原文：请从报告中照录原话（可以只录一部分，但不能改字）"]);
    expect(problems("demo-2023,g-3,,,,8,家,新增规上企业8家,外部文件,,,\n")).toEqual([
      "2:3 没有截至日期，也没有报告期：请写截至日期（或报告期），报告在计划目录中写明时可以不写",
      "2:11 来源“外部文件”不是计划目录中的报告：外部文件须写来源日期（和网址）",
    ]);
    expect(problems("demo-2023,g-3,,,,8,家,新增规上企业8家,外部文件,,2023-07-01,\n")).toEqual(["2:3 没有截至日期，也没有报告期：请写截至日期（或报告期），报告在计划目录中写明时可以不写"]);
    expect(problems("demo-2023,g-3,2021-06-30,,,8,家,新增规上企业8家,外部文件,,2021-07-01,\n")).toEqual(["2:3 截至日期 2021-06-30 不在计划的年度（2023年）内"]);
    expect(problems("demo-2023,g-3,,,,八,家,新增规上企业8家。,demo-2023-h1,,,\n")[0]).toMatch(/^2:6 数值“八”不是数字/);
    expect(problems("demo-2023,g-3,,,,8,家,新增规上企业8家。,demo-2023-h1,,,\ndemo-2023,g-3,,,,8,家,新增规上企业8家。,demo-2023-h1,,,\n")).toEqual(["3:2 同一事项、同一日期、同一来源的进展已在第 2 行填写"]);
  });

  it("keeps one fact in one place: a year-end value data/indicator-values.csv already gives is refused", () => {
    const given: Observation = {
      indicator: "new-above-scale-enterprises", year: 2023, kind: "actual", value: 21, unit: "家", redacted: false, qualifier: null, status: null, text: null, jurisdiction: null,
      source: { title: "测试数据：统计公报", date: null, plan: null, anchor: null, place: null }, note: null,
    };
    expect(problems("demo-2023,g-3,,,完成年度目标,21,家,全年新增规上企业21家，完成年度目标。,demo-2023-full,5,,\n", [given])[0]).toMatch(/^2:6 2023年“new-above-scale-enterprises”的实际值已在 data\/indicator-values\.csv 中填写/);
  });
});

describe("planProgress(plans, records, values)", () => {
  const records = readProgress(csv(readFileSync(resolve(dir, "progress.csv"), "utf8")), plans);
  const progress = planProgress(plans, records, []).get("demo-2023")!;

  it("gives each item its history and the status of its latest report", () => {
    expect(progress.items.map((i) => [i.item, i.entries.map((e) => e.judgement.code).join(" → "), i.status.code])).toEqual([
      ["g-1", "behind → done", "done"],
      ["g-2", "on-pace → not-done", "not-done"], // 460000万元 is 46亿元 of 50亿元
      ["g-3", "behind → done", "done"],
      ["g-4", "", "no-report"], // 新增个私企业X家: no report speaks to it
      ["g-5", "", "no-report"],
      ["m-1", "", "no-report"],
      ["m-1-c1", "behind → done", "done"],
      ["m-2", "", "no-report"],
      ["m-2-c1", "self", "self"], // 培育上云企业XX家，达时序进度: the number is withheld, the bureau's word remains
      ["m-3", "self → self", "self"],
      ["m-4", "", "no-report"],
    ]);
    expect(progress.items.find((i) => i.item === "g-2")!.status).toMatchObject({ actual: 46, factor: 1e-4, target: 50, unit: "亿元" });
  });

  it("counts items per status and kind, and lists the reports on the plan, oldest first", () => {
    expect(progress.counts).toEqual({ goal: { done: 2, "not-done": 1, "no-report": 2 }, commitment: { done: 1, self: 1 }, measure: { "no-report": 3, self: 1 } });
    expect(progress.reports.map((r) => r.id)).toEqual(["demo-2023-h1", "demo-2023-full"]);
  });
});
