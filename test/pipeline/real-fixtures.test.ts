/**
 * Real documents of other governments, of every shape issue 18 names (test/fixtures/real/, sources in
 * its README): each parsed as `npm run parse` parses it — its saved header (source:/title:/year:/kind:)
 * describing it, not part of its text — against an expected JSON beside it; no character lost; and a
 * full-width twin (，：；（） as real documents write them) read the same way.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, testMeta } from "../helpers/plan.ts";
import { parsePlan } from "../../src/pipeline/parse-plan.ts";
import { headerKind, readFixtureHeader } from "../../src/pipeline/fixture-header.ts";
import { bodyText, layoutFree, measuresOf, planPieces } from "../../src/pipeline/plan-text.ts";
import type { Plan } from "../../src/schema/plan.ts";

const dir = resolve(FIXTURES, "real");
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();

function read(file: string, twin = false): { plan: Plan; text: string } {
  const saved = readFileSync(resolve(dir, file), "utf8");
  const header = readFixtureHeader(saved)!;
  let text = "\n".repeat(header.lines) + header.body;
  if (twin) text = fullWidth(text);
  const meta = { ...testMeta(file.replace(/\.txt$/, "")), issuer: header.fields.issuer ?? "", year: Number(header.fields.year), title: header.fields.title ?? "", kind: headerKind(header) };
  return { plan: parsePlan(text, meta), text };
}

/** The full-width twin of an ASCII-punctuated text: , : ; ( ) next to Chinese become ，：；（）. */
function fullWidth(text: string): string {
  const map: Record<string, string> = { ",": "，", ":": "：", ";": "；", "(": "（", ")": "）" };
  return text.replace(/(?<=[\u4e00-\u9fff\d%）)”」》】])[,:;]|[,:;](?=[\u4e00-\u9fff“「《【])|\((?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\)/g, (c) => map[c]!);
}

const summary = (plan: Plan) => {
  const measures = measuresOf(plan);
  return {
    kind: plan.kind,
    notice: plan.notice !== null,
    measures: measures.length,
    offices: measures.map((m) => m.responsibility?.offices.length ?? 0),
    commitments: measures.reduce((n, m) => n + m.commitments.length, 0),
    goals: plan.goals.length,
    redactions: plan.redactions.length,
  };
};

