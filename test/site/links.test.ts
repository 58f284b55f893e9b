import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parseHTML } from "linkedom";
import { brokenLinks } from "../helpers/links.ts";
import { filesUnder, readPage } from "../helpers/site.ts";

const BASE = "/xxgk/jhzj/";
const SITE = "https://www.example.gov.cn";

describe("links in the built site", () => {
  it("has no broken internal link, asset or #anchor at the root", () => {
    expect(brokenLinks(inject("dist"), "/")).toEqual([]);
  });

  it("has no broken internal link, asset or #anchor under the base path /xxgk/jhzj/, and none escapes it", () => {
    expect(brokenLinks(inject("distBase"), BASE, SITE)).toEqual([]);
  });

  it("reports a missing file, a missing #anchor and a link escaping the base path", () => {
    const dir = mkdtempSync(join(tmpdir(), "links-"));
    mkdirSync(join(dir, "a"));
    writeFileSync(join(dir, "a", "index.html"), '<p id="x"></p><a href="#x">ok</a><a href="#y">bad anchor</a><a href="../b/">no page</a><a href="/elsewhere/">outside</a><a href="https://example.org/">other site</a>');
    expect(brokenLinks(dir, "/base/")).toEqual(["a/index.html → #y (no #y)", "a/index.html → ../b/ (no file)", "a/index.html → /elsewhere/ (outside /base/)"]);
    rmSync(dir, { recursive: true });
  });
});

describe("discovery under a base path and a site URL", () => {
  const dist = inject("distBase");

  it("gives every page a canonical URL under the site and base path", () => {
    const { document } = parseHTML(readPage(dist, "plans/suixi-jxj-2021/"));
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`${SITE}${BASE}plans/suixi-jxj-2021/`);
    const care = parseHTML(readPage(dist, "care/plans/suixi-jxj-2021/")).document; // the 长辈版's copy names the standard page as the one to index
    expect(care.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(`${SITE}${BASE}plans/suixi-jxj-2021/`);
    expect(document.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute("href")).toBe(`${BASE}feed.xml`);
  });

  it("lists every page but the 404 and the 长辈版's copies (care/) in sitemap.xml, with absolute URLs", () => {
    const locs = [...readFileSync(join(dist, "sitemap.xml"), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBe(filesUnder(dist, "index.html").filter((f) => !f.startsWith("care/")).length);
    expect(locs).toContain(`${SITE}${BASE}`);
    expect(locs).toContain(`${SITE}${BASE}plans/suixi-jxj-2022/`);
    expect(locs.every((l) => l!.startsWith(`${SITE}${BASE}`))).toBe(true);
  });

  it("publishes an Atom feed of the plans, newest first, with absolute links and no invented dates", () => {
    const feed = readFileSync(join(dist, "feed.xml"), "utf8");
    expect([...feed.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"\/>\n    <summary>/g)].map((m) => m[1])).toEqual([
      `${SITE}${BASE}plans/suixi-jxj-2022/`, `${SITE}${BASE}plans/suixi-jxj-2021/`,
    ]);
    expect(feed).not.toContain("<published>"); // the catalogue knows no publication date for either seed (test/site/feed.test.ts)
    expect(feed).toContain('xml:lang="zh-CN"');
  });
});
