/** countChart: the spec of a small bar chart of counts by year — one office's measures in each plan. */
import * as Plot from "@observablehq/plot";
import { COLORS } from "./indicator-chart.ts";

export interface YearCount {
  year: number;
  count: number | null; // null: the plan does not say (names no office at all)
}

/** Returns the Plot options for counts by year at `width` px: a bar each, its number above; a year that says nothing is labelled 未标注. */
export function countByYearOptions(rows: YearCount[], width: number, unit: string): Plot.PlotOptions {
  const data = rows.map((r) => ({ x: `${r.year}年`, y: r.count ?? 0, label: r.count === null ? "未标注" : `${r.count} ${unit}` }));
  return {
    width,
    height: 200,
    marginTop: 24,
    marginLeft: 40,
    style: { fontSize: "13px", fontFamily: "inherit" },
    x: { domain: data.map((d) => d.x), label: null, padding: 0.4, tickSize: 0 },
    y: { label: `单位：${unit}`, labelArrow: "none", grid: true, ticks: 4, tickFormat: "d", domain: [0, Math.max(1, ...data.map((d) => d.y))], nice: true },
    marks: [
      Plot.barY(data, { x: "x", y: "y", fill: COLORS.actual }),
      Plot.text(data, { x: "x", y: "y", text: "label", dy: -8, fill: (d: (typeof data)[number]) => (d.label === "未标注" ? COLORS.muted : COLORS.target) }),
      Plot.ruleY([0], { stroke: COLORS.zero }),
    ],
  };
}

/** Returns the chart in words: 2021年3项，2022年未标注。 */
export function describeCounts(rows: YearCount[], unit: string): string {
  return rows.map((r) => `${r.year}年${r.count === null ? "未标注" : `${r.count}${unit}`}`).join("，") + "。";
}
