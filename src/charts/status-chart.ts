/** statusChart: the spec of a small bar chart of a plan's items by status — how many are 已完成, 滞后序时进度, 尚无报告 … */
import * as Plot from "@observablehq/plot";
import { COLORS } from "./indicator-chart.ts";

export interface StatusCount {
  label: string; // 已完成
  count: number;
  tone: "good" | "bad" | "neutral"; // the bar's shade: met, not met, or no verdict
}

const TONE = { good: "#1b6e36", bad: "#9f1c24", neutral: COLORS.muted };

/** Returns the Plot options: one horizontal bar per status, its count at its end, in the order given. */
export function statusCountOptions(rows: StatusCount[], width: number): Plot.PlotOptions {
  return {
    width,
    height: 36 + rows.length * 30,
    marginLeft: 112,
    marginRight: 40,
    style: { fontSize: "13px", fontFamily: "inherit" },
    x: { label: "项数", labelArrow: "none", grid: true, ticks: 4, tickFormat: "d", domain: [0, Math.max(1, ...rows.map((r) => r.count))], nice: true },
    y: { domain: rows.map((r) => r.label), label: null, tickSize: 0 },
    marks: [
      Plot.barX(rows, { y: "label", x: "count", fill: (r: StatusCount) => TONE[r.tone] }),
      Plot.text(rows, { y: "label", x: "count", text: (r: StatusCount) => `${r.count} 项`, dx: 6, textAnchor: "start", fill: COLORS.target }),
      Plot.ruleX([0], { stroke: COLORS.zero }),
    ],
  };
}

/** Returns the chart in words: 已完成 3 项，未完成 1 项，尚无报告 5 项。 */
export function describeStatusCounts(rows: StatusCount[]): string {
  return rows.map((r) => `${r.label} ${r.count} 项`).join("，") + "。";
}
