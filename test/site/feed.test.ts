/** The Atom feed (RFC 4287) and robots.txt of both builds: the elements readers and crawlers require, every date from the data. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { DOMParser } from "linkedom";

const SITE = "https://www.example.gov.cn";
const BASE = "/xxgk/jhzj/";
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

const json = (dist: string, file: string) => JSON.parse(readFileSync(join(dist, "data", file), "utf8"));

/** Returns the dates the data state, from the open data: each plan's 成文日期 and 发布日期 (by its page's URL, as plans.json gives it), and the source dates of indicator values. */
function statedDates(dist: string): { byPage: Map<string, string | null>; all: string[] } {
  const plans = (json(dist, "plans.json") as { url: string; json: string }[]).map((p) => ({
    url: p.url,
    disclosure: JSON.parse(readFileSync(join(dist, p.json.replace(/^.*?\/data\//, "data/")), "utf8")).disclosure as { dateWritten: string | null; datePublished: string | null },
  }));
  const byPage = new Map(plans.map((p) => [p.url, p.disclosure.datePublished ?? p.disclosure.dateWritten]));
  const sources = (json(dist, "indicators.json") as { observations: { source: { date: string | null } }[] }[]).flatMap((i) => i.observations.map((o) => o.source.date));
  const all = [...plans.flatMap((p) => [p.disclosure.dateWritten, p.disclosure.datePublished]), ...sources].filter((d): d is string => d !== null);
  return { byPage, all };
}

/** Returns the IRI `s` is when it is absolute (a scheme, then more), else null. */
const absoluteIri = (s: string) => (/^[a-z][a-z0-9+.-]*:\S+$/i.test(s) ? s : null);

for (const [label, distKey, site] of [["at the root, no site URL", "dist", ""], ["under a base path with a site URL", "distBase", SITE + BASE]] as const)
  describe(`feed.xml ${label}`, () => {
    const dist = inject(distKey);
    const xml = readFileSync(join(dist, "feed.xml"), "utf8");
    const feed = (new DOMParser().parseFromString(xml, "text/xml") as unknown as Document).documentElement;
    const child = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);
    const text = (el: Element, name: string) => child(el, name).map((c) => c.textContent!.trim());
    const entries = child(feed, "entry");
    const { byPage, all } = statedDates(dist);

    it("is an Atom feed with an absolute id, a title, updated, an author and a self link", () => {
      expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
      expect(feed.localName).toBe("feed");
      expect(text(feed, "id")).toHaveLength(1);
      expect(absoluteIri(text(feed, "id")[0]!)).not.toBeNull();
      expect(text(feed, "title")).toEqual([expect.stringMatching(/.+/)]);
      expect(text(feed, "updated")).toEqual([expect.stringMatching(RFC3339)]);
      expect(child(feed, "author").map((a) => text(a, "name"))).toEqual([["濉溪县经济和信息化局"]]);
      expect(child(feed, "link").filter((l) => l.getAttribute("rel") === "self").map((l) => l.getAttribute("href"))).toEqual([`${site || "/"}feed.xml`]);
      if (site) expect(text(feed, "id")).toEqual([site]);
    });

    it("gives every entry one unique absolute id, a title, updated, an author and a link to the plan's page", () => {
      expect(entries).toHaveLength(2);
      const ids = entries.map((e) => text(e, "id"));
      expect(ids.every((i) => i.length === 1 && absoluteIri(i[0]!) !== null)).toBe(true);
      expect(new Set(ids.flat()).size).toBe(entries.length);
      for (const e of entries) {
        expect(text(e, "title")).toEqual([expect.stringMatching(/.+/)]);
        expect(text(e, "updated")).toEqual([expect.stringMatching(RFC3339)]);
        expect(child(e, "author").map((a) => text(a, "name"))).toEqual([["濉溪县经济和信息化局"]]);
      }
      const links = entries.map((e) => child(e, "link").filter((l) => l.getAttribute("rel") === "alternate").map((l) => l.getAttribute("href")));
      expect(links).toEqual([[`${site || "/"}plans/suixi-jxj-2022/`], [`${site || "/"}plans/suixi-jxj-2021/`]]); // newest first
      if (site) expect(ids.flat()).toEqual(links.flat());
      else expect(ids.flat().every((i) => i.startsWith("urn:uuid:"))).toBe(true);
    });

    it("invents no date: a plan's own date when the catalogue gives one, else the latest date the data state", () => {
      const latest = [...all].sort().at(-1)!;
      expect(latest).toBe("2023-01-12"); // the government work report in data/indicator-values.csv; the catalogue gives no plan a date
      expect(text(feed, "updated")).toEqual([`${latest}T00:00:00+08:00`]);
      for (const e of entries) {
        const page = child(e, "link")[0]!.getAttribute("href")!; // as plans.json gives its URL
        const own = byPage.get(page);
        expect(own, page).not.toBeUndefined();
        expect(text(e, "published"), page).toEqual(own ? [`${own}T00:00:00+08:00`] : []);
        expect(text(e, "updated"), page).toEqual([`${own ?? latest}T00:00:00+08:00`]);
      }
      const dates = [...xml.matchAll(/<(?:updated|published)>(\d{4}-\d{2}-\d{2})T/g)].map((m) => m[1]!);
      expect(dates.every((d) => all.includes(d))).toBe(true);
    });
  });

describe("robots.txt", () => {
  it("allows every crawler and names the sitemap when the site URL is set (and the sitemap exists)", () => {
    expect(readFileSync(join(inject("distBase"), "robots.txt"), "utf8")).toBe(`User-agent: *\nDisallow:\n\nSitemap: ${SITE}${BASE}sitemap.xml\n`);
    expect(readFileSync(join(inject("distBase"), "sitemap.xml"), "utf8")).toContain("<urlset");
  });

  it("allows every crawler and names no sitemap without a site URL (none is written)", () => {
    expect(readFileSync(join(inject("dist"), "robots.txt"), "utf8")).toBe("User-agent: *\nDisallow:\n");
    expect(() => readFileSync(join(inject("dist"), "sitemap.xml"))).toThrow();
  });
});
