import { readFileSync } from "node:fs";
import { join } from "node:path";
import { filesUnder } from "../helpers/site.ts";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, serveSite } from "../helpers/browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Returns the result URLs of `query` (optionally filtered), from Pagefind's own API in the built /search/ page. */
async function search(page: Page, base: string, query: string, filters: Record<string, string> = {}): Promise<string[]> {
  // a string, so that vitest does not rewrite the browser's import()
  const script = `(async () => {
    const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
    await pagefind.options({ baseUrl: ${JSON.stringify(base)} });
    await pagefind.mergeIndex(${JSON.stringify(`${base}pagefind-pages/`)}, { baseUrl: ${JSON.stringify(base)} });
    const found = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(found.results.map((r) => r.data()));
    return data.map((d) => d.url);
  })()`;
  return page.evaluate(script) as Promise<string[]>;
}

for (const [label, base, distKey] of [["at the root", "/", "dist"], ["under /xxgk/jhzj/", "/xxgk/jhzj/", "distBase"]] as const)
  describe(`search ${label}`, () => {
    let site: Awaited<ReturnType<typeof serveSite>>;
    let page: Page;
    beforeAll(async () => {
      site = await serveSite(inject(distKey), base);
      page = await browser.newPage();
      await page.goto(`${site.origin}${base}search/`);
    });
    afterAll(async () => {
      await page?.close();
      await site?.close();
    });

    const plan = (id: string, anchor: string) => `${base}plans/${id}/#${anchor}`;
    for (const [query, expected] of [
      ["上云", [plan("suixi-jxj-2021", "m-10"), plan("suixi-jxj-2022", "m-s2-6")]],
      ["技改", [plan("suixi-jxj-2021", "m-9"), plan("suixi-jxj-2022", "m-s2-3")]],
      ["僵尸企业", [plan("suixi-jxj-2021", "m-17"), plan("suixi-jxj-2022", "m-s2-8")]],
      ["英科医疗", [plan("suixi-jxj-2021", "m-9"), plan("suixi-jxj-2021", "m-12"), plan("suixi-jxj-2022", "m-s2-3"), plan("suixi-jxj-2022", "m-s2-4"), `${base}entities/ying-ke-yi-liao/`]],
    ] as const)
      it(`finds “${query}” in the measures that say it, linked to #m-<n> (and in the pages about it)`, async () => {
        expect(await search(page, base, query)).toEqual(expect.arrayContaining([...expected]));
      });

    it("filters by year", async () => {
      const urls = await search(page, base, "上云", { 年度: "2021" });
      expect(urls).toContain(plan("suixi-jxj-2021", "m-10"));
      expect(urls.filter((u) => u.includes("/plans/")).every((u) => u.includes("suixi-jxj-2021"))).toBe(true);
    });

    it("shows results for ?q= in the search page, each a working link", async () => {
      const results = await browser.newPage();
      await results.goto(`${site.origin}${base}search/?q=${encodeURIComponent("僵尸企业")}`);
      await results.waitForSelector(".search-result h3 a");
      const hrefs = await results.$$eval(".search-result h3 a", (as) => as.map((a) => a.getAttribute("href")!));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.every((h) => h.startsWith(base))).toBe(true);
      const target = hrefs.find((h) => h.includes("#m-17"))!;
      expect(target).toBe(plan("suixi-jxj-2021", "m-17"));
      expect((await results.goto(`${site.origin}${target}`))?.status()).toBe(200);
      await results.screenshot({ path: `test-results/search-${distKey}.png` });
      await results.close();
    });

    /** Returns what the search page shows for a query: the measures' and the hub pages' links in order, the status, the suggestion, the results' text. */
    async function shown(query: string) {
      const p = await browser.newPage();
      await p.goto(`${site.origin}${base}search/?q=${encodeURIComponent(query)}`);
      await p.waitForFunction(() => !["", "正在搜索……"].includes(document.getElementById("search-status")?.textContent ?? ""));
      const out = await p.evaluate(() => ({
        measures: [...document.querySelectorAll("#search-measures:not([hidden]) .search-result h3 a")].map((a) => a.getAttribute("href")),
        pages: [...document.querySelectorAll("#search-pages:not([hidden]) .search-result h3 a")].map((a) => a.getAttribute("href")),
        status: document.getElementById("search-status")!.textContent,
        suggest: document.getElementById("search-suggest")!.textContent,
        text: document.querySelector(".search-found")!.textContent,
        labels: (() => {
          const copy = document.querySelector(".search-found")!.cloneNode(true) as Element;
          for (const quote of copy.querySelectorAll(".search-excerpt")) quote.remove(); // the quoted text is the page's, as written
          return copy.textContent;
        })(),
        order: [...document.querySelectorAll(".search-result h3 a")].map((a) => a.closest("section")!.id),
      }));
      await p.close();
      return out;
    }

    it("lists the measures that contain the query before the hub pages, in Chinese", async () => {
      const r = await shown("英科医疗");
      expect(r.measures).toEqual(expect.arrayContaining([plan("suixi-jxj-2021", "m-9"), plan("suixi-jxj-2021", "m-8"), plan("suixi-jxj-2022", "m-s2-4")]));
      expect(r.pages).toContain(`${base}entities/ying-ke-yi-liao/`);
      expect(r.order.indexOf("search-pages")).toBeGreaterThan(r.order.lastIndexOf("search-measures"));
      expect(r.labels).not.toMatch(/[A-Za-z]{3,}/); // no English label (Plan:, results …)
    });

    it("finds 第13条 新增规模工业企业 by 规上企业, saying which name found it", async () => {
      const r = await shown("规上企业");
      expect(r.measures).toContain(plan("suixi-jxj-2021", "m-13"));
      expect(r.measures.slice(0, 3)).toEqual(expect.arrayContaining([plan("suixi-jxj-2022", "p-1")]));
      expect(r.text).toContain("按本站的同义叫法找到");
    });

    it("says so when the whole query matches nothing, and offers the closest terms", async () => {
      for (const [query, near] of [["僵死企业", "僵尸企业"], ["专精特兴", "专精特新"]] as const) {
        const r = await shown(query);
        expect([r.measures, r.pages]).toEqual([[], []]);
        expect(r.status).toBe(`没有找到含有“${query}”的措施或页面。`);
        expect(r.suggest).toContain(near);
      }
    });

    it("finds no measure for 5G: *G is redacted and no editor's note says what it was", async () => {
      expect((await shown("5G")).measures).toEqual([]);
    });
  });

