import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CHART_CACHE, renderChart } from "../../src/charts/render.ts";
import { themeYearOptions, type ThemeCount } from "../../src/charts/theme-chart.ts";

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A project root with a chart code file, whose text stands for the chart code. */
function project(code = "export const v = 1;"): string {
  const root = mkdtempSync(join(tmpdir(), "chart-cache-"));
  roots.push(root);
  mkdirSync(join(root, "src/charts"), { recursive: true });
  writeFileSync(join(root, "src/charts/chart.ts"), code);
  return root;
}

const counts = (n: number): ThemeCount[] => [{ name: "技术改造", year: 2021, count: n }, { name: "技术改造", year: 2022, count: 3 }];
const text = { label: "主题", description: "技术改造：2021年2项，2022年3项。" };

/** Renders through a spec that counts its calls. */
function render(root: string, data: ThemeCount[], calls: { n: number }): string {
  const spec = (rows: ThemeCount[], width: number) => (calls.n++, themeYearOptions(rows, width));
  return renderChart({ data, spec }, 328, text, "", root);
}

describe("renderChart(chart, width, text, palette, root)", () => {
  it("renders a chart once and keeps its SVG for later builds; equal data in a new object is not drawn again", () => {
    const root = project();
    const calls = { n: 0 };
    const svg = render(root, counts(2), calls);
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(readdirSync(join(root, CHART_CACHE.current))).toHaveLength(1);
    expect(render(root, counts(2), calls)).toBe(svg);
    expect(calls.n).toBe(1);
  });

  it("draws again when the data change, or when the code that draws charts changes", () => {
    const calls = { n: 0 };
    const root = project();
    const before = render(root, counts(2), calls);
    expect(render(root, counts(5), calls)).not.toBe(before);
    expect(calls.n).toBe(2);
    render(project("export const v = 2;"), counts(2), calls);
    expect(calls.n).toBe(3);
  });

  it("reuses the previous build's SVG (charts-previous/, as build.mjs leaves it) and keeps it for the next", () => {
    const root = project();
    const calls = { n: 0 };
    const svg = render(root, counts(7), calls);
    renameSync(join(root, CHART_CACHE.current), join(root, CHART_CACHE.previous));
    expect(render(root, counts(7), calls)).toBe(svg);
    expect(calls.n).toBe(1);
    expect(readdirSync(join(root, CHART_CACHE.current))).toHaveLength(1);
  });
});
