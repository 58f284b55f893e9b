/** themeChart: the spec of the theme × year chart — a dot per theme and plan, sized by how many measures fall under it. */
import * as Plot from "@observablehq/plot";
import { COLORS } from "./indicator-chart.ts";

export interface ThemeCount {
  name: string; // the theme's name
  year: number;
  count: number; // measures of that year's plan under the theme
}

const MARGIN = { left: 124, right: 16 };
const NUMBER_ROOM = 44; // px a column needs for its number beside the dot
const YEAR_ROOM = 52; // and for its year above, with a gap to the next

/**
 * Returns the Plot options for the theme × year chart at `width` px: themes down (in list order),
 * years across, a dot whose area grows with the number of measures, the number beside it; a plan with
 * no measure under a theme shows 0 in grey. With more years than the width has room for (a county's
 * decades), the dots shrink, the numbers are left to the table beside the chart, and only every few
 * years are labelled, the latest always.
 */
export function themeYearOptions(rows: ThemeCount[], width: number): Plot.PlotOptions {
  const themes = [...new Set(rows.map((r) => r.name))];
  const years = [...new Set(rows.map((r) => `${r.year}年`))];
  const data = rows.map((r) => ({ ...r, x: `${r.year}年` }));
  const max = Math.max(1, ...rows.map((r) => r.count));
  const column = (width - MARGIN.left - MARGIN.right) / years.length;
  const every = Math.ceil(YEAR_ROOM / column);
  return {
    width,
    height: themes.length * 30 + 40,
    marginLeft: MARGIN.left,
    marginRight: MARGIN.right,
    marginTop: 28,
    style: { fontSize: "13px", fontFamily: "inherit" },
    x: { type: "point", domain: years, axis: "top", label: null, tickSize: 0, padding: 0.6, ...(every > 1 && { ticks: years.filter((_, i) => (years.length - 1 - i) % every === 0) }) },
    y: { domain: themes, label: null, tickSize: 0 },
    r: { domain: [0, max], range: [0, Math.min(11, Math.max(3, column / 2 - 2))] },
    marks: [
      Plot.gridY({ stroke: COLORS.zero, strokeOpacity: 0.25 }),
      Plot.dot(data.filter((d) => d.count > 0), { x: "x", y: "name", r: "count", fill: COLORS.actual, fillOpacity: 0.85 }),
      ...(column >= NUMBER_ROOM
        ? [Plot.text(data, { x: "x", y: "name", text: (d: (typeof data)[number]) => String(d.count), dx: 16, textAnchor: "start", fill: (d: (typeof data)[number]) => (d.count ? COLORS.target : COLORS.muted) })]
        : []),
    ],
  };
}

/** Returns the rows summed by theme and year: the theme × year chart of several issuers' plans, a dot per year. */
export function themeCountsByYear<T extends ThemeCount & { theme: string }>(rows: T[]): (ThemeCount & { theme: string })[] {
  const byKey = new Map<string, ThemeCount & { theme: string }>();
  for (const r of rows) {
    const key = `${r.theme} ${r.year}`;
    const row = byKey.get(key) ?? byKey.set(key, { theme: r.theme, name: r.name, year: r.year, count: 0 }).get(key)!;
    row.count += r.count;
  }
  return [...byKey.values()];
}

/** Returns the theme × year chart in words, in Chinese: each theme's measures per year. */
export function describeThemeYears(rows: ThemeCount[]): string {
  const themes = [...new Set(rows.map((r) => r.name))];
  return themes.map((t) => `${t}：${rows.filter((r) => r.name === t).map((r) => `${r.year}年${r.count}项`).join("，")}`).join("；") + "。";
}