describe("search index scope", () => {
  it("indexes the plans the site publishes: readPlans, which the indexer runs beside Astro, gives each /data/plans/<id>.json", async () => {
    const { readPlans, DEFAULT_PATHS } = await import("../../src/io/read-source.ts");
    const plans = await readPlans(DEFAULT_PATHS);
    const dist = inject("dist");
    expect(plans.map((p) => p.id).sort()).toEqual(filesUnder(join(dist, "data", "plans"), ".json").map((f) => f.replace(/\.json$/, "")).sort());
    for (const plan of plans) expect({ formatVersion: 1, ...plan }).toStrictEqual(JSON.parse(readFileSync(join(dist, "data", "plans", `${plan.id}.json`), "utf8")));
  });

  it("hands Pagefind exactly the pages marked data-pagefind-body", async () => {
    const { INDEXED_PAGES } = await import("../../scripts/lib/search-index.mjs");
    const globs = INDEXED_PAGES.map((g) => new RegExp(`^${g.replaceAll(".", "\\.").replaceAll("**/", "(?:.+/)?").replaceAll("*", "[^/]*")}$`));
    const dist = inject("dist");
    const pages = filesUnder(dist, ".html");
    const marked = pages.filter((f) => readFileSync(join(dist, f), "utf8").includes("data-pagefind-body"));
    expect(marked.length).toBeGreaterThan(50);
    expect(pages.filter((f) => globs.some((g) => g.test(f)))).toEqual(marked);
  });
});
