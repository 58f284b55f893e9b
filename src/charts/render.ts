/** render: runs Observable Plot against a server-side document and returns the chart as SVG markup, at build time. */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { codeVersion } from "../io/code-version.ts";
import { sha256 } from "../io/hash.ts";

export interface ChartText {
  label: string; // aria-label: what the chart is
  description: string; // aria-description: what it shows, in words
}

/** Returns the SVG for `options`, with role="img", aria-label and aria-description on the root only; text is escaped by the DOM. */
export function renderSvg(options: Plot.PlotOptions, text: ChartText): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = Plot.plot({ ...options, document, ariaLabel: text.label, ariaDescription: text.description } as Plot.PlotOptions) as unknown as Element;
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("role", "img");
  // Plot names each mark's <g> (aria-label="dot"); inside an image those names are noise, and invalid ARIA
  for (const el of svg.querySelectorAll("[aria-label], [aria-description]")) {
    el.removeAttribute("aria-label");
    el.removeAttribute("aria-description");
  }
  // Plot writes font-variant="tabular-nums" on its axes' <g>; as an SVG attribute font-variant takes only normal or
  // small-caps (HTML checkers report it), so the same CSS property is set as a style instead: the numbers look the same
  for (const el of svg.querySelectorAll("[font-variant]")) {
    el.setAttribute("style", [el.getAttribute("style"), `font-variant:${el.getAttribute("font-variant")}`].filter(Boolean).join(";"));
    el.removeAttribute("font-variant");
  }
  return svg.outerHTML;
}

/** A chart: `spec` makes its Plot options from `data` alone (and constants), at a width. */
export interface ChartSpec<T extends object> {
  data: T;
  spec: (data: T, width: number) => Plot.PlotOptions;
}

/**
 * Where rendered charts are kept between builds: charts/ for this build's, charts-previous/ for the
 * last build's (scripts/build.mjs moves one to the other, so the cache holds two builds at most).
 */
export const CHART_CACHE = { current: ".build/cache/charts", previous: ".build/cache/charts-previous" };

const CHART_CODE = ["src", "src/components/Chart.astro"]; // the charts use lib/ and pipeline/ helpers too
const chartCode = new Map<string, string>(); // by project root
const rendered = new WeakMap<object, Map<string, string>>();

/**
 * Returns renderSvg(spec(data, width), text), rendered once per build for each data object and kept
 * across builds: the key is the SHA-256 of the spec's source, the data, the width, the palette, the
 * text, and the code and libraries (every .ts under src/, Chart.astro, package-lock.json). A chart whose
 * data changed gets a new key, and so does every chart when the code that draws them changes.
 */
export function renderChart<T extends object>({ data, spec }: ChartSpec<T>, width: number, text: ChartText, palette = "", root = process.cwd()): string {
  const byKey = rendered.get(data) ?? new Map<string, string>();
  rendered.set(data, byKey);
  const memo = JSON.stringify([spec.toString(), width, palette, text.label, text.description]);
  if (byKey.has(memo)) return byKey.get(memo)!;
  // hashed once per build; in dev on every chart, as the code may have changed since the last request
  if (!chartCode.has(root) || !import.meta.env.PROD) chartCode.set(root, codeVersion(root, CHART_CODE));
  const key = sha256(JSON.stringify([chartCode.get(root), data, memo]));
  const [current, previous] = [join(root, CHART_CACHE.current, `${key}.svg`), join(root, CHART_CACHE.previous, `${key}.svg`)];
  let svg = readCached(current);
  if (svg === null) {
    svg = readCached(previous) ?? renderSvg(spec(data, width), text);
    mkdirSync(join(root, CHART_CACHE.current), { recursive: true });
    writeFileSync(`${current}.${process.pid}`, `${sha256(svg)}\n${svg}`); // whole or not at all, its hash on the first line
    renameSync(`${current}.${process.pid}`, current);
  }
  byKey.set(memo, svg);
  return svg;
}

/** Returns the SVG kept in a cache file, or null when there is none or it no longer matches the hash on its first line (edited or damaged: drawn again). */
function readCached(file: string): string | null {
  if (!existsSync(file)) return null;
  const content = readFileSync(file, "utf8");
  const newline = content.indexOf("\n");
  const svg = content.slice(newline + 1);
  return newline === 64 && content.slice(0, 64) === sha256(svg) ? svg : null;
}
