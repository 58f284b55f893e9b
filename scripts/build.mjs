#!/usr/bin/env node
// Builds the site and publishes it in place of the last good one (lib/publish.mjs): the build goes to a
// staging folder beside dist/ and replaces dist/ only when the whole build succeeded, so a failed build
// (a bad CSV row, a missing file) leaves the last good dist/ untouched, and a build killed at any moment
// leaves dist/, or a way back to it that the next build takes. One build at a time (lib/build-lock.mjs).
// Incremental: pages whose inputs did not change since the last good site are copied from it rather than
// rendered again (src/lib/incremental.ts, lib/incremental.mjs); the result is byte-identical to a clean build.
// Usage: npm run build            (SITE_URL and BASE_PATH set the address, DIST_DIR the output folder; see README)
//        npm run build -- --full  (render every page, reusing nothing of the last site)
//        npm run build -- --pdf   (also print each plan and its summary to PDF, from the staged site: lib/print-pdfs.mjs)
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { setPriority } from "node:os";
import { resolve } from "node:path";
import { acquireBuildLock } from "./lib/build-lock.mjs";
import { BuildStop } from "./lib/build-stop.mjs";
import { describeLastGood, preparePublish, publishPaths, publishSite, recoverPublish, removeLeftovers } from "./lib/publish.mjs";
import { PLAN_BUNDLE, writePageIndex } from "./lib/search-index.mjs";
import { writeRobots, writeSitemap } from "./lib/sitemap.mjs";
import { writeCarePages } from "./lib/care-pages.mjs";
import { printPdfs, prunePdfCache, publishPdfs } from "./lib/print-pdfs.mjs";
import { findChromium, INSTALL_HINT } from "./lib/browser.mjs";
import { copyReusedFiles, readRouteRecords, siteManifest, treeHash, writeManifest } from "./lib/incremental.mjs";

const root = resolve(import.meta.dirname, "..");
const final = resolve(root, process.env.DIST_DIR || "dist");
const { staged, planIndex, routesNext, routes } = publishPaths(final);
const full = process.argv.includes("--full"); // a clean build: nothing of the last good site is reused
const printing = process.argv.includes("--pdf"); // print the plans' PDFs in this build
const pdfCache = resolve(root, ".build/cache/pdf"); // PDFs by their page's route digest (lib/print-pdfs.mjs)
if (printing && !findChromium()) stop(`无法生成 PDF：找不到 Chromium。\n${INSTALL_HINT}`);
const children = new Set();
let interrupted = false;

/** Returns the sites an older build.mjs replaced and kept in .build/ (it also staged there); they stay until dist/ exists. */
function olderSites() {
  const dir = resolve(root, ".build");
  return readdirSync(dir).filter((d) => d.startsWith("previous")).map((d) => resolve(dir, d));
}

/** Ends the build with exit status 1 after `message`, without a stack trace. */
function stop(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

/** Ends a failed build: its staged site goes, and the message says where the last good site is. */
function fail(heading, detail = "") {
  removeLeftovers(final, olderSites());
  stop(`${heading}：${describeLastGood(final, olderSites())}\n${existsSync(final) ? `Build failed: ${final} is unchanged.` : "Build failed."}${detail}`);
}

/** Returns what `step` returns; a BuildStop it throws ends the build with its message. */
function orStop(step) {
  try {
    return step();
  } catch (error) {
    if (error instanceof BuildStop) stop(error.message);
    throw error;
  }
}

/** Runs node with `args` in the project; resolves to its exit code and, when `capture`, what it printed (else it prints through). Never resolves once the build is interrupted. */
function run(args, env, { capture = false, priority = 0 } = {}) {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", capture ? "pipe" : "inherit", capture ? "pipe" : "inherit"] });
    children.add(child);
    if (priority) setPriority(child.pid, priority);
    let out = "";
    let err = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => (err += d));
    child.on("close", (status) => {
      children.delete(child);
      if (!interrupted) done({ status, out, err });
    });
  });
}

/** On SIGINT, SIGTERM or SIGHUP: stops the children (SIGTERM, SIGKILL after 5 s), says where the last good site is, and exits, which releases the lock. */
async function interrupt(signal, status) {
  if (interrupted) return;
  interrupted = true;
  const closed = [...children].map((child) => new Promise((done) => child.once("close", done)));
  for (const child of children) child.kill("SIGTERM");
  const late = setTimeout(() => children.forEach((child) => child.kill("SIGKILL")), 5000);
  await Promise.all(closed);
  clearTimeout(late);
  console.error(`\n构建被中断（${signal}）：${describeLastGood(final, olderSites())}`);
  process.exit(status);
}

