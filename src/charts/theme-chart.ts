/** themeChart: the spec of the theme × year chart — a dot per theme and plan, sized by how many measures fall under it. */
import * as Plot from "@observablehq/plot";
import { COLORS } from "./indicator-chart.ts";

export interface ThemeCount {
  name: string; // the theme's name
  year: number;
  count: number; // measures of that year's plan under the theme
}

/**
 * Returns the Plot options for the theme × year chart at `width` px: themes down (in list order),
 * years across, a dot whose area grows with the number of measures, the number beside it; a plan with
 * no measure under a theme shows 0 in grey.
 */
export function themeYearOptions(rows: ThemeCount[], width: number): Plot.PlotOptions {
  const themes = [...new Set(rows.map((r) => r.name))];
  const years = [...new Set(rows.map((r) => `${r.year}年`))];
  const data = rows.map((r) => ({ ...r, x: `${r.year}年` }));
  const max = Math.max(1, ...rows.map((r) => r.count));
  return {
    width,
    height: themes.length * 30 + 40,
    marginLeft: 124,
    marginRight: 16,
    marginTop: 28,
    style: { fontSize: "13px", fontFamily: "inherit" },
    x: { type: "point", domain: years, axis: "top", label: null, tickSize: 0, padding: 0.6 },
    y: { domain: themes, label: null, tickSize: 0 },
    r: { domain: [0, max], range: [0, 11] },
    marks: [
      Plot.gridY({ stroke: COLORS.zero, strokeOpacity: 0.25 }),
      Plot.dot(data.filter((d) => d.count > 0), { x: "x", y: "name", r: "count", fill: COLORS.actual, fillOpacity: 0.85 }),
      Plot.text(data, { x: "x", y: "name", text: (d: (typeof data)[number]) => String(d.count), dx: 16, textAnchor: "start", fill: (d: (typeof data)[number]) => (d.count ? COLORS.target : COLORS.muted) }),
    ],
  };
}

/** Returns the theme × year chart in words, in Chinese: each theme's measures per year. */
export function describeThemeYears(rows: ThemeCount[]): string {
  const themes = [...new Set(rows.map((r) => r.name))];
  return themes.map((t) => `${t}：${rows.filter((r) => r.name === t).map((r) => `${r.year}年${r.count}项`).join("，")}`).join("；") + "。";
}
