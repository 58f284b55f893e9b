#!/usr/bin/env node
// Prints each plan and its annual summary to PDF with headless Chromium, then builds the site again so
// that dist/pdf/ holds them and the pages link them. Run after `npm run build`; the build itself never
// needs a browser. Usage: npm run pdf        (CHROMIUM_PATH may name the browser; BASE_PATH as for the build)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { findChromium, INSTALL_HINT, launchChromium, serveDir } from "./lib/browser.mjs";

const root = resolve(import.meta.dirname, "..");
const dist = resolve(root, process.env.DIST_DIR || "dist");
const staging = resolve(root, ".build", "pdf");
const base = (process.env.BASE_PATH || "/").replace(/\/?$/, "/");

function fail(message) {
  console.error(message);
  process.exit(1);
}

if (!findChromium()) fail(`无法生成 PDF：找不到 Chromium。\n${INSTALL_HINT}`);
const indexFile = resolve(dist, "data", "plans.json");
if (!existsSync(indexFile)) fail(`找不到 ${indexFile}：请先运行 npm run build\nrun npm run build first`);
const plans = JSON.parse(readFileSync(indexFile, "utf8"));

rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
const [browser, site] = await Promise.all([launchChromium(), serveDir(dist, base)]);
const started = Date.now();
try {
  const page = await browser.newPage();
  await page.emulateMedia({ media: "print" });
  for (const plan of plans) {
    for (const [path, file] of [[`plans/${plan.id}/print/`, `${plan.id}-summary.pdf`], [`plans/${plan.id}/`, `${plan.id}.pdf`]]) {
      const t = Date.now();
      const response = await page.goto(`${site.origin}${base}${path}`, { waitUntil: "load" });
      if (response?.status() !== 200) throw new Error(`${base}${path}: HTTP ${response?.status()}`);
      await page.evaluate(() => document.fonts.ready);
      await page.pdf({ path: resolve(staging, file), preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      console.log(`PDF ${file}（${((Date.now() - t) / 1000).toFixed(1)} s）`);
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`打印完成 Printed ${plans.length * 2} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s; building again to publish them…`);

const build = spawnSync(process.execPath, [resolve(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit", env: { ...process.env, PDF_DIR: staging } });
process.exit(build.status ?? 1);
