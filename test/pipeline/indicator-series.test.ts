import { describe, expect, it } from "vitest";
import { buildIndicatorSeries, issuerSeries } from "../../src/pipeline/indicator-series.ts";
import { linkIndicators } from "../../src/pipeline/indicators.ts";
import { planObservations } from "../../src/pipeline/observations.ts";
import { findMentions } from "../../src/pipeline/mentions.ts";
import { committedIndicators, parse, seedPlans } from "../helpers/plan.ts";

const { dictionary, values } = committedIndicators();
const plans = seedPlans(dictionary);
const series = buildIndicatorSeries(dictionary, plans, values);
const byId = (id: string) => series.find((s) => s.id === id)!;
/** One line per observation: year kind value (unit) redacted? — source. */
const lines = (id: string) =>
  byId(id).observations.map((o) => `${o.year} ${o.kind} ${o.value ?? (o.redacted ? "未公开" : "定性")} ${o.unit ?? ""} — ${o.source.plan ? `${o.source.plan}#${o.source.anchor} ${o.source.place}` : `${o.source.title.slice(0, 11)} ${o.source.date} ${o.status ?? ""}`}`.trim());

describe("planObservations(plan)", () => {
  it("gives the 2021 seed's targets: the goals part's, then those stated in measures, each placed", () => {
    expect(planObservations(plans[0]!).map((o) => [o.indicator, o.kind, o.value, o.redacted, o.source.anchor, o.source.place])).toEqual([
      ["new-above-scale-enterprises", "target", null, true, "g-1", "二、发展目标"],
      ["industrial-value-added", "target", null, true, "g-2", "二、发展目标"],
      ["industrial-investment", "target", null, true, "g-3", "二、发展目标"],
      ["technical-upgrade-investment", "target", null, true, "g-4", "二、发展目标"],
      ["new-private-enterprises", "target", null, true, "g-5", "二、发展目标"],
      ["new-individual-businesses", "target", null, true, "g-6", "二、发展目标"],
      ["new-ict-enterprises", "target", null, true, "g-7", "二、发展目标"],
      ["ict-revenue", "target", null, true, "g-8", "二、发展目标"],
      ["industrial-energy-saving", "target", null, false, "g-9", "二、发展目标"],
      ["provincial-new-products", "target", 6, false, "m-5", "第 5 条"],
      ["anhui-quality-products", "target", 2, false, "m-5", "第 5 条"],
      ["new-champion-enterprises", "target", 2, false, "m-6", "第 6 条"],
      ["cloud-enterprises", "target", 40, false, "m-10", "第 10 条"],
      ["new-above-scale-enterprises", "target", 32, false, "m-13", "第 13 条"],
      ["zombie-enterprises-disposed", "target", 16, false, "m-17", "第 17 条"],
      ["land-released", "target", 1200, false, "m-17", "第 17 条"],
    ]);
  });
});

describe("buildIndicatorSeries(indicators, plans, reported)", () => {
  it("gives 规上工业增加值 its 2021 and 2022 targets as 未公开 and the 2022 result −6% (预计数) with its source", () => {
    expect(byId("industrial-value-added").years).toEqual([2021, 2022]);
    expect(lines("industrial-value-added")).toEqual([
      "2021 target 未公开 % — suixi-jxj-2021#g-2 二、发展目标",
      "2022 target 未公开 % — suixi-jxj-2022#g-1 一、目标任务",
      "2022 stretch 未公开 % — suixi-jxj-2022#g-2 一、目标任务",
      "2022 actual -6 % — 濉溪县人民政府工作报告 2023-01-12 预计数",
    ]);
  });

  it("shows the 2021 新增规上企业 target both as withheld in 发展目标 and as 32家 in measure 13", () => {
    expect(lines("new-above-scale-enterprises")).toEqual([
      "2021 target 未公开 家 — suixi-jxj-2021#g-1 二、发展目标",
      "2021 target 32 家 — suixi-jxj-2021#m-13 第 13 条",
      "2022 target 未公开 家 — suixi-jxj-2022#g-5 一、目标任务",
      "2022 actual 26 家 — 濉溪县人民政府工作报告 2023-01-12",
    ]);
  });

  it("gives every indicator a series, and every goal of both seeds a place in one", () => {
    expect(series.map((s) => s.id)).toEqual(dictionary.map((d) => d.id));
    const fromGoals = series.flatMap((s) => s.observations.filter((o) => o.source.anchor?.startsWith("g-")));
    expect(fromGoals).toHaveLength(plans[0]!.goals.length + plans[1]!.goals.length);
  });

  it("counts only the years of the issuers that set the indicator a target: another bureau's plan adds no empty year", () => {
    const other = { ...parse("一、发展目标\n数字经济核心产业增加值增长10%。"), id: "other-2030", year: 2030, issuer: "另一机构（测试）" };
    const withOther = buildIndicatorSeries(dictionary, [...plans, other], values);
    expect(withOther.find((s) => s.id === "industrial-value-added")!.years).toEqual([2021, 2022]);
  });
});

describe("issuerSeries(series, issuerPlans)", () => {
  const other = linkIndicators({ ...parse("一、发展目标\n新增规上企业12家。"), id: "other-2022", year: 2022, issuer: "另一机构（测试）" }, dictionary);
  const all = buildIndicatorSeries(dictionary, [...plans, other], values).find((s) => s.id === "new-above-scale-enterprises")!;

  it("keeps the issuer's own targets, mentions and plan years, and every reported result", () => {
    const own = issuerSeries(all, plans);
    expect(own.years).toEqual([2021, 2022]);
    expect(own.observations.map((o) => `${o.year} ${o.kind} ${o.value ?? "未公开"} ${o.source.plan ?? o.source.title.slice(0, 4)}`)).toEqual([
      "2021 target 未公开 suixi-jxj-2021",
      "2021 target 32 suixi-jxj-2021",
      "2022 target 未公开 suixi-jxj-2022",
      "2022 actual 26 濉溪县人",
    ]);
    expect(own.mentions.every((m) => m.plan !== "other-2022")).toBe(true);
  });

  it("gives another issuer only its own target beside the same results", () => {
    const theirs = issuerSeries(all, [other]);
    expect(theirs.years).toEqual([2022]);
    expect(theirs.observations.map((o) => `${o.year} ${o.kind} ${o.value} ${o.source.plan ?? "reported"}`)).toEqual(["2022 target 12 other-2022", "2022 actual 26 reported"]);
  });
});

describe("findMentions(indicator, plans)", () => {
  it("finds the measures naming 新增规上企业 by any alias, with the sentence and the name's place in it", () => {
    expect(byId("new-above-scale-enterprises").mentions).toEqual([
      {
        plan: "suixi-jxj-2021", year: 2021, anchor: "m-1", place: "第 1 条",
        excerpt: "聚焦规模以上工业增加值、工业（技改）投资、新增规上企业等主要指标，建立健全监测预警、分析调度、指导督促等工作机制，实现年度主要指标预期。",
        start: 21, end: 27,
      },
      { plan: "suixi-jxj-2021", year: 2021, anchor: "m-13", place: "第 13 条", excerpt: "筛选50家骨干企业进行重点培育，新增规模工业企业32家，催生营业收入超百亿元制造业企业2家。", start: 16, end: 24 },
    ]);
  });

  it("cites an unnumbered measure by its section heading, and skips the goals part", () => {
    expect(byId("zombie-enterprises-disposed").mentions.map((m) => [m.plan, m.anchor, m.place, m.excerpt.slice(m.start, m.end)])).toEqual([
      ["suixi-jxj-2021", "m-17", "第 17 条", "处置僵尸企业"],
      ["suixi-jxj-2022", "m-s2-8", "（八）抓为企业服务，营造良好发展环境", "僵尸企业"],
    ]);
  });

  it("finds names in paragraphs too, anchored at their part", () => {
    const plan = parse("一、总体要求\n全力抓好工业投资。\n二、主要措施\n1.抓投资。推动工业投资增长。");
    expect(findMentions({ name: "工业投资增速", aliases: ["工业投资"] }, [plan]).map((m) => [m.anchor, m.place, m.excerpt])).toEqual([
      ["p-1", "一、总体要求", "全力抓好工业投资。"],
      ["m-1", "第 1 条", "推动工业投资增长。"],
    ]);
  });
});

describe("buildIndicatorSeries across jurisdictions (made-up plans of two counties)", () => {
  const county = (id: string, issuer: string, jurisdiction: string, year: number, target: string) =>
    ({ ...parse(`一、发展目标\n规上工业增加值增长${target}%。\n二、重点工作\n1.推进工业运行。`, id), issuer, jurisdiction, year, title: `测试：${id}` });
  const two = [county("a-fgw", "甲县发改委", "甲县", 2023, "6"), county("a-jxj", "甲县经信局", "甲县", 2023, "7"), county("b-jxj", "乙县经信局", "乙县", 2023, "9")].map((p) => linkIndicators(p, dictionary));
  const reported = [
    { ...values[0]!, indicator: "industrial-value-added", year: 2023, value: 5, jurisdiction: "甲县" },
    { ...values[0]!, indicator: "industrial-value-added", year: 2023, value: 8, jurisdiction: "乙县" },
  ];
  const all = buildIndicatorSeries(dictionary, two, reported).filter((s) => s.id === "industrial-value-added");

  it("gives each jurisdiction its own series: a county's bureaus share it, two counties never do", () => {
    expect(all.map((s) => [s.key, s.jurisdiction, s.observations.map((o) => `${o.kind} ${o.value} ${o.source.plan ?? o.jurisdiction}`)])).toEqual([
      ["industrial-value-added--jia-xian", "甲县", ["target 6 a-fgw", "target 7 a-jxj", "actual 5 甲县"]],
      ["industrial-value-added--yi-xian", "乙县", ["target 9 b-jxj", "actual 8 乙县"]],
    ]);
  });

  it("keeps the indicator id as the key on a one-jurisdiction site, so its addresses do not change", () => {
    expect(series.filter((s) => s.id === "industrial-value-added").map((s) => [s.key, s.jurisdiction])).toEqual([["industrial-value-added", null]]);
  });
});
