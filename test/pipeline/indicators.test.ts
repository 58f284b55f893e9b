import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/pipeline/csv.ts";
import { linkIndicators, readIndicators, readIndicatorValues, resolveIndicator } from "../../src/pipeline/indicators.ts";
import { InputError } from "../../src/pipeline/input-error.ts";
import { measuresOf, parse, parseFixture } from "../helpers/plan.ts";
import { errorsOf } from "../helpers/errors.ts";

const dictionary = readIndicators(readCsv(readFileSync(resolve(import.meta.dirname, "../../data/indicators.csv")), "data/indicators.csv"));
const csv = (text: string) => readCsv(new TextEncoder().encode(text), "data/indicators.csv");

describe("readIndicators(table)", () => {
  it("reads id, name, unit (empty → null), category and |-separated aliases", () => {
    expect(readIndicators(csv("id,name,unit,category,aliases\nenergy,工业节能,,绿色低碳,工业节能|工业节能增效\n"))).toEqual([
      { id: "energy", name: "工业节能", unit: null, category: "绿色低碳", aliases: ["工业节能", "工业节能增效"] },
    ]);
  });
  it("stops on a duplicate id and on an alias given to two indicators", () => {
    const bad = "id,name,unit,category,aliases\na,甲,%,类,工业投资\na,乙,%,类,\nb,丙,%,类,工业投资\n";
    expect(() => readIndicators(csv(bad))).toThrow(InputError);
    expect(() => readIndicators(csv(bad))).toThrow(
      "data/indicators.csv:3:1: 编号“a”重复（第 2 行已使用）\ndata/indicators.csv:4:5: 别名“工业投资”已属于指标“a”",
    );
  });
});

describe("resolveIndicator(goal, indicators)", () => {
  it("prefers the longest alias: 技改投资 is not 工业投资, 规上工业增加值 is 工业增加值", () => {
    expect(resolveIndicator({ subject: "技改投资", text: "技改投资同比增长X%以上" }, dictionary)).toBe("technical-upgrade-investment");
    expect(resolveIndicator({ subject: "规上工业增加值", text: "力争实现增长*%" }, dictionary)).toBe("industrial-value-added");
    expect(resolveIndicator({ subject: "地区生产总值", text: "地区生产总值增长6%" }, dictionary)).toBeNull();
  });
});

describe("linkIndicators(plan, indicators)", () => {
  it("links the commitments that state a target of an indicator in its unit, and no others", () => {
    const linked = (name: string) =>
      measuresOf(linkIndicators(parseFixture(name), dictionary)).flatMap((m) => m.commitments.filter((c) => c.indicator).map((c) => `${m.anchor} ${c.text} → ${c.indicator}`));
    expect(linked("suixi-2021")).toEqual([
      "m-5 省级新产品6个 → provincial-new-products",
      "m-5 安徽工业精品2个 → anhui-quality-products",
      "m-6 冠军企业2家 → new-champion-enterprises",
      "m-10 培育上云企业40家 → cloud-enterprises",
      "m-13 新增规模工业企业32家 → new-above-scale-enterprises",
      "m-17 处置僵尸企业16家 → zombie-enterprises-disposed",
      "m-17 释放土地1200亩 → land-released",
    ]);
    expect(linked("suixi-2022")).toEqual([
      "m-s2-3 滚动实施*个以上重点技改项目 → technical-upgrade-projects",
      "m-s2-5 专精特新“小巨人”*家 → new-little-giant-enterprises",
      "m-s2-5 专精特新“冠军企业”*家以上 → new-champion-enterprises",
      "m-s2-5 力争新认定“安徽工业精品”*个 → anhui-quality-products",
      "m-s2-5 省级新产品*个 → provincial-new-products",
      "m-s2-6 上云企业*家以上 → cloud-enterprises",
    ]);
  });
  it("leaves a commitment unlinked when its unit is not the indicator's: 工业投资30亿元 is not a growth rate", () => {
    const plan = linkIndicators(parse("一、工作措施\n1.扩大投资。完成工业投资30亿元。"), dictionary);
    expect(measuresOf(plan)[0]!.commitments.map((c) => [c.text, c.indicator])).toEqual([["完成工业投资30亿元", "industrial-investment-amount"]]);
    const rate = linkIndicators(parse("一、工作措施\n1.扩大投资。工业投资增长30亿元。"), dictionary);
    expect(measuresOf(rate)[0]!.commitments.map((c) => c.indicator)).toEqual([null]);
  });

  it("links every goal of both seeds, the qualitative 工业节能 included", () => {
    expect(linkIndicators(parseFixture("suixi-2021"), dictionary).goals.map((g) => g.indicator)).toEqual([
      "new-above-scale-enterprises", "industrial-value-added", "industrial-investment", "technical-upgrade-investment", "new-private-enterprises",
      "new-individual-businesses", "new-ict-enterprises", "ict-revenue", "industrial-energy-saving",
    ]);
    expect(linkIndicators(parseFixture("suixi-2022"), dictionary).goals.map((g) => g.indicator)).toEqual([
      "industrial-value-added", "industrial-value-added", "industrial-investment", "technical-upgrade-investment", "new-above-scale-enterprises",
      "zombie-enterprises-disposed", "land-released", "new-private-enterprises", "new-individual-businesses", "industrial-energy-saving",
    ]);
  });
  it("warns, naming the goal and its line, when a goal matches no indicator", () => {
    const plan = linkIndicators(parse("一、发展目标\n地区生产总值增长6%。"), dictionary);
    expect(plan.goals[0]!.indicator).toBeNull();
    expect(plan.warnings).toEqual([{ line: 2, message: "目标“地区生产总值增长6%”不是指标表 data/indicators.csv 中任何指标的名称或别名：若它是表中某项指标的另一种说法，请给那项指标补充别名；表中没有这项指标时无需处理" }]);
  });
});

