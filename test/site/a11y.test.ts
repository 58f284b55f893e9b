import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, serveSite } from "../helpers/browser.ts";
import { PAGE_TYPES } from "../helpers/site.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Returns the serious and critical axe-core violations of the loaded page (WCAG 2.1 A and AA), as "rule: target" lines. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } })`)) as {
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  };
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

for (const [label, base, distKey, paths] of [
  ["at the root", "/", "dist", PAGE_TYPES],
  ["under /xxgk/jhzj/", "/xxgk/jhzj/", "distBase", ["", "plans/suixi-jxj-2021/", "indicators/industrial-value-added/", "search/?q=上云"]],
] as const)
  describe(`accessibility ${label}`, () => {
    let site: Awaited<ReturnType<typeof serveSite>>;
    beforeAll(async () => {
      site = await serveSite(inject(distKey), base);
    });
    afterAll(async () => site?.close());

    for (const path of paths)
      it(`/${path}: no serious or critical axe violation; no horizontal scroll at 360 px or at 200 % zoom`, async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const response = await page.goto(`${site.origin}${base}${path}`);
        expect(response?.status()).toBe(path === "404.html" ? 200 : 200);
        if (path.startsWith("search/")) await page.waitForSelector(".search-result h3 a");
        expect(await violations(page)).toEqual([]);
        for (const width of [360, 640]) {
          await page.setViewportSize({ width, height: 800 }); // 640 px: a 1280 px screen at 200 % zoom
          expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width} px`).toBe(0);
        }
        await page.close();
      });
  });

describe("keyboard and reading order", () => {
  let site: Awaited<ReturnType<typeof serveSite>>;
  beforeAll(async () => {
    site = await serveSite(inject("dist"));
  });
  afterAll(async () => site?.close());

  it("offers a skip link first, shows focus, and keeps headings in order on every page type", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const path of PAGE_TYPES.filter((p) => !p.startsWith("search") && !p.includes("print"))) {
      await page.goto(`${site.origin}/${path}`);
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { text: el.textContent, outline: getComputedStyle(el).outlineStyle !== "none" || getComputedStyle(el).left !== "-999px" };
      });
      expect(focused, path).toEqual({ text: "跳到正文", outline: true });
      const levels = await page.evaluate(() => [...document.querySelectorAll("main h1, main h2, main h3, main h4")].map((h) => Number(h.tagName[1])));
      expect(levels[0], path).toBe(1);
      expect(levels.filter((l) => l === 1), path).toHaveLength(1);
      levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1]!, `${path}: h${levels[i - 1]} → h${l}`).toBeLessThanOrEqual(1));
    }
    await page.close();
  });
});
