import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parseHTML } from "linkedom";
import { parse as parseCsv } from "csv-parse/sync";
import { readPage } from "../helpers/site.ts";
import { IndicatorSeriesSchema } from "../../src/schema/indicator-series.ts";

const dist = inject("dist");
const page = (path: string) => parseHTML(readPage(dist, path)).document;
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, "");

describe("/indicators/<id>/", () => {
  const document = page("indicators/industrial-value-added/");

  it("shows the 2021 and 2022 targets as 未公开 and the 2022 result −6% (预计数) with its source", () => {
    const rows = [...document.querySelectorAll("table.observations tbody tr")].map((tr) =>
      [...tr.querySelectorAll("th, td")].map((c) => text(c)).slice(-5).join(" | "),
    );
    expect(rows).toEqual([
      "2021年 | 目标 | 未公开百分比 | 濉溪县经济和信息化局2021年工作要点·二、发展目标 | 原文：工业增加值同比增长X（未公开）%",
      "实际 | 尚无数据 | — | 未找到公开的结果",
      "2022年 | 目标 | 未公开百分比 | 濉溪县经济和信息化局2022年工作计划·一、目标任务 | 原文：规上工业增加值增长*（未公开）%",
      "力争目标 | 未公开百分比 | 濉溪县经济和信息化局2022年工作计划·一、目标任务 | 原文：力争实现增长*（未公开）%",
      "实际 | −6%预计数 | 濉溪县人民政府工作报告（2023年1月12日在濉溪县第十八届人民代表大会第二次会议上） | 报告原文：规模工业增加值下降6%",
    ]);
    expect([...document.querySelectorAll("table.observations a")].map((a) => a.getAttribute("href"))).toEqual([
      "/plans/suixi-jxj-2021/#g-2", "/plans/suixi-jxj-2022/#g-1", "/plans/suixi-jxj-2022/#g-2",
    ]);
    expect([...document.querySelectorAll(".verdicts li")].map(text)).toEqual([
      "2021年：尚无报告状态按“二、发展目标”中的目标（未公开）判定。",
      "2022年：目标未公开状态按“一、目标任务”中的目标（未公开）判定；“一、目标任务”中另有力争目标未公开，仅供参考，不用于判定。结果−6%（预计数），来源：濉溪县人民政府工作报告（2023年1月12日在濉溪县第十八届人民代表大会第二次会议上）。目标原文隐去（未公开），不作判定；报告的结果照录。规则",
    ]);
  });

  it("draws the chart twice (desktop, phone) as accessible SVG with a caption naming unit and source, and no script", () => {
    const figure = document.querySelector("figure.chart")!;
    const svgs = [...figure.querySelectorAll(".chart-wide > svg, .chart-narrow > svg")];
    expect(svgs.map((s) => [s.getAttribute("width"), s.getAttribute("role"), s.getAttribute("aria-label")])).toEqual([
      ["640", "img", "规模以上工业增加值增速：历年目标与实际"],
      ["328", "img", "规模以上工业增加值增速：历年目标与实际"],
    ]);
    expect(svgs[0]!.getAttribute("aria-description")).toContain("2022年：目标未公开（见一、目标任务），力争目标未公开（见一、目标任务），实际−6%（预计数）。");
    expect(text(svgs[0])).toContain("−6%预计数");
    expect(text(svgs[0])).toContain("目标未公开");
    expect(text(figure.querySelector("figcaption"))).toBe(
      "图：规模以上工业增加值增速，2021—2022年，单位：%。目标出自各年度计划原文；实际值出自濉溪县人民政府工作报告（2023年1月12日在濉溪县第十八届人民代表大会第二次会议上）。下表列出同样的数字及其出处。",
    );
    expect(readPage(dist, "indicators/industrial-value-added/")).not.toMatch(/<script/i);
  });

  it("lists the plan passages naming it, linked to their measure, the name marked", () => {
    const items = [...page("indicators/new-above-scale-enterprises/").querySelectorAll(".mentions li")];
    expect(items.map((li) => [li.querySelector("a")!.getAttribute("href"), text(li.querySelector("strong.match"))])).toEqual([
      ["/plans/suixi-jxj-2021/#m-1", "新增规上企业"],
      ["/plans/suixi-jxj-2021/#m-13", "新增规模工业企业"],
    ]);
  });

  it("shows the 2021 goal withheld and measure 13's 32家 as that measure's commitment, with where each came from", () => {
    const rows = [...page("indicators/new-above-scale-enterprises/").querySelectorAll("table.observations tbody tr")].map((tr) => text(tr));
    expect(rows.slice(0, 3)).toEqual([
      "2021年目标未公开单位：家濉溪县经济和信息化局2021年工作要点·二、发展目标原文：新增规模工业企业X（未公开）家",
      "措施承诺32家濉溪县经济和信息化局2021年工作要点·第13条原文：新增规模工业企业32家",
      "实际尚无数据—未找到公开的结果",
    ]);
  });
});

describe("/indicators/", () => {
  it("lists every indicator with its latest target, latest result and its status", () => {
    const rows = [...page("indicators/").querySelectorAll("table.indicators tbody tr")];
    const committed = JSON.parse(readFileSync(join(dist, "data/indicators.json"), "utf8")) as { id: string }[];
    expect(rows.map((r) => r.querySelector("th a")!.getAttribute("href"))).toEqual(expect.arrayContaining(committed.map((s) => `/indicators/${s.id}/`)));
    expect(rows).toHaveLength(committed.length);
    const row = (id: string) => rows.find((r) => r.querySelector(`a[href="/indicators/${id}/"]`))!;
    expect([...row("industrial-value-added").querySelectorAll("td")].map(text)).toEqual([
      "2022年：未公开百分比2022年计划·一、目标任务2022年力争：未公开百分比2022年计划·一、目标任务",
      "2022年：−6%预计数濉溪县人民政府工作报告（2023年1月12日）",
      "目标未公开",
    ]);
    expect([...row("new-private-enterprises").querySelectorAll("td")].map(text).slice(1)).toEqual(["尚无数据", "尚无报告"]);
  });
});

describe("the indicator open data", () => {
  const records = JSON.parse(readFileSync(join(dist, "data/indicators.json"), "utf8")) as unknown[];

  it("publishes data/indicators.json in the schema, redactions as null, never 0", () => {
    const series = records.map((r) => IndicatorSeriesSchema.parse(r));
    const iva = series.find((s) => s.id === "industrial-value-added")!;
    expect(iva.observations.map((o) => [o.year, o.kind, o.value, o.redacted])).toEqual([
      [2021, "target", null, true], [2022, "target", null, true], [2022, "stretch", null, true], [2022, "actual", -6, false],
    ]);
    expect((records[0] as { url: string }).url).toBe("/indicators/industrial-value-added/");
  });

  it("publishes data/indicators.csv in UTF-8 with a BOM, one row per observation, a redacted value left empty", () => {
    const bytes = readFileSync(join(dist, "data/indicators.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString("utf8"), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(records.reduce((n: number, r) => n + (r as { observations: unknown[] }).observations.length, 0));
    expect(rows.filter((r) => r.indicator === "industrial-value-added").map((r) => [r.year, r.kind, r.value, r.redacted, r.status, r.url])).toEqual([
      ["2021", "target", "", "true", "", "/plans/suixi-jxj-2021/#g-2"],
      ["2022", "target", "", "true", "", "/plans/suixi-jxj-2022/#g-1"],
      ["2022", "stretch", "", "true", "", "/plans/suixi-jxj-2022/#g-2"],
      ["2022", "actual", "-6", "false", "预计数", ""],
    ]);
  });
});
