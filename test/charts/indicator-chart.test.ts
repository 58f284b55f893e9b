import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { chartLegend, chartRows, describeIndicatorChart, indicatorChartOptions } from "../../src/charts/indicator-chart.ts";
import { renderSvg } from "../../src/charts/render.ts";
import { buildIndicatorSeries } from "../../src/pipeline/indicator-series.ts";
import { committedIndicators, seedPlans } from "../helpers/plan.ts";
import { normaliseSvg } from "../helpers/svg.ts";

const { dictionary, values } = committedIndicators();
const series = buildIndicatorSeries(dictionary, seedPlans(dictionary), values);
const byId = (id: string) => series.find((s) => s.id === id)!;

describe("chartRows(series)", () => {
  it("plots the numbers and writes what has none at the top of its year", () => {
    expect(chartRows(byId("industrial-value-added"))).toEqual({
      years: ["2021年", "2022年"],
      points: [{ x: "2022年", y: -6, kind: "actual", label: "−6%\n预计数" }],
      notes: [
        { x: "2021年", text: "目标未公开\n实际：尚无数据", redacted: true },
        { x: "2022年", text: "目标未公开\n力争目标未公开", redacted: true },
      ],
    });
  });
  it("labels a target stated in a measure as that measure's commitment (第13条承诺), and says when a plan set no target", () => {
    expect(chartRows(byId("new-above-scale-enterprises")).points).toEqual([
      { x: "2021年", y: 32, kind: "target", label: "32 家\n第13条承诺" },
      { x: "2022年", y: 26, kind: "actual", label: "26 家" },
    ]);
    expect(chartRows(byId("industrial-investment-amount")).notes.map((n) => n.text)).toEqual(["计划未列目标\n实际：尚无数据", "计划未列目标"]);
  });
});

describe("indicatorChartOptions(series, width)", () => {
  it("spans zero to the lowest result, keeps room at the top for the notes, and names the unit", () => {
    const options = indicatorChartOptions(byId("industrial-value-added"), 640);
    expect(options.width).toBe(640);
    expect(options.x).toMatchObject({ type: "band", domain: ["2021年", "2022年"] });
    expect(options.y).toMatchObject({ domain: [-6, 0], label: "单位：%", insetTop: 2 * 17 + 12 });
    expect(options.marks!.filter(Boolean)).toHaveLength(8); // zero rule, withheld rules, notes, two target dot layers, result dots, two label layers
  });
  it("drops the value axis when nothing is disclosed", () => {
    const options = indicatorChartOptions(byId("industrial-investment"), 328);
    expect(options.y).toMatchObject({ axis: null });
    expect(options.height).toBe(2 * 17 + 12 + 40);
  });
});

describe("chartLegend(series) and describeIndicatorChart(series)", () => {
  it("lists only the marks drawn", () => {
    expect(chartLegend(byId("industrial-value-added")).map((l) => l.label)).toEqual(["实际", "目标未公开（虚线所示年度）"]);
    expect(chartLegend(byId("new-above-scale-enterprises")).map((l) => l.key)).toEqual(["actual", "target", "redacted"]);
  });
  it("says every year's targets and result in Chinese", () => {
    expect(describeIndicatorChart(byId("industrial-value-added"))).toBe(
      "规模以上工业增加值增速（单位：%）2021年至2022年的目标与实际。2021年：目标未公开（见二、发展目标），实际尚无数据。2022年：目标未公开（见一、目标任务），力争目标未公开（见一、目标任务），实际−6%（预计数）。",
    );
    expect(describeIndicatorChart(byId("industrial-energy-saving"))).toBe(
      "工业节能2021年至2022年的目标与实际。2021年：目标：工业节能增效完成上级下达任务（见二、发展目标），实际尚无数据。2022年：目标：工业节能完成上级下达任务（见一、目标任务），实际尚无数据。",
    );
  });
});

describe("renderSvg(options, text)", () => {
  for (const [id, width] of [["industrial-value-added", 640], ["new-above-scale-enterprises", 328], ["industrial-investment", 328]] as const)
    it(`renders ${id} at ${width} px as the reviewed SVG`, async () => {
      const s = byId(id);
      const svg = renderSvg(indicatorChartOptions(s, width), { label: `${s.name}：历年目标与实际`, description: describeIndicatorChart(s) });
      await expect(normaliseSvg(svg)).toMatchFileSnapshot(resolve(import.meta.dirname, "__snapshots__", `${id}-${width}.svg`));
    });

  it("makes an accessible image whose text cannot become markup", () => {
    const s = { ...byId("new-above-scale-enterprises"), unit: "<script>alert(1)</script>" };
    const svg = renderSvg(indicatorChartOptions(s, 640), { label: "<b>标签</b>", description: "说明" });
    const { document } = parseHTML(`<div>${svg}</div>`);
    const root = document.querySelector("svg")!;
    expect([root.getAttribute("role"), root.getAttribute("aria-label"), root.getAttribute("aria-description")]).toEqual(["img", "<b>标签</b>", "说明"]);
    expect(document.querySelectorAll("script, b")).toHaveLength(0);
    expect(root.textContent).toContain("单位：<script>alert(1)</script>");
  });
});
