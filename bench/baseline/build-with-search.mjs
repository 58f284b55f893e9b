#!/usr/bin/env node
// The fairer baseline: the bare Astro site (this folder) built, then a Pagefind index of all its pages
// written into it, as a Starlight site's build does (Starlight runs Pagefind over the built site). Run in
// this folder with the same environment as `astro build` (OUT_DIR, CACHE_DIR, BASELINE_MANIFEST).
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import * as pagefind from "pagefind";

const astro = resolve(import.meta.dirname, "..", "..", "node_modules", "astro", "astro.js");
const built = spawnSync(process.execPath, [astro, "build"], { stdio: "inherit", env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
if (built.status !== 0) process.exit(built.status ?? 1);
const started = Date.now();
const out = process.env.OUT_DIR || "dist";
const { index } = await pagefind.createIndex({ forceLanguage: "zh-cn" });
const { page_count: pages } = await index.addDirectory({ path: out });
await index.writeFiles({ outputPath: join(out, "pagefind") });
await pagefind.close();
console.log(`Pagefind: ${pages} pages in ${((Date.now() - started) / 1000).toFixed(2)} s`);