describe("readIndicatorValues(table, indicators, planYears)", () => {
  const header = "indicator,year,kind,value,unit,status,source,source_date,note\n";
  const values = (text: string) => readIndicatorValues(csv(header + text), dictionary, [2021, 2022]);

  it("reads the committed values: the 2022 results, each with its source", () => {
    const committed = readIndicatorValues(readCsv(readFileSync(resolve(import.meta.dirname, "../../data/indicator-values.csv")), "data/indicator-values.csv"), dictionary, [2021, 2022]);
    expect(committed.find((v) => v.indicator === "industrial-value-added")).toEqual({
      indicator: "industrial-value-added", year: 2022, kind: "actual", value: -6, unit: "%", redacted: false, qualifier: null, status: "预计数", text: null, jurisdiction: null,
      source: { title: "濉溪县人民政府工作报告（2023年1月12日在濉溪县第十八届人民代表大会第二次会议上）", date: "2023-01-12", plan: null, anchor: null, place: null },
      note: "报告原文：规模工业增加值下降6%",
    });
    expect(committed.map((v) => [v.indicator, v.value, v.unit])).toEqual([
      ["industrial-value-added", -6, "%"], ["new-above-scale-enterprises", 26, "家"], ["industrial-investment-amount", 70, "亿元"],
      ["technical-upgrade-investment-amount", 40.5, "亿元"], ["technical-upgrade-projects", 70, "个"], ["industrial-projects-under-construction", 155, "个"],
      ["new-little-giant-enterprises", 2, "家"], ["new-champion-enterprises", 2, "家"],
    ]);
    expect(committed.every((v) => v.source.title && v.source.date === "2023-01-12" && v.year === 2022 && v.kind === "actual")).toBe(true);
  });

  it("names each value's jurisdiction (行政区划), and stops on one that has no plan, with file:line:column", () => {
    const table = csv("indicator,year,kind,value,unit,status,source,source_date,note,行政区划\na,2022,actual,1,%,,s,,,濉溪县\na,2022,actual,2,%,,s,,,灵璧县\n");
    expect(errorsOf(() => readIndicatorValues(table, [{ ...dictionary[0]!, id: "a" }], [2022], ["濉溪县", "萧县"]))).toEqual([
      "data/indicators.csv:3:10: 行政区划“灵璧县”没有已发布的计划（已有：濉溪县、萧县）：一个地方的数字不能放在另一个地方的计划旁",
    ]);
    const ok = readIndicatorValues(csv("indicator,year,kind,value,unit,status,source,source_date,note,行政区划\na,2022,actual,1,%,,s,,,濉溪县\na,2022,actual,2,%,,s,,,萧县\n"), [{ ...dictionary[0]!, id: "a" }], [2022], ["濉溪县", "萧县"]);
    expect(ok.map((o) => [o.value, o.jurisdiction])).toEqual([[1, "濉溪县"], [2, "萧县"]]); // the same indicator, year and kind: two places, no clash
  });

  it("reads X or * in a value cell as redacted, not as an error", () => {
    expect(values("industrial-investment,2021,target,X,%,,2021年工作要点,,\n")[0]).toMatchObject({ value: null, redacted: true });
  });

  it("stops on a non-numeric value, an unknown indicator, a year with no plan and a duplicate, each at file:line:column", () => {
    const bad = [
      "industrial-investment,2022,actual,七十,亿元,,报告,,",
      "no-such-thing,2022,actual,1,家,,报告,,",
      "industrial-investment,2020,actual,1,%,,报告,,",
      "new-above-scale-enterprises,2022,actual,26,家,,报告,,",
      "new-above-scale-enterprises,2022,actual,27,家,,报告,,",
    ].join("\n");
    expect(() => values(bad)).toThrow([
      "data/indicators.csv:2:4: value：“七十”不是数字（未公开的数值请填 X 或 *）",
      "data/indicators.csv:3:1: 未知的指标编号“no-such-thing”：请先在 data/indicators.csv 中登记",
      "data/indicators.csv:4:2: 2020 年没有已发布的计划（已有：2021、2022）",
      "data/indicators.csv:6:3: “new-above-scale-enterprises”2022 年的 actual 已在第 5 行填写",
    ].join("\n"));
  });

  it("stops on a misspelt column", () => {
    expect(() => readIndicatorValues(csv(header.replace("kind", "knid") + "a,2022,actual,1,%,,s,,\n"), dictionary, [2022])).toThrow("data/indicators.csv:1:0: 缺少列“kind”");
  });
});