describe("real documents (test/fixtures/real)", () => {
  for (const file of files) {
    it(`${file} gives its expected JSON and loses no character`, async () => {
      const { plan, text } = read(file);
      await expect(JSON.stringify(plan, null, 2) + "\n").toMatchFileSnapshot(resolve(dir, file.replace(/\.txt$/, ".json")));
      expect(layoutFree(planPieces(plan).join(""))).toBe(bodyText(text, plan));
    });
    it(`${file} reads the same with full-width punctuation`, () => {
      const { plan, text } = read(file, true);
      expect(summary(plan)).toEqual(summary(read(file).plan));
      expect(layoutFree(planPieces(plan).join(""))).toBe(bodyText(text, plan));
    });
  }

  it("reads a table one cell per line: each row a measure with its responsible unit", () => {
    const { plan } = read(files.find((f) => f.startsWith("01_"))!);
    const rows = measuresOf(plan);
    expect(plan.notice?.paragraphs.at(-1)).toBe("附件1");
    expect(rows.slice(0, 10).map((m) => m.responsibility?.offices)).toEqual([["区发展改革委"], ["区发展改革委"], ["区经济信息委"], ["区商务委"], ["区商务委"], ["区财政局"], ["区税务局"], ["区人力社保局"], ["区生态环境局"], ["区发展改革委"]]);
    expect(rows[0]!.commitments.map((c) => [c.subject, c.value, c.unit, c.qualifier])).toEqual([["地区生产总值", 5.5, "%", "左右"]]);
    expect(plan.disclosure.datePublished).toBe("2022-01-21");
  });

  it("carries a merged cell from the row above, and says so", () => {
    const { plan } = read(files.find((f) => f.startsWith("04_"))!);
    const rows = measuresOf(plan);
    expect(rows.map((m) => m.responsibility?.offices)).toEqual([["县卫生健康局"], ["县卫生健康局"], ["县卫生健康局"], ["县红十字会"], ["县医疗保障局"], ["县医疗保障局"], ["县医疗保障局"]]);
    expect(rows[1]!.cells!.find((c) => c.role === "lead")).toMatchObject({ carried: true, start: null });
    expect(rows[1]!.cells!.find((c) => c.role === "progress")?.text).toBe("已完成。 完成筛查人数3495人,完成率47.23%。");
    expect(plan.warnings.some((w) => w.line === 10 && /合并/.test(w.message))).toBe(true);
  });

  it("reads the units on the lines after each item, and the notice's metadata", () => {
    const { plan } = read(files.find((f) => f.startsWith("07_"))!);
    expect(measuresOf(plan)[0]!.responsibility?.offices).toEqual(["县财政局"]);
    expect(plan.disclosure).toMatchObject({ indexNumber: "330522/2023-01775", docNumber: "长政办发〔2023〕7号", dateWritten: "2023-02-24" });
    expect(plan.issuer).toBe("长兴县政府办公室");
    expect(plan.parts[0]!.title).toBe("朱伟县长牵头重点工作");
  });

  it("applies a lead stated once on a heading to the items under it", () => {
    const { plan } = read(files.find((f) => f.startsWith("10_"))!);
    expect(measuresOf(plan).map((m) => [m.responsibility?.from, m.responsibility?.offices])).toEqual([["heading", ["区科技局"]]]);
    expect(plan.goals.map((g) => [g.subject, g.value])).toEqual([["全社会研发投入强度", 2.95]]);
  });

  it("does not call a report's results promises, but keeps the targets it names", () => {
    const { plan } = read(files.find((f) => f.startsWith("15_"))!);
    expect(plan.parts[0]!.kind).toBe("review");
    expect(measuresOf(plan).flatMap((m) => m.commitments.map((c) => c.text))).toEqual(["聚焦地区生产总值年度增长6%"]);
    expect(plan.redactions).toHaveLength(3); // XX亿元 three times: one value each
  });

  it("reads a task given by label (重点工作：…) with its 牵头单位 line, and its stage targets as commitments in a report", () => {
    const { plan } = read(files.find((f) => f.startsWith("09_"))!);
    const [task, progress, ...results] = measuresOf(plan);
    expect(task!.responsibility?.offices).toEqual(["市工业和信息化局"]);
    expect(task!.commitments.map((c) => c.value)).toEqual([2, 2, 10]);
    expect(progress!.title).toBe("进展情况、存在问题");
    expect(results.map((m) => m.number)).toEqual([1, 2, 3, 4, 5]);
    expect(results.flatMap((m) => m.commitments)).toEqual([]); // what was done is not a promise
  });

  it("reads a table flattened into one paragraph, cells apart only by spaces: each row a measure with its unit", () => {
    const { plan } = read(files.find((f) => f.startsWith("03_"))!);
    const rows = measuresOf(plan);
    expect(rows.map((m) => [m.number, m.responsibility?.offices ?? []])).toEqual([
      [1, ["市发展改革委"]], [2, ["市商务局"]], [3, ["市发展改革委"]], [4, ["市商务局"]], [5, ["市人力资源和社会保障局"]], [6, []],
    ]);
    expect(rows[0]!.cells!.map((c) => [c.role, c.text.slice(0, 8)])).toEqual([["task", "全市生产总值增长"], ["status", "序时推进"], ["progress", "上半年,市政府逐"], ["lead", "市发展改革委"]]);
    expect(plan.warnings.some((w) => /截断|不全|缺/.test(w.message))).toBe(true); // row 6 is cut off
  });

  it("counts one redaction per withheld value however it is written", () => {
    const count = (prefix: string) => read(files.find((f) => f.startsWith(prefix))!).plan.redactions.length;
    expect(count("16_")).toBe(35); // a single X for every figure, X月份, X长宏船舶
  });
});
