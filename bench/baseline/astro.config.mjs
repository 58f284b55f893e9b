// @ts-check
// The baseline: bare Astro 5 rendering the same number of pages of the same text, each with one
// Observable Plot chart as SVG — no parsing pipeline, comparisons or search. See bench/README.md.
import { defineConfig } from "astro/config";

export default defineConfig({
  outDir: process.env.OUT_DIR || "dist",
  cacheDir: process.env.CACHE_DIR || "../../.build/bench/baseline-cache",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
});
