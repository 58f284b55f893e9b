/** Helpers for tests of a built site: read a page, its visible text, every HTML file. */
import { readFileSync, readdirSync } from "node:fs";
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
