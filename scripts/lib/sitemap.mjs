// sitemap.xml for a built site: every HTML page but the 404 and the care view's copies (care/: the same
// pages, each with a canonical link to its standard page), under SITE_URL and BASE_PATH. Search engines
// need absolute addresses, so without SITE_URL no sitemap is written. robots.txt names it when there is one.
import { readdirSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { CARE_DIR } from "../../src/lib/care-view.mjs";

/** Writes dir/sitemap.xml and returns the number of pages listed; returns 0 and writes nothing without a site URL. */
export function writeSitemap(dir, siteUrl, basePath = "/") {
  if (!siteUrl) return 0;
  const base = new URL(basePath.replace(/\/?$/, "/"), siteUrl);
  const pages = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name === "index.html")
    .map((d) => relative(dir, d.parentPath).split(sep).filter(Boolean).join("/"))
    .filter((path) => path !== CARE_DIR && !path.startsWith(`${CARE_DIR}/`))
    .map((path) => new URL(path ? `${path}/` : "", base).href)
    .sort();
  const xml = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...pages.map((p) => `  <url><loc>${p.replace(/&/g, "&amp;")}</loc></url>`), "</urlset>", ""].join("\n");
  writeFileSync(join(dir, "sitemap.xml"), xml);
  return pages.length;
}

/**
 * Writes dir/robots.txt: every crawler may read every page; with a site URL it names the sitemap, which only
 * then exists. Crawlers read robots.txt only at the host's root: under BASE_PATH the host's own robots.txt
 * should carry the Sitemap line.
 */
export function writeRobots(dir, siteUrl, basePath = "/") {
  const sitemap = siteUrl ? new URL("sitemap.xml", new URL(basePath.replace(/\/?$/, "/"), siteUrl)).href : null;
  writeFileSync(join(dir, "robots.txt"), ["User-agent: *", "Disallow:", ...(sitemap ? ["", `Sitemap: ${sitemap}`] : []), ""].join("\n"));
}
