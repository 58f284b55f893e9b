import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { describeThemeYears, themeCountsByYear, themeYearOptions } from "../../src/charts/theme-chart.ts";
import { renderSvg } from "../../src/charts/render.ts";
import { normaliseSvg } from "../helpers/svg.ts";

const rows = [
  { name: "企业培育", year: 2021, count: 5 }, { name: "企业培育", year: 2022, count: 5 },
  { name: "机关建设", year: 2021, count: 4 }, { name: "机关建设", year: 2022, count: 0 },
];

describe("themeYearOptions(rows, width)", () => {
  it("puts themes down in order, years across, and draws no dot for a zero", () => {
    const options = themeYearOptions(rows, 328);
    expect(options.y).toMatchObject({ domain: ["企业培育", "机关建设"] });
    expect(options.x).toMatchObject({ domain: ["2021年", "2022年"] });
    expect(options.height).toBe(2 * 30 + 40);
    expect(options.r).toMatchObject({ domain: [0, 5] });
  });
  it("says each theme's counts in Chinese", () => {
    expect(describeThemeYears(rows)).toBe("企业培育：2021年5项，2022年5项；机关建设：2021年4项，2022年0项。");
  });
  it("renders as the reviewed SVG", async () => {
    const svg = renderSvg(themeYearOptions(rows, 328), { label: "主题", description: describeThemeYears(rows) });
    await expect(normaliseSvg(svg)).toMatchFileSnapshot(resolve(import.meta.dirname, "__snapshots__", "theme-years-328.svg"));
  });
});

describe("a county's decades: twenty-one years of twenty bureaus' plans", () => {
  const years = Array.from({ length: 21 }, (_, i) => 2005 + i);
  const perPlan = years.flatMap((year) => [1, 2].map((bureau) => ({ theme: "growth", name: "企业培育", year, plan: `b${bureau}-${year}`, count: bureau + (year % 3) })));

  it("sums each year's plans into one row per theme and year, so that one dot is drawn per year", () => {
    const summed = themeCountsByYear(perPlan);
    expect(summed).toHaveLength(21);
    expect(summed.slice(0, 2)).toEqual([
      { theme: "growth", name: "企业培育", year: 2005, count: 1 + 2 + 2 * (2005 % 3) },
      { theme: "growth", name: "企业培育", year: 2006, count: 1 + 2 + 2 * (2006 % 3) },
    ]);
  });
  it("leaves the numbers to the table and labels every third year at 640 px, every sixth at 328 px, the latest always", () => {
    const summed = themeCountsByYear(perPlan);
    const wide = themeYearOptions(summed, 640);
    expect((wide.x as { ticks: string[] }).ticks).toEqual(["2007年", "2010年", "2013年", "2016年", "2019年", "2022年", "2025年"]);
    expect(wide.marks).toHaveLength(2); // grid and dots: no numbers, which would overlap the next column
    expect((wide.r as { range: number[] }).range[1]).toBeCloseTo(500 / 21 / 2 - 2);
    const narrow = themeYearOptions(summed, 328);
    expect((narrow.x as { ticks: string[] }).ticks).toEqual(["2007年", "2013年", "2019年", "2025年"]);
    expect((narrow.r as { range: number[] }).range[1]).toBe(3);
  });
  it("keeps numbers and every year label where the columns are wide enough", () => {
    const options = themeYearOptions(rows, 340);
    expect(options.x).not.toHaveProperty("ticks");
    expect(options.marks).toHaveLength(3);
    expect(options.r).toMatchObject({ range: [0, 11] });
  });
});
