import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/pipeline/csv.ts";
import { assignThemes, readThemes, themesOf } from "../../src/pipeline/themes.ts";
import { committedLists, measuresOf, parse, seedPlans } from "../helpers/plan.ts";

const { themes } = committedLists();
const csv = (text: string) => readCsv(new TextEncoder().encode(text), "data/themes.csv");

describe("readThemes(table)", () => {
  it("reads id, name, |-separated keywords and description", () => {
    expect(readThemes(csv("编号,名称,关键词,说明\ngreen,绿色低碳,节能|绿色,\n"))).toEqual([{ id: "green", name: "绿色低碳", keywords: ["节能", "绿色"], description: null }]);
  });
  it("stops on a duplicate id and a theme without keywords, at file:line:column", () => {
    expect(() => readThemes(csv("id,name,keywords,description\na,甲,x,\na,乙,,\n"))).toThrow(
      "data/themes.csv:3:3: keywords：至少填一个关键词（用 | 分隔）",
    );
    expect(() => readThemes(csv("id,name,keywords,description\na,甲,x,\na,乙,y,\n"))).toThrow("data/themes.csv:3:1: 编号“a”重复（第 2 行已使用）");
  });
});

describe("themesOf(body, themes)", () => {
  it("puts a measure under every theme whose keyword it holds, in list order", () => {
    expect(themesOf("推动“濉企上云”提质扩面，支持企业创建绿色工厂", themes)).toEqual({ ids: ["digital", "green"], by: "keyword" });
  });
  it("falls back on the theme whose words are most alike, and gives none when nothing is alike", () => {
    expect(themesOf("做好工业经济的分析研判", themes)).toEqual({ ids: ["operation"], by: "similarity" });
    expect(themesOf("加强统计数据质量", themes)).toEqual({ ids: [], by: null });
  });
});

describe("assignThemes(plan, themes)", () => {
  it("puts every measure of both seeds under at least one theme, without warnings", () => {
    for (const plan of seedPlans()) {
      expect(measuresOf(plan).filter((m) => m.themes.length === 0)).toEqual([]);
      expect(plan.warnings.filter((w) => w.message.includes("主题"))).toEqual([]);
    }
  });
  it("reads the measure's own words, not its responsibility annotation (技改与创新办公室 is not 创新)", () => {
    const [y2021, y2022] = seedPlans();
    expect(measuresOf(y2021!).map((m) => `${m.anchor}:${m.themes.join("+")}`).slice(0, 10)).toEqual([
      "m-1:operation+tech-upgrade", "m-2:enterprise-growth+environment", "m-3:digital+service-brand", "m-4:industry-chain", "m-5:innovation",
      "m-6:enterprise-growth", "m-7:projects", "m-8:projects", "m-9:tech-upgrade+digital", "m-10:digital",
    ]);
    expect(measuresOf(y2021!).at(-1)!.themes).toEqual(["government"]); // 24、全力做好县委、县政府交办的其他工作
    expect(measuresOf(y2022!).map((m) => m.themes.length)).toEqual([2, 2, 5, 1, 3, 2, 2, 3]);
  });
  it("warns, naming the measure and its line, when one fits no theme", () => {
    const plan = assignThemes(parse("一、工作措施\n1.加强统计数据质量。\n2.推进企业上云。"), themes);
    expect(measuresOf(plan).map((m) => m.themes)).toEqual([[], ["digital"]]);
    expect(plan.warnings).toEqual([{ line: 2, message: "措施“加强统计数据质量。”不属于任何主题：请在 data/themes.csv 中补充关键词" }]);
  });
});
