/** links: every internal link and asset of a built site, checked against the files and ids it holds. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { filesUnder } from "./site.ts";

/** Returns "page → target (why)" for each internal href/src under `dist` (served at `base`) that leads nowhere: a missing file or a missing #id. */
export function brokenLinks(dist: string, base: string, site = ""): string[] {
  const pages = filesUnder(dist, ".html");
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...parseHTML(readFileSync(file, "utf8")).document.querySelectorAll("[id]")].map((e) => e.id)));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  for (const page of pages) {
    const pageUrl = new URL(base + page.replace(/(^|\/)index\.html$/, "$1"), "http://site.test");
    const { document } = parseHTML(readFileSync(join(dist, page), "utf8"));
    for (const el of document.querySelectorAll("a[href], link[href], script[src], img[src]")) {
      const raw = el.getAttribute("href") ?? el.getAttribute("src")!;
      if (/^(mailto:|tel:|data:|javascript:)/i.test(raw)) continue;
      const absolute = site && raw.startsWith(site) ? raw.slice(site.length) : raw;
      if (/^[a-z]+:/i.test(absolute)) continue; // another site
      const url = new URL(absolute, pageUrl);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${page} → ${raw} (outside ${base})`);
        continue;
      }
      const path = decodeURIComponent(url.pathname.slice(base.length));
      let file = join(dist, path);
      if (path === "" || path.endsWith("/") || (existsSync(file) && statSync(file).isDirectory())) file = join(file, "index.html");
      if (!existsSync(file)) broken.push(`${page} → ${raw} (no file)`);
      else if (url.hash && file.endsWith(".html") && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page} → ${raw} (no ${url.hash})`);
    }
  }
  return broken;
}
