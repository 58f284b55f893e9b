#!/usr/bin/env node
// Builds the site beside dist/ and swaps it in only when the whole build succeeded, so a failed
// build (a bad CSV row, a missing file) leaves the last good dist/ untouched.
// Usage: npm run build            (SITE_URL and BASE_PATH set the address, see README)
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync, mkdirSync } from "node:fs";
import { setPriority } from "node:os";
import { resolve } from "node:path";
import { PLAN_BUNDLE, writePageIndex } from "./lib/search-index.mjs";
import { writeSitemap } from "./lib/sitemap.mjs";

const root = resolve(import.meta.dirname, "..");
const final = resolve(root, process.env.DIST_DIR || "dist");
const next = resolve(root, ".build", "next");
const old = resolve(root, ".build", `previous-${process.pid}`);
const planIndex = resolve(root, ".build", "plan-index");

/** Runs node with `args` in the project; resolves to its exit code and, when `capture`, what it printed (else it prints through). */
function run(args, env, { capture = false, priority = 0 } = {}) {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", capture ? "pipe" : "inherit", capture ? "pipe" : "inherit"] });
    if (priority) setPriority(child.pid, priority);
    let out = "";
    let err = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => (err += d));
    child.on("close", (status) => done({ status, out, err }));
  });
}

/** Deletes `dirs` in a detached process: removing the replaced dist/ (3 s at 500 plans) need not hold up the editor. */
function removeLater(dirs) {
  if (dirs.length === 0) return;
  const script = `for (const d of ${JSON.stringify(dirs)}) require("node:fs").rmSync(d, { recursive: true, force: true })`;
  spawn(process.execPath, ["-e", script], { detached: true, stdio: "ignore" }).unref();
}

for (const d of [next, planIndex]) rmSync(d, { recursive: true, force: true });
mkdirSync(resolve(root, ".build"), { recursive: true });
// the last build's chart SVGs, for this build to reuse where a chart's data and code are unchanged (CHART_CACHE in src/charts/render.ts)
const [charts, previousCharts] = [resolve(root, ".build/cache/charts"), resolve(root, ".build/cache/charts-previous")];
rmSync(previousCharts, { recursive: true, force: true });
if (existsSync(charts)) renameSync(charts, previousCharts);
// replaced sites an earlier build had no time to delete
removeLater(readdirSync(resolve(root, ".build")).filter((d) => d.startsWith("previous")).map((d) => resolve(root, ".build", d)));
const astro = resolve(root, "node_modules", "astro", "astro.js");
const started = Date.now();
// Astro's anonymous usage report is off: a bureau's build sends nothing to third parties (and skips the work)
const env = { ...process.env, TZ: process.env.TZ || "Asia/Shanghai", ASTRO_TELEMETRY_DISABLED: "1" };
// Astro renders on one core; the plans' search bundle is written meanwhile on the other
const [astroRun, indexRun] = await Promise.all([
  // a larger young generation: rendering makes many short-lived strings, and fewer scavenges take less time
  run(["--max-semi-space-size=64", astro, "build"], { ...env, OUT_DIR: next }),
  run(["--import", "tsx", resolve(root, "scripts", "index-plans.ts"), planIndex], env, { capture: true, priority: 10 }), // yields to Astro
]);
if (astroRun.status !== 0 || indexRun.status !== 0) {
  for (const d of [next, planIndex]) rmSync(d, { recursive: true, force: true });
  if (astroRun.status === 0) console.error(indexRun.err); // bad input fails both: Astro has said what is wrong
  console.error(`\n构建失败：${final} 保持上一次成功构建的内容，未作任何改动。\nBuild failed: ${final} is unchanged.`);
  process.exit(1);
}
const built = Date.now();
try {
  renameSync(planIndex, resolve(next, PLAN_BUNDLE));
  const pages = await writePageIndex(next);
  console.log(`搜索索引 Search index: ${indexRun.out} beside Astro; ${pages} pages in ${((Date.now() - built) / 1000).toFixed(2)} s after it`);
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
console.log(`\n构建完成 Built ${final} in ${((Date.now() - started) / 1000).toFixed(1)} s (Astro ${((built - started) / 1000).toFixed(1)} s, search index and sitemap ${((Date.now() - built) / 1000).toFixed(1)} s)`);
