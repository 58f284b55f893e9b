#!/usr/bin/env node
// Builds the site beside dist/ and swaps it in only when the whole build succeeded, so a failed
// build (a bad CSV row, a missing file) leaves the last good dist/ untouched.
// Usage: npm run build            (SITE_URL and BASE_PATH set the address, see README)
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { writeSearchIndex } from "./lib/search-index.mjs";
import { writeSitemap } from "./lib/sitemap.mjs";

const root = resolve(import.meta.dirname, "..");
const final = resolve(root, process.env.DIST_DIR || "dist");
const next = resolve(root, ".build", "next");
const old = resolve(root, ".build", `previous-${process.pid}`);

/** Deletes `dirs` in a detached process: removing the replaced dist/ (3 s at 500 plans) need not hold up the editor. */
function removeLater(dirs) {
  if (dirs.length === 0) return;
  const script = `for (const d of ${JSON.stringify(dirs)}) require("node:fs").rmSync(d, { recursive: true, force: true })`;
  spawn(process.execPath, ["-e", script], { detached: true, stdio: "ignore" }).unref();
}

rmSync(next, { recursive: true, force: true });
mkdirSync(resolve(root, ".build"), { recursive: true });
// replaced sites an earlier build had no time to delete
removeLater(readdirSync(resolve(root, ".build")).filter((d) => d.startsWith("previous")).map((d) => resolve(root, ".build", d)));
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
const built = Date.now();
try {
  const indexed = await writeSearchIndex(next);
  console.log(`搜索索引 Search index: ${indexed.records} plan records, ${indexed.pages} pages in ${((Date.now() - built) / 1000).toFixed(2)} s`);
  const listed = writeSitemap(next, process.env.SITE_URL, process.env.BASE_PATH);
  console.log(listed ? `sitemap.xml: ${listed} pages` : "未设置 SITE_URL，不生成 sitemap.xml（搜索引擎需要完整网址）");
} catch (e) {
  rmSync(next, { recursive: true, force: true });
  console.error(`\n构建失败（搜索索引或 sitemap）：${final} 保持上一次成功构建的内容。\nBuild failed after Astro: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
if (existsSync(final)) renameSync(final, old);
renameSync(next, final);
removeLater([old]);
console.log(`\n构建完成 Built ${final} in ${((Date.now() - started) / 1000).toFixed(1)} s (Astro ${((built - started) / 1000).toFixed(1)} s)`);
