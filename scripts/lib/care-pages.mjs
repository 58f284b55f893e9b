// The 长辈版 (care view) of a built site: each HTML page again under care/, written from the built page by
// careCopy() (src/lib/care-view.mjs) — the same content, <html class="care">, links into care/. Run after
// Astro and before the search index and the sitemap, which both leave care/ out.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { CARE_DIR, careCopy } from "../../src/lib/care-view.mjs";

/** The folders of a built site that hold no pages of its own: the search bundles, the care view itself. */
const NOT_PAGES = new Set([CARE_DIR, "pagefind", "pagefind-pages", "_astro", "sources", "pdf"]);

/** Returns every HTML page of the built site in `dir`, as paths relative to it with / separators. */
export function sitePages(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(".html"))
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join("/"))
    .filter((file) => !NOT_PAGES.has(file.split("/")[0]))
    .sort();
}

/**
 * Writes dir/care/<page> for every page of the site in `dir` served at `base`; returns how many pages and
 * bytes, and how many were copied: the pages in `reused` (copied unchanged from the last good site `from`
 * by an incremental build, with the same code and base) take their care copy from there too.
 */
export function writeCarePages(dir, base = "/", { reused = new Set(), from = null } = {}) {
  const root = base.replace(/\/?$/, "/");
  let bytes = 0;
  let copied = 0;
  const pages = sitePages(dir);
  for (const page of pages) {
    const out = join(dir, CARE_DIR, page);
    const previous = from && reused.has(page) ? join(from, CARE_DIR, page) : null;
    if (previous && existsSync(previous)) {
      mkdirSync(dirname(out), { recursive: true });
      copyFileSync(previous, out);
      bytes += statSync(out).size;
      copied++;
      continue;
    }
    let html;
    try {
      html = careCopy(readFileSync(join(dir, page), "utf8"), root);
    } catch (e) {
      throw new Error(`${page}: ${e instanceof Error ? e.message : e}`);
    }
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html);
    bytes += Buffer.byteLength(html);
  }
  return { pages: pages.length, bytes, copied };
}
