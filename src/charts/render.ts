/** render: runs Observable Plot against a server-side document and returns the chart as SVG markup, at build time. */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

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
  return svg.outerHTML;
}

const rendered = new WeakMap<object, Map<string, string>>();

/**
 * Returns renderSvg(spec(width), text), rendered once per build for each data object `of` (the same
 * indicator series on every plan's summary), width, palette and text. Without `of`, renders every time.
 */
export function renderChart(spec: (width: number) => Plot.PlotOptions, width: number, text: ChartText, of?: object, palette = ""): string {
  if (!of) return renderSvg(spec(width), text);
  const key = JSON.stringify([width, palette, text.label, text.description]);
  const byKey = rendered.get(of) ?? new Map<string, string>();
  rendered.set(of, byKey);
  if (!byKey.has(key)) byKey.set(key, renderSvg(spec(width), text));
  return byKey.get(key)!;
}