// Nothing is touched before the lock is held: a second build stops here, saying which build is running
const lock = orStop(() => acquireBuildLock(resolve(root, ".build", "build.lock")));
process.on("exit", () => lock.release());
for (const [signal, status] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]]) process.on(signal, () => void interrupt(signal, status));
if (lock.note) console.log(lock.note);
// a swap a crash interrupted is completed or rolled back before anything else
for (const note of orStop(() => recoverPublish(final))) console.log(note);
for (const d of ["next", "plan-index"]) rmSync(resolve(root, ".build", d), { recursive: true, force: true }); // an older build.mjs staged there
orStop(() => preparePublish(final, olderSites()));
// the last build's chart SVGs, for this build to reuse where a chart's data and code are unchanged (CHART_CACHE in src/charts/render.ts)
const [charts, previousCharts] = [resolve(root, ".build/cache/charts"), resolve(root, ".build/cache/charts-previous")];
rmSync(previousCharts, { recursive: true, force: true });
if (existsSync(charts)) renameSync(charts, previousCharts);
const astro = resolve(root, "node_modules", "astro", "astro.js");
const started = Date.now();
// Astro's anonymous usage report is off: a bureau's build sends nothing to third parties (and skips the work)
const env = { ...process.env, TZ: process.env.TZ || "Asia/Shanghai", ASTRO_TELEMETRY_DISABLED: "1" };
// Astro renders on one core; the plans' search bundle is written meanwhile on the other
const [astroRun, indexRun] = await Promise.all([
  // a larger young generation: rendering makes many short-lived strings, and fewer scavenges take less time
  run(["--max-semi-space-size=64", astro, "build"], { ...env, OUT_DIR: staged, ROUTES_DIR: routesNext, PDF_CACHE: pdfCache, PRINT_PDFS: printing ? "1" : "", ...(full ? {} : { PREVIOUS_SITE: final, PREVIOUS_ROUTES: routes }) }),
  run(["--import", "tsx", resolve(root, "scripts", "index-plans.ts"), planIndex, ...(full ? [] : [resolve(final, PLAN_BUNDLE), routes])], env, { capture: true, priority: 10 }), // yields to Astro
]);
if (astroRun.status !== 0 || indexRun.status !== 0) {
  if (astroRun.status === 0) console.error(indexRun.err); // bad input fails both: Astro has said what is wrong
  fail("构建失败");
}
const built = Date.now();
let manifest;
let pdfsUsed;
try {
  const records = readRouteRecords(routesNext);
  const reused = copyReusedFiles(records, staged, final);
  console.log(`增量构建 Incremental: ${records.length - reused.length} of ${records.length} files of incremental routes rendered, ${reused.length} copied from ${final}`);
  manifest = siteManifest(records, staged, routes);
  if (printing) {
    const t = Date.now();
    const base = (process.env.BASE_PATH || "/").replace(/\/?$/, "/");
    const { printed, cached } = await printPdfs(records, staged, base, pdfCache, (done, total, name, seconds) => console.log(`打印 PDF ${done}/${total} ${name}（${seconds.toFixed(1)} s）`));
    console.log(`PDF: printed ${printed}, ${cached} unchanged since they were printed, in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  pdfsUsed = publishPdfs(records, staged, pdfCache);
  renameSync(planIndex, resolve(staged, PLAN_BUNDLE));
  manifest.planIndex = { key: readFileSync(`${planIndex}.key`, "utf8"), sha256: treeHash(resolve(staged, PLAN_BUNDLE)) };
  rmSync(`${planIndex}.key`);
  const care = writeCarePages(staged, process.env.BASE_PATH || "/", { reused: new Set(reused), from: final });
  console.log(`长辈版 Care view: ${care.pages} pages under care/ (${(care.bytes / 1024 / 1024).toFixed(1)} MB, ${care.copied} copied) in ${((Date.now() - built) / 1000).toFixed(2)} s`);
  const pages = await writePageIndex(staged);
  console.log(`搜索索引 Search index: ${indexRun.out} beside Astro; ${pages} pages in ${((Date.now() - built) / 1000).toFixed(2)} s after it`);
  const listed = writeSitemap(staged, process.env.SITE_URL, process.env.BASE_PATH);
  console.log(listed ? `sitemap.xml: ${listed} pages` : "未设置 SITE_URL，不生成 sitemap.xml（搜索引擎需要完整网址）");
  writeRobots(staged, process.env.SITE_URL, process.env.BASE_PATH);
} catch (e) {
  fail("构建失败（PDF、长辈版、搜索索引或 sitemap）", ` After Astro: ${e instanceof Error ? e.message : e}`);
}
orStop(() => publishSite(staged, final));
writeManifest(manifest, routes); // after the swap: a manifest never describes a site that was not published (and each reuse checks the file's SHA-256)
prunePdfCache(pdfCache, pdfsUsed); // the PDFs of pages no longer published
removeLeftovers(final, olderSites()); // the replaced site, now that the new one is in place
console.log(`\n构建完成 Built ${final} in ${((Date.now() - started) / 1000).toFixed(1)} s (Astro ${((built - started) / 1000).toFixed(1)} s, search index and sitemap ${((Date.now() - built) / 1000).toFixed(1)} s)`);
