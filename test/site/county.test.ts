// A county's site: the synthetic corpus of two bureaus' plans over twenty years (support/synthetic), built
// as `npm run bench` builds it. The pages that list every year stay readable: one column, one dot and
// one link group per year or bureau, and nothing wider than the screen.
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { generateCorpus, seedMaterial } from "../../support/synthetic/corpus.ts";
import { writeProject } from "../../support/synthetic/write-project.ts";
import { buildEnv } from "../setup/build-site.ts";
import { launchBrowser, serveSite } from "../helpers/browser.ts";
import { ROOT, runNode } from "../helpers/project.ts";

const material = seedMaterial(readFileSync(join(ROOT, "seeds/000_4d8b1ee954a7e0d1.txt"), "utf8"), readFileSync(join(ROOT, "seeds/001_63bf615f332166d9.txt"), "utf8"));
const corpus = generateCorpus(material, 40, 3);
const dir = join(ROOT, ".build", "test-county");
const dist = join(dir, "dist");
const page = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
const years = [...new Set(corpus.plans.map((p) => p.year))];
const issuers = [...new Set(corpus.plans.map((p) => p.issuer))];

beforeAll(async () => {
  writeProject(dir, corpus);
  const run = await runNode(["scripts/build.mjs"], dir, buildEnv());
  if (run.status !== 0) throw new Error(run.output);
}, 420_000); // a 40-plan build, run beside the other site files' builds on two cores
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a county's site: two bureaus, twenty years", () => {
  it("is the corpus it says", () => {
    expect([issuers.length, years.length]).toEqual([2, 20]);
  });

  it("lists each bureau's comparisons on /compare/ as a group of year links, not a card each", () => {
    const html = page("compare");
    expect(count(html, /<section class="issuer-pairs"/g)).toBe(2);
    for (const issuer of issuers) expect(html).toContain(`${issuer}（19 组）</h2>`);
    expect(count(html, /<li class="card">/g)).toBe(0);
  });

  it("lists each bureau's plans on /plans/ as a group of links, newest first", () => {
    const html = page("plans");
    expect(count(html, /<section class="issuer-pairs"/g)).toBe(2);
    const first = corpus.plans.filter((p) => p.issuer === issuers[0]).sort((a, b) => b.year - a.year);
    expect(html).toContain(`${issuers[0]}（20 份）</h2>`);
    expect(html).toContain(`<a href="/plans/${first[0]!.id}/">${first[0]!.title.replace(issuers[0]!, "")}</a>`);
  });

  it("draws one dot per theme and year on /compare/, the bureaus summed as in the table, and leaves the numbers to the table", () => {
    const html = page("compare");
    const chart = html.slice(html.indexOf('<div class="chart-wide">'), html.indexOf('<div class="chart-narrow">'));
    const dots = count(chart, /<circle /g);
    expect(dots).toBeGreaterThan(12 * 20 * 0.5);
    expect(dots).toBeLessThanOrEqual(12 * 20); // not 12 × 40: one per year, not per plan
    expect(count(chart, /<text /g)).toBeLessThan(12 + 20); // axis labels only
    expect(html).toContain("年度较多，数字见下表");
    expect(html).toContain(`同一年度为${[...issuers].sort().join("、")}的计划合计`); // the bureaus summed, named
  });

  it("gives /themes/ a column per year, however many plans each year has", () => {
    const head = page("themes").match(/<thead>([\s\S]*?)<\/thead>/)![1]!;
    expect(count(head, /<th scope="col">/g)).toBe(years.length + 2);
    expect(page("themes")).toContain("表中每个年度是该年各份计划的措施数之和");
  });

  it("gives each bureau's office its own page, listing that bureau's plans only, and groups /offices/ by bureau", () => {
    const issuerOf = new Map(corpus.plans.map((p) => [p.id, p.issuer]));
    const slugs = readdirSync(join(dist, "offices"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const planIds = [...page(`offices/${slug}`).matchAll(/<h2 id="y-([^"]+)">/g)].map((m) => m[1]!);
      expect(new Set(planIds.map((id) => issuerOf.get(id))).size, slug).toBe(1);
    }
    // the seeds' office names recur in both bureaus' synthetic plans: /offices/ lists each bureau's under its name
    const index = page("offices");
    expect(count(index, /<section class="issuer-pairs"/g)).toBe(2);
    for (const issuer of issuers) expect(index).toMatch(new RegExp(`>${issuer}（\\d+ 个股室）</h2>`));
    expect(count(index, /<table class="offices-table/g)).toBe(0);
  });

  it("keeps every page that lists the years within the screen at 1280 and 360 px (wide tables scroll inside the page)", async () => {
    let browser: Browser | undefined;
    const site = await serveSite(dist);
    try {
      browser = await launchBrowser();
      for (const width of [1280, 360])
        for (const path of ["/compare/", "/themes/", "/offices/", "/plans/"]) {
          const tab = await browser.newPage({ viewport: { width, height: 800 } });
          await tab.goto(site.origin + path);
          const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} at ${width} px`).toBe(0);
          await tab.close();
        }
    } finally {
      await browser?.close();
      await site.close();
    }
  }, 60_000);
});
