/** weights: what each type of page costs a reader — HTML with its CSS (gzip) and JavaScript — in a built site. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { filesUnder, linkedStylesheets, siteFile } from "../../support/site-files.ts";

export interface PageType {
  type: string; // plans/*/print/ …
  pages: number;
  medianGzip: number; // HTML + linked CSS, gzip, bytes
  maxGzip: number;
  js: number; // bytes of JavaScript the page loads: inline scripts and <script src> files
}

/** plans/suixi-jxj-2021/print/index.html → plans/*\/print/; the care view's copy of a page, under care/, is typed as its page: care/plans/*\/print/ */
export function pageType(page: string): string {
  if (page.startsWith("care/") && page !== "care/index.html") return `care/${pageType(page.slice("care/".length))}`;
  const parts = page.split("/");
  if (parts.length > 2) parts[1] = "*";
  return parts.length === 1 ? (page === "index.html" ? "/" : page) : parts.slice(0, -1).join("/") + "/";
}

export function pageWeights(dist: string): PageType[] {
  const byType = new Map<string, { gzip: number[]; js: number }>();
  for (const page of filesUnder(dist, ".html")) {
    const html = readFileSync(join(dist, page), "utf8");
    const css = linkedStylesheets(dist, page, html);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    const js = scripts.reduce((sum, [, attrs = "", body = ""]) => {
      const src = /src="([^"]+)"/.exec(attrs)?.[1];
      const file = src ? siteFile(dist, page, src) : null;
      return sum + Buffer.byteLength(body) + (file ? statSync(file).size : 0);
    }, 0);
    const gzip = gzipSync(Buffer.concat([Buffer.from(html), ...css.map((f) => readFileSync(f))])).length;
    const entry = byType.get(pageType(page)) ?? { gzip: [], js: 0 };
    entry.gzip.push(gzip);
    entry.js = Math.max(entry.js, js);
    byType.set(pageType(page), entry);
  }
  return [...byType].map(([type, { gzip, js }]) => {
    const sorted = gzip.sort((a, b) => a - b);
    return { type, pages: sorted.length, medianGzip: sorted[Math.floor(sorted.length / 2)] ?? 0, maxGzip: sorted.at(-1)!, js };
  });
}

/** Total bytes of the files under `dir`. */
export function treeBytes(dir: string): number {
  return existsSync(dir) ? filesUnder(dir, "").reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) : 0;
}
