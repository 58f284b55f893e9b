import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { filesUnder, linkedStylesheets } from "../helpers/site.ts";

const dist = inject("dist");
/** Budgets every build keeps on the committed seeds (see README). */
const PLAN_PAGE_GZIP_BUDGET = 60 * 1024;

describe("page budgets", () => {
  const pages = filesUnder(dist, ".html");

  it("ships 0 bytes of JavaScript on content pages: no script element, no .js file but the search index's", () => {
    for (const page of pages.filter((p) => p !== "search/index.html" && p !== "care/search/index.html")) expect(readFileSync(join(dist, page), "utf8"), page).not.toMatch(/<script/i);
    expect(filesUnder(dist, ".js").every((f) => f.startsWith("pagefind/"))).toBe(true);
  });

  it(`keeps every plan page's HTML with its CSS under ${PLAN_PAGE_GZIP_BUDGET / 1024} KB gzip`, () => {
    const planPages = pages.filter((p) => /^plans\/[^/]+\/index\.html$/.test(p));
    expect(planPages.length).toBeGreaterThan(0);
    for (const page of planPages) {
      const html = readFileSync(join(dist, page));
      const css = linkedStylesheets(dist, page, html.toString("utf8"));
      expect(css.length, `${page} links the site's stylesheet`).toBeGreaterThan(0);
      expect(gzipSync(Buffer.concat([html, ...css.map((f) => readFileSync(f))])).length, page).toBeLessThan(PLAN_PAGE_GZIP_BUDGET);
    }
  });

  it("makes every page valid UTF-8 with lang=\"zh-CN\"", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    for (const page of pages) {
      const html = strict.decode(readFileSync(join(dist, page)));
      expect(html, page).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/i);
    }
  });
});
