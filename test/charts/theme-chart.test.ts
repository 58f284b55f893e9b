import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { describeThemeYears, themeYearOptions } from "../../src/charts/theme-chart.ts";
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
