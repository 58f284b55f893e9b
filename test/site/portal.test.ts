// The site as a column of a county portal: data/site.csv says who runs it, portal/header.html and footer.html
// (the portal team's fragments, test/fixtures/portal/) replace the site's own header and footer, under a base path.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import type { Browser } from "playwright-core";
import { copyProject, ROOT, runNode, type ProjectCopy, type RunResult } from "../helpers/project.ts";
import { buildEnv } from "../setup/build-site.ts";
import { brokenLinks } from "../helpers/links.ts";
import { readPage } from "../helpers/site.ts";
import { launchBrowser, serveSite } from "../helpers/browser.ts";

const BASE = "/xxgk/jhzj/";
const SITE = "https://www.example.gov.cn";
const FIXTURES = join(ROOT, "test/fixtures/portal");
const SITE_CSV = [
  "字段,值", "网站名称,示例县人民政府", "栏目名称,年度工作计划", "栏目描述,示例县各部门历年年度工作计划全文", "栏目关键词,工作计划、工作要点",
  "栏目类型,信息公开", "主办单位,示例县人民政府办公室", "承办单位,示例县数据资源管理局", "联系方式,0000-0000000", "网站标识码,ZZ00000001",
  "ICP备案号,示ICP备00000000号", "公安机关备案号,示公网安备 00000000000000号", "网站域名,www.example.gov.cn", "默认行政区划,示例县",
].join("\r\n");
const PAGES = ["", "plans/suixi-jxj-2021/", "indicators/industrial-value-added/", "compare/suixi-jxj-2021-suixi-jxj-2022/", "search/", "404.html"];
/** The portal's own addresses in the fixtures: on the same site but outside the column, served by the portal, not by this site. */
const PORTAL_ADDRESSES = ["/", "/zwgk/", "/about/", `${SITE}/`, `${SITE}/hdjl/`];

let portal: ProjectCopy; // portal/ and data/site.csv, under BASE with SITE
let plain: ProjectCopy; // data/site.csv only, at the root
const runs: RunResult[] = [];
beforeAll(async () => {
  [portal, plain] = [copyProject(), copyProject()];
  mkdirSync(join(portal.dir, "portal"));
  for (const f of ["header.html", "footer.html"]) copyFileSync(join(FIXTURES, f), join(portal.dir, "portal", f));
  for (const p of [portal, plain]) writeFileSync(join(p.dir, "data/site.csv"), SITE_CSV);
  runs.push(...(await Promise.all([runNode(["scripts/build.mjs"], portal.dir, buildEnv({ BASE_PATH: BASE, SITE_URL: SITE })), plain.build()])));
});
afterAll(() => {
  portal?.remove();
  plain?.remove();
});

describe("a column of the county portal: portal/header.html and footer.html, under /xxgk/jhzj/", () => {
  const dist = () => join(portal.dir, "dist");
  const header = readFileSync(join(FIXTURES, "header.html"), "utf8");
  const footer = readFileSync(join(FIXTURES, "footer.html"), "utf8");

  it("builds", () => expect(runs.map((r) => r.status), runs.map((r) => r.output.slice(-2000)).join("\n")).toEqual([0, 0]));

  for (const page of [...PAGES, ...PAGES.map((p) => `care/${p}`)])
    it(`/${page}: the portal's header and footer, as given, in place of the site's; the column's navigation and note stay`, () => {
      const html = readPage(dist(), page);
      const care = page.startsWith("care/");
      // in the care view, the portal's link to the column leads to the column's care view
      expect(html).toContain(`<div class="portal-header">${care ? header.replace('href="/xxgk/jhzj/"', 'href="/xxgk/jhzj/care/"') : header}</div>`);
      expect(html).toContain(`<div class="portal-footer">${footer}</div>`);
      const { document } = parseHTML(html);
      expect(document.querySelector("header.site-header, footer.site-footer")).toBeNull();
      expect(document.querySelector(".site > .column-bar nav.site-nav")?.getAttribute("aria-label")).toBe("栏目导航");
      expect(document.querySelector(".site > .column-note")?.textContent).toContain("本站内容按原文逐字公开");
      expect(document.querySelector(".site-identity")).toBeNull(); // the portal's footer carries 主办单位 and the numbers
      // order: skip link, the portal's header, this site, the portal's footer
      expect([...document.body.children].map((e) => e.className)).toEqual(["site-skip", "portal-header", "site", "portal-footer"]);
      expect(document.querySelector("a.view-switch")?.textContent).toBe(care ? "标准版" : "长辈版");
    });

  it("leaves the printable summary an A4 sheet, without the portal's chrome", () => {
    expect(readPage(dist(), "plans/suixi-jxj-2021/print/")).not.toContain("portal-header");
  });

  it("resolves every link and asset of the column under the base path, in both views; only the portal's own addresses lead outside it", () => {
    const broken = brokenLinks(dist(), BASE, SITE);
    const portalOwn = broken.filter((b) => PORTAL_ADDRESSES.some((a) => b.endsWith(`→ ${a} (outside ${BASE})`)));
    expect(broken.filter((b) => !portalOwn.includes(b))).toEqual([]);
    expect(new Set(portalOwn.map((b) => b.split(" → ")[1]))).toEqual(new Set(PORTAL_ADDRESSES.map((a) => `${a} (outside ${BASE})`)));
    const { document } = parseHTML(readPage(dist(), "care/plans/suixi-jxj-2021/"));
    expect(document.querySelector('.portal-nav a[href="/xxgk/jhzj/care/"]')?.textContent).toBe("年度工作计划"); // the portal's link to the column keeps the care view
    expect(document.querySelector('link[rel="stylesheet"]')?.getAttribute("href")).toMatch(/^\/xxgk\/jhzj\/_astro\/.+\.css$/);
  });

  it("gives a plan's pages the <meta> tags portals and their harvesters read, the address absolute", () => {
    const metaOf = (page: string) => Object.fromEntries([...parseHTML(readPage(dist(), page)).document.querySelectorAll("meta[name]")].map((m) => [m.getAttribute("name"), m.getAttribute("content")]));
    const site = { SiteName: "示例县人民政府", SiteDomain: "www.example.gov.cn", SiteIDCode: "ZZ00000001", ColumnName: "年度工作计划", ColumnDescription: "示例县各部门历年年度工作计划全文", ColumnKeywords: "工作计划,工作要点", ColumnType: "信息公开" };
    expect(metaOf("indicators/")).toMatchObject(site);
    expect(metaOf("indicators/")).not.toHaveProperty("ArticleTitle");
    const plan = metaOf("plans/suixi-jxj-2021/");
    expect(plan).toMatchObject({ ...site, ArticleTitle: "濉溪县经济和信息化局2021年工作要点", ContentSource: "濉溪县经济和信息化局", Author: "濉溪县经济和信息化局", Url: `${SITE}${BASE}plans/suixi-jxj-2021/` });
    expect(plan.Description).toContain("濉溪县经济和信息化局2021年度工作计划全文");
    expect(plan).not.toHaveProperty("description"); // one description, spelt as the harvesters read it
    expect(plan).not.toHaveProperty("PubDate"); // the catalogue knows no date for the seeds: none is invented
    expect(plan).not.toHaveProperty("Keywords");
    expect(metaOf("plans/suixi-jxj-2022/print/")).toMatchObject({ ArticleTitle: "濉溪县经济和信息化局2022年工作计划（年度摘要）", Url: `${SITE}${BASE}plans/suixi-jxj-2022/print/` });
    expect(parseHTML(readPage(dist(), "indicators/")).document.querySelector("title")?.textContent).toBe("指标：目标与结果 - 年度工作计划 - 示例县人民政府");
  });
});

