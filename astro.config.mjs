// @ts-check
import { defineConfig } from "astro/config";

// SITE_URL (e.g. https://www.suixi.gov.cn) and BASE_PATH (e.g. /xxgk/jhzj/) place the site inside a
// larger government site; OUT_DIR lets scripts/build.mjs build beside dist/ and swap only on success.
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH || "/",
  outDir: process.env.OUT_DIR || "dist",
  // The content layer's store (each plan's digest and parsed entry) lives with the project, not in
  // node_modules/.astro, so project copies that share node_modules (tests, npm run bench) keep their own.
  cacheDir: "./.build/cache",
  trailingSlash: "always",
  // The site's stylesheet is one file every page links (cached after the first page); a page's own small
  // styles are inlined. Two pages render at once, so that one page's file writes overlap the next one's rendering.
  build: { format: "directory", inlineStylesheets: "auto", concurrency: 2 },
  devToolbar: { enabled: false },
});
