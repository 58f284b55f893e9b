#!/usr/bin/env node
// Builds the site beside dist/ and swaps it in only when the whole build succeeded, so a failed
// build (a bad CSV row, a missing file) leaves the last good dist/ untouched.
// Usage: npm run build            (SITE_URL and BASE_PATH set the address, see README)
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { writeSearchIndex } from "./lib/search-index.mjs";
import { writeSitemap } from "./lib/sitemap.mjs";

const root = resolve(import.meta.dirname, "..");
const final = resolve(root, process.env.DIST_DIR || "dist");
const next = resolve(root, ".build", "next");
const old = resolve(root, ".build", "previous");

rmSync(next, { recursive: true, force: true });
mkdirSync(resolve(root, ".build"), { recursive: true });
const astro = resolve(root, "node_modules", "astro", "astro.js");
const started = Date.now();
const run = spawnSync(process.execPath, [astro, "build"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, OUT_DIR: next, TZ: process.env.TZ || "Asia/Shanghai" },
});
if (run.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\n构建失败：${final} 保持上一次成功构建的内容，未作任何改动。\nBuild failed: ${final} is unchanged.`);
  process.exit(run.status || 1);
}
try {
  const indexed = await writeSearchIndex(next);
  console.log(`搜索索引 Search index: ${indexed.records} plan records, ${indexed.pages} pages`);
  const listed = writeSitemap(next, process.env.SITE_URL, process.env.BASE_PATH);
  console.log(listed ? `sitemap.xml: ${listed} pages` : "未设置 SITE_URL，不生成 sitemap.xml（搜索引擎需要完整网址）");
} catch (e) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\n构建失败（搜索索引或 sitemap）：${final} 保持上一次成功构建的内容。\nBuild failed after Astro: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
rmSync(old, { recursive: true, force: true });
if (existsSync(final)) renameSync(final, old);
renameSync(next, final);
rmSync(old, { recursive: true, force: true });
console.log(`\n构建完成 Built ${final} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