describe("in Chromium: the portal's chrome and the column's styles leave each other alone", () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveSite>>;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveSite(join(portal.dir, "dist"), BASE)]);
    mkdirSync(join(ROOT, "test-results"), { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const width of [1280, 360])
    for (const view of ["", "care/"])
      it(`/${view}plans/suixi-jxj-2021/ at ${width} px: the portal's reset does not reach the column, the column's rules do not reach the portal, no horizontal scroll`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(`${site.origin}${BASE}${view}plans/suixi-jxj-2021/`);
        const styles = await page.evaluate(() => {
          const css = (selector: string) => getComputedStyle(document.querySelector(selector)!);
          return {
            portalLink: [css(".portal-nav a").color, css(".portal-nav a").textDecorationLine, css(".portal-nav a").fontSize, css(".portal-top h1").fontSize],
            columnText: [css(".measure p").fontSize, css(".doc h2, main h2").fontSize !== "14px", css(".crumbs a").textDecorationLine, css(".site p").marginBottom !== "0px"],
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          };
        });
        expect(styles.portalLink).toEqual(["rgb(255, 255, 255)", "none", "15px", "22px"]);
        expect(styles.columnText).toEqual([view ? "22px" : "18px", true, "underline", true]);
        expect(styles.overflow).toBe(0);
        await page.screenshot({ path: join(ROOT, `test-results/portal-${view ? "care-" : ""}${width}.png`), fullPage: false });
        await page.close();
      });
});

describe("data/site.csv without the portal's chrome: the site's own footer names who runs it", () => {
  const dist = () => join(plain.dir, "dist");
  it("lists the sponsor, organiser, contact and numbers given, the ICP number linked to the registry, and names the column and portal", () => {
    const { document } = parseHTML(readPage(dist(), "plans/suixi-jxj-2021/"));
    expect([...document.querySelectorAll("footer.site-footer .site-identity li")].map((li) => li.textContent)).toEqual([
      "主办单位：示例县人民政府办公室", "承办单位：示例县数据资源管理局", "联系方式：0000-0000000", "网站标识码：ZZ00000001", "ICP备案号：示ICP备00000000号", "公安机关备案号：示公网安备 00000000000000号",
    ]);
    expect(document.querySelector('.site-identity a[href="https://beian.miit.gov.cn/"]')?.textContent).toBe("示ICP备00000000号");
    expect(document.querySelector("header.site-header .site-name")?.textContent).toBe("年度工作计划");
    expect(document.querySelector("title")?.textContent).toBe("濉溪县经济和信息化局2021年工作要点 - 年度工作计划 - 示例县人民政府");
    expect(document.querySelector('meta[name="Url"]')?.getAttribute("content")).toBe("/plans/suixi-jxj-2021/"); // no SITE_URL: the path
  });
});
