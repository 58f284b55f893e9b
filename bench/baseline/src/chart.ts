/** One Observable Plot bar chart as an SVG string: the length of each paragraph of a page. */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

export function paragraphChart(paragraphs: string[]): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const data = paragraphs.map((p, i) => ({ paragraph: i + 1, chars: [...p].length }));
  const svg = Plot.plot({ document, width: 640, height: 240, x: { label: "段" }, y: { label: "字数", grid: true }, marks: [Plot.barY(data, { x: "paragraph", y: "chars" }), Plot.ruleY([0])] });
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return svg.outerHTML;
}
