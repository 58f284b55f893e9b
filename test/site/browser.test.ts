import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, serveSite } from "../helpers/browser.ts";

const dist = inject("dist");
let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  mkdirSync("test-results", { recursive: true });
  [browser, site] = await Promise.all([launchBrowser(), serveSite(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("pages in Chromium", () => {
  for (const id of ["suixi-jxj-2021", "suixi-jxj-2022"])
    for (const width of [1280, 360])
      it(`/plans/${id}/ at ${width} px: no horizontal scroll, text ≥ 16 px, no script requested`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 800 } });
        const scripts: string[] = [];
        page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
        const response = await page.goto(`${site.origin}/plans/${id}/`);
        expect(response?.status()).toBe(200);
        const layout = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          fontSize: parseFloat(getComputedStyle(document.querySelector(".measure p, .doc p")!).fontSize),
          lang: document.documentElement.lang,
        }));
        expect(layout).toEqual({ overflow: 0, fontSize: expect.any(Number), lang: "zh-CN" });
        expect(layout.fontSize).toBeGreaterThanOrEqual(16);
        expect(scripts).toEqual([]);
        await page.screenshot({ path: `test-results/${id}-${width}.png`, fullPage: false });
        await page.close();
      });

  for (const width of [1280, 360])
    it(`indicator, comparison, theme, entity and print pages at ${width} px: no horizontal scroll, charts drawn for that width, no script`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const scripts: string[] = [];
      page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
      const paths = ["indicators/", "indicators/industrial-value-added/", "indicators/new-above-scale-enterprises/", "compare/", "compare/suixi-jxj-2021-suixi-jxj-2022/", "themes/", "themes/digital/", "entities/", "entities/ying-ke-yi-liao-san-qi/", "plans/suixi-jxj-2022/print/"];
      const screenChart = [{ width: width > 600 ? "640" : "328", fits: true }];
      const printChart = { width: "560", fits: true }; // the summary's charts are drawn once, for A4
      const themePair = [{ width: "340", fits: true }]; // two columns of dots, drawn once as wide as a phone's column
      const charted: Record<string, unknown[]> = {
        "indicators/industrial-value-added/": screenChart, "indicators/new-above-scale-enterprises/": screenChart, "compare/": screenChart,
        "compare/suixi-jxj-2021-suixi-jxj-2022/": themePair, "plans/suixi-jxj-2022/print/": [printChart, printChart],
      };
      for (const path of paths) {
        expect((await page.goto(`${site.origin}/${path}`))?.status()).toBe(200);
        const layout = await page.evaluate(() => {
          const shown = [...document.querySelectorAll("figure.chart svg[role=img]")].filter((s) => s.getBoundingClientRect().width > 0);
          return {
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            charts: shown.map((s) => ({ width: s.getAttribute("width"), fits: s.getBoundingClientRect().right <= document.documentElement.clientWidth })),
          };
        });
        expect(layout.overflow, path).toBe(0);
        expect(layout.charts, path).toEqual(charted[path] ?? []);
        await page.screenshot({ path: `test-results/${path.replace(/\W+/g, "-")}${width}.png`, fullPage: true });
      }
      expect(scripts).toEqual([]);
      await page.close();
    });

  it("scrolls a measure's permalink into view and highlights it", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 700 } });
    await page.goto(`${site.origin}/plans/suixi-jxj-2021/#m-17`);
    const target = await page.evaluate(() => {
      const el = document.querySelector(":target")!;
      const box = el.getBoundingClientRect();
      return { id: el.id, inView: box.top >= 0 && box.top < window.innerHeight, outline: getComputedStyle(el).outlineStyle };
    });
    expect(target).toEqual({ id: "m-17", inView: true, outline: "solid" });
    await page.close();
  });
});
