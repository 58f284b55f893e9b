/** site-files: finding the files of a built site — every file of a kind, the file an href points to, a page's stylesheets (tests and the bench). */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

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
