/** Helpers for tests of a built site: read a page, its visible text, every HTML file. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { linkedStylesheets } from "../../support/site-files.ts";

export { filesUnder, linkedStylesheets, siteFile } from "../../support/site-files.ts";
import { parseHTML } from "linkedom";

/** One page of every page type (a search page with a query), as a path under the site's base: the pages a11y and HTML validity tests check. */
export const PAGE_TYPES = [
  "", "plans/", "plans/suixi-jxj-2021/", "plans/suixi-jxj-2022/print/", "indicators/", "indicators/industrial-value-added/",
  "compare/", "compare/suixi-jxj-2021-suixi-jxj-2022/", "themes/", "themes/digital/", "entities/", "entities/ying-ke-yi-liao/",
  "offices/", "offices/jing-ji-yun-xing-ban-gong-shi/", "plans/suixi-jxj-2022/progress/", "status/", "data/", "search/?q=上云", "404.html",
];

export function readPage(dist: string, path: string): string {
  return readFileSync(join(dist, path, path.endsWith(".html") ? "" : "index.html"), "utf8");
}

/** Returns the text a reader sees in <main>: screen-reader-only text left out, whitespace removed. */
export function visibleText(html: string): string {
  const { document } = parseHTML(html);
  const main = document.querySelector("main")!;
  for (const el of main.querySelectorAll(".sr-only")) el.remove();
  return main.textContent!.replace(/\s+/g, "");
}

/** Returns the CSS a page is styled with: its linked stylesheets, then its <style> elements. */
export function stylesOf(dist: string, page: string): string {
  const html = readPage(dist, page);
  const linked = linkedStylesheets(dist, page.endsWith(".html") ? page : join(page, "index.html"), html).map((f) => readFileSync(f, "utf8"));
  return [...linked, ...[...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1])].join("");
}
