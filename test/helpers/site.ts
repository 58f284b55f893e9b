/** Helpers for tests of a built site: read a page, its visible text, every HTML file. */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";

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

/** Returns every file under `dir` with the given extension, as paths relative to `dir`. */
export function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(ext))
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/**
 * Returns the file in `dist` that an href on `page` (a path under `dist`) points to, or null for another
 * site or a missing file; an href under a base path (/xxgk/jhzj/_astro/…) is found at _astro/… in `dist`.
 */
export function siteFile(dist: string, page: string, href: string): string | null {
  if (/^[a-z]+:|^\/\//i.test(href)) return null;
  const file = href.startsWith("/") ? join(dist, href.replace(/^.*?(?=_astro\/)/, "")) : join(dist, page, "..", href);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Returns the files of the stylesheets `page` links to on this site. */
export function linkedStylesheets(dist: string, page: string, html: string): string[] {
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map(([, href = ""]) => siteFile(dist, page, href))
    .filter((file): file is string => file !== null);
}

/** Returns the CSS a page is styled with: its linked stylesheets, then its <style> elements. */
export function stylesOf(dist: string, page: string): string {
  const html = readPage(dist, page);
  const linked = linkedStylesheets(dist, page.endsWith(".html") ? page : join(page, "index.html"), html).map((f) => readFileSync(f, "utf8"));
  return [...linked, ...[...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1])].join("");
}
