// 适老化: what older readers meet — text size, line height, contrast, target size, nothing by hover alone — in the
// standard view and in the 长辈版 (the same pages under care/, src/lib/care-view.mjs), measured in Chromium.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, serveSite } from "../helpers/browser.ts";
import { measureLegibility } from "../helpers/legibility.ts";
import { filesUnder } from "../helpers/site.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const PAGES = ["", "plans/suixi-jxj-2021/", "plans/suixi-jxj-2022/", "plans/suixi-jxj-2022/print/", "indicators/", "indicators/industrial-value-added/", "compare/suixi-jxj-2021-suixi-jxj-2022/", "themes/digital/", "entities/ying-ke-yi-liao/", "offices/", "data/"];
/** What each view promises (README, 适老化): body text, line height, paragraph gap (× line height), contrast, target size in CSS px. */
const STANDARD = { body: { 360: 18, 1280: 17 }, lineHeight: 1.5, contrast: 4.5, target: 24 };
const CARE = { body: { 360: 22, 1280: 22 }, lineHeight: 1.5, paragraphGap: 1.3, contrast: 7, target: 44 };

const dist = inject("dist");
let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;
beforeAll(async () => {
  [browser, site] = await Promise.all([launchBrowser(), serveSite(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, width: number): Promise<{ page: Page; scripts: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const scripts: string[] = [];
  page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
  expect((await page.goto(`${site.origin}/${path}`))?.status(), path).toBe(200);
  return { page, scripts };
}

describe("the standard view", () => {
  for (const width of [360, 1280] as const)
    it(`at ${width} px: body text ≥ ${STANDARD.body[width]} px, line height ≥ 1.5, contrast ≥ 4.5:1 (chart labels too), targets ≥ 24 × 24 px, nothing by hover alone`, async () => {
      for (const path of PAGES) {
        const { page } = await open(path, width);
        const m = await measureLegibility(page, STANDARD.target);
        // wider than A4, the printable summary shows the sheet as it prints (GB/T 9704: 16 pt text, 12 pt tables); narrower, it reflows at 18 px
        if (!(path.endsWith("print/") && width > 800)) expect(m.bodyFont, path).toBeGreaterThanOrEqual(STANDARD.body[width]);
        expect(m.bodyLineHeight, path).toBeGreaterThanOrEqual(STANDARD.lineHeight);
        expect(m.contrast.min, `${path}: ${JSON.stringify(m.contrast)}`).toBeGreaterThanOrEqual(STANDARD.contrast);
        expect(m.targets.small, path).toEqual([]);
        expect(m.title, path).toEqual([]);
        await page.close();
      }
    });
});

describe("the 长辈版 (care view) under care/", () => {
  it("mirrors every page of the site, each with its switch back to the standard view", () => {
    const pages = filesUnder(dist, ".html").filter((f) => !f.startsWith("care/"));
    expect(filesUnder(join(dist, "care"), ".html")).toEqual(pages);
    for (const page of pages) {
      const [standard, care] = [readFileSync(join(dist, page), "utf8"), readFileSync(join(dist, "care", page), "utf8")];
      expect(care, page).toContain('<html lang="zh-CN" class="care">');
      expect(standard, page).toMatch(/<a class="view-switch" href="\/care\/[^"]*"[^>]*>长辈版<\/a>/);
      expect(care, page).toMatch(/<a class="view-switch" href="\/(?!care\/)[^"]*"[^>]*>标准版<\/a>/);
    }
  });

  for (const width of [360, 1280] as const)
    it(`at ${width} px: body text ≥ 22 px, line height ≥ 1.5, paragraphs 1.3 line heights apart, contrast ≥ 7:1 (chart labels too), targets ≥ 44 × 44 px, one column`, async () => {
      for (const path of PAGES) {
        const { page } = await open(`care/${path}`, width);
        const m = await measureLegibility(page, CARE.target);
        expect(m.bodyFont, path).toBeGreaterThanOrEqual(CARE.body[width]);
        expect(m.bodyLineHeight, path).toBeGreaterThanOrEqual(CARE.lineHeight);
        if (m.paragraphGap > 0) expect(m.paragraphGap, path).toBeGreaterThanOrEqual(CARE.paragraphGap);
        expect(m.contrast.min, `${path}: ${JSON.stringify(m.contrast)}`).toBeGreaterThanOrEqual(CARE.contrast);
        expect(m.targets.small, path).toEqual([]);
        expect(m.title, path).toEqual([]);
        const columns = await page.evaluate(() => [...document.querySelectorAll("main .cards, main .kpis, main .entity-list, main .meta")].map((g) => getComputedStyle(g).gridTemplateColumns.split(" ").length));
        expect(columns.every((c) => c === 1), path).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBe(0);
        await page.close();
      }
      const plan = (await open("care/plans/suixi-jxj-2021/", width)).page;
      expect((await measureLegibility(plan, CARE.target)).paragraphGap).toBeGreaterThanOrEqual(CARE.paragraphGap); // the plan's measures, one after another
      await plan.screenshot({ path: `test-results/care-plan-${width}.png`, fullPage: false });
      await plan.close();
    });

  it("stays on while the reader browses — from page to page, through the search form — with no JavaScript, and switches back", async () => {
    const { page, scripts } = await open("plans/suixi-jxj-2021/", 360);
    await page.click("a.view-switch");
    expect(new URL(page.url()).pathname).toBe("/care/plans/suixi-jxj-2021/");
    for (const step of ['.site-nav a[href$="indicators/"]', 'main a[href*="/indicators/"]', '.crumbs a[href$="indicators/"]', '.site-nav a[href$="/plans/"]', "main .cards a, main ul a[href*='/plans/suixi']"]) {
      await Promise.all([page.waitForNavigation(), page.click(step)]);
      expect(new URL(page.url()).pathname, step).toMatch(/^\/care\//);
      expect(await page.evaluate(() => document.documentElement.className), step).toBe("care");
    }
    expect(scripts).toEqual([]); // content pages, in either view, run no script
    await page.fill("#site-q", "上云");
    await Promise.all([page.waitForNavigation(), page.press("#site-q", "Enter")]);
    expect(new URL(page.url()).pathname).toBe("/care/search/");
    await page.click("a.view-switch");
    expect(new URL(page.url()).pathname).toBe("/search/");
    expect(await page.evaluate(() => document.documentElement.className)).toBe("");
    await page.close();
  });

  it("sends search results in the care view to the care view's pages", async () => {
    const { page } = await open("care/search/?q=上云", 1280);
    await page.waitForSelector(".search-result h3 a");
    const links = await page.evaluate(() => [...document.querySelectorAll(".search-result h3 a")].map((a) => a.getAttribute("href")));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l!.startsWith("/care/"))).toBe(true);
    await page.close();
  });
});

describe("accessibility of the care view (axe-core, WCAG 2.1 A and AA)", () => {
  for (const width of [360, 1280])
    it(`no serious or critical violation at ${width} px on the home, plan, printable summary, indicator, comparison and search pages`, async () => {
      for (const path of ["", "plans/suixi-jxj-2021/", "plans/suixi-jxj-2022/print/", "indicators/industrial-value-added/", "compare/suixi-jxj-2021-suixi-jxj-2022/", "search/?q=上云", "404.html"]) {
        const { page } = await open(`care/${path}`, width);
        if (path.startsWith("search/")) await page.waitForSelector(".search-result h3 a");
        await page.addScriptTag({ content: AXE });
        const result = (await page.evaluate(`axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } })`)) as {
          violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
        };
        const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
        expect(serious, path).toEqual([]);
        await page.close();
      }
    });
});
