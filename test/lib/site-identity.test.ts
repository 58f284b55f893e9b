import { describe, expect, it } from "vitest";
import { footerLines, planArticle, portalMeta, siteNames } from "../../src/lib/site-identity.ts";
import { NO_SITE_INFO } from "../../src/pipeline/site-info.ts";
import { careCopy, otherView, viewSwitchHtml } from "../../src/lib/care-view.mjs";

const plans = [{ issuer: "濉溪县经济和信息化局" }];

describe("siteNames(info, plans)", () => {
  it("falls back on the name the plans give when data/site.csv names nothing: the site is then its own website", () => {
    const names = siteNames(NO_SITE_INFO, plans);
    expect([names.name, names.website, names.title("指标"), names.title(names.name)]).toEqual(["濉溪县经济和信息化局年度工作计划", "濉溪县经济和信息化局年度工作计划", "指标 - 濉溪县经济和信息化局年度工作计划", "濉溪县经济和信息化局年度工作计划"]);
  });
  it("names the column, and the portal it is in, when the editor gives them; an unnamed website is not guessed", () => {
    const both = siteNames({ ...NO_SITE_INFO, siteName: "濉溪县人民政府", columnName: "年度工作计划" }, plans);
    expect([both.name, both.website, both.title("指标")]).toEqual(["年度工作计划", "濉溪县人民政府", "指标 - 年度工作计划 - 濉溪县人民政府"]);
    expect(siteNames({ ...NO_SITE_INFO, columnName: "年度工作计划" }, plans).website).toBeNull();
  });
});

describe("portalMeta(info, website, page)", () => {
  const article = planArticle({ issuer: "濉溪县经济和信息化局", disclosure: { datePublished: null, dateWritten: "2022-02-10", keywords: ["工作计划", "经信"] } as never }, "2022年工作计划", "全文");
  it("gives the tags government portals read, each only when its value is known", () => {
    expect(portalMeta(NO_SITE_INFO, null, { url: "/plans/x/" })).toEqual([]);
    expect(portalMeta({ ...NO_SITE_INFO, siteIdCode: "3406210001", columnName: "年度工作计划", columnKeywords: ["计划", "要点"] }, "濉溪县人民政府", { url: "https://www.suixi.gov.cn/plans/x/", siteUrl: new URL("https://www.suixi.gov.cn"), article })).toEqual([
      ["SiteName", "濉溪县人民政府"], ["SiteDomain", "www.suixi.gov.cn"], ["SiteIDCode", "3406210001"], ["ColumnName", "年度工作计划"], ["ColumnKeywords", "计划,要点"],
      ["ArticleTitle", "2022年工作计划"], ["PubDate", "2022-02-10"], ["ContentSource", "濉溪县经济和信息化局"], ["Keywords", "工作计划,经信"], ["Author", "濉溪县经济和信息化局"], ["Url", "https://www.suixi.gov.cn/plans/x/"],
    ]);
  });
  it("leaves PubDate out when the catalogue knows no date, rather than invent one", () => {
    const undated = planArticle({ issuer: "局", disclosure: { datePublished: null, dateWritten: null, keywords: null } as never }, "计划", "全文");
    expect(portalMeta(NO_SITE_INFO, null, { url: "/p/", article: undated }).map(([n]) => n)).toEqual(["ArticleTitle", "ContentSource", "Author", "Url"]);
  });
});

describe("footerLines(info)", () => {
  it("lists what is given, the ICP number linked to the registry", () => {
    expect(footerLines(NO_SITE_INFO)).toEqual([]);
    expect(footerLines({ ...NO_SITE_INFO, sponsor: "濉溪县人民政府办公室", icp: "皖ICP备05002478号" })).toEqual([
      { label: "主办单位", value: "濉溪县人民政府办公室" },
      { label: "ICP备案号", value: "皖ICP备05002478号", href: "https://beian.miit.gov.cn/" },
    ]);
  });
});

describe("the 长辈版 (care view): the same pages under care/", () => {
  const base = "/xxgk/jhzj/";
  const page = `<!DOCTYPE html><html lang="zh-CN"><head><link rel="stylesheet" href="/xxgk/jhzj/_astro/a.css"><link rel="canonical" href="https://www.example.gov.cn/xxgk/jhzj/plans/x/"></head><body>`
    + `<a class="site-skip" href="#main">跳到正文</a><div class="portal-header"><a href="/">门户首页</a><a href="/xxgk/jhzj/">本栏目</a></div>`
    + `${viewSwitchHtml(otherView(base, "/xxgk/jhzj/plans/x/", true), true)}<form action="/xxgk/jhzj/search/"></form>`
    + `<main data-pagefind-body="" data-pagefind-filter="类别:指标"><a href="/xxgk/jhzj/plans/y/#m-3">第 3 条</a><a href="/xxgk/jhzj/data/plans/x.json">JSON</a><a href="/xxgk/jhzj/sources/a%20b.txt">原文</a><a href="/xxgk/jhzj/feed.xml">订阅</a><a href="https://beian.miit.gov.cn/">皖ICP备</a><p>href="/xxgk/jhzj/" 是文字</p></main></body></html>`;

  it("points links to pages into care/, leaves files, other sites and in-page anchors alone, and turns the switch round", () => {
    const care = careCopy(page, base);
    expect(care).toContain('<html lang="zh-CN" class="care">');
    expect([...care.matchAll(/ (?:href|action)="([^"]*)"/g)].map((m) => m[1])).toEqual([
      "/xxgk/jhzj/_astro/a.css", "https://www.example.gov.cn/xxgk/jhzj/plans/x/", "#main", "/", "/xxgk/jhzj/care/", "/xxgk/jhzj/plans/x/", "/xxgk/jhzj/care/search/",
      "/xxgk/jhzj/care/plans/y/#m-3", "/xxgk/jhzj/data/plans/x.json", "/xxgk/jhzj/sources/a%20b.txt", "/xxgk/jhzj/feed.xml", "https://beian.miit.gov.cn/",
    ]);
    expect(care).toContain(">标准版</a>");
    expect(care).not.toContain("data-pagefind");
    expect(care).toContain('<p>href="/xxgk/jhzj/" 是文字</p>'); // text is not an attribute
  });

  it("refuses a page without the switch, and one that is not this site's", () => {
    expect(() => careCopy(page.replace(/<a class="view-switch"[^>]*>长辈版<\/a>/, ""), base)).toThrow("this one has 0");
    expect(() => careCopy("<html><body></body></html>", base)).toThrow("not a page of this site");
  });

  it("finds the other view's address both ways", () => {
    expect([otherView("/", "/plans/x/", true), otherView("/", "/care/plans/x/", false), otherView("/", "/", true), otherView(base, "/xxgk/jhzj/care/", false)]).toEqual(["/care/plans/x/", "/plans/x/", "/care/", "/xxgk/jhzj/"]);
  });
});
