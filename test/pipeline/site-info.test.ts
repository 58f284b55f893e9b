import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/pipeline/csv.ts";
import { NO_SITE_INFO, readSiteInfo } from "../../src/pipeline/site-info.ts";
import { checkPortalFragment } from "../../src/pipeline/portal.ts";
import { loadSiteIdentity } from "../../src/io/site-identity.ts";
import { errorsOf, problemsOf } from "../helpers/errors.ts";
import { ROOT } from "../helpers/project.ts";

const csv = (text: string) => readCsv(new TextEncoder().encode(text), "data/site.csv");

describe("readSiteInfo(table): data/site.csv, 字段,值", () => {
  it("reads the fields an editor fills in; a field left empty or out is null, never guessed", () => {
    const info = readSiteInfo(csv([
      "字段,值", "网站名称,濉溪县人民政府", "栏目名称,年度工作计划", "栏目关键词,工作计划、工作要点", "网站标识码,3406210001",
      "ICP备案号,皖ICP备05002478号-1", "公安机关备案号,皖公网安备 34062102000123号", "网站域名,www.suixi.gov.cn", "主办单位,", "默认行政区划,濉溪县",
    ].join("\r\n")));
    expect(info).toEqual({
      ...NO_SITE_INFO, siteName: "濉溪县人民政府", columnName: "年度工作计划", columnKeywords: ["工作计划", "工作要点"], siteIdCode: "3406210001",
      icp: "皖ICP备05002478号-1", police: "皖公网安备 34062102000123号", domain: "www.suixi.gov.cn", defaultJurisdiction: "濉溪县",
    });
    expect(Object.values(NO_SITE_INFO).every((v) => v === null)).toBe(true);
    expect(readSiteInfo(csv("字段,值\n"))).toEqual(NO_SITE_INFO);
  });

  it("reads the committed data/site.csv, which claims nothing it does not know", async () => {
    expect((await loadSiteIdentity({ site: join(ROOT, "data/site.csv"), portal: join(ROOT, "portal") })).info).toEqual(NO_SITE_INFO);
  });

  it("stops on an unknown field name, a field given twice and a value of the wrong form, each at file:line:column", () => {
    expect(errorsOf(() => readSiteInfo(csv("字段,值\n网站名称,甲\n栏目名字,乙\n网站名称,丙\n网站标识码,12345\n网站域名,https://www.suixi.gov.cn/\nICP备案号,05002478\n")))).toEqual([
      "data/site.csv:3:1: 未知的字段“栏目名字”，应为：网站名称、栏目名称、栏目描述、栏目关键词、栏目类型、主办单位、承办单位、联系方式、网站标识码、ICP备案号、公安机关备案号、网站域名、默认行政区划",
      "data/site.csv:4:1: 字段“网站名称”重复（第 2 行已填写）：每个字段只填一行",
      "data/site.csv:5:2: 网站标识码：“12345”不是 10 位字母或数字：网站标识码由政府网站主管单位分配，如 3406210001；不知道就留空",
      "data/site.csv:6:2: 网站域名：“https://www.suixi.gov.cn/”不是域名：只写域名，如 www.suixi.gov.cn，不要 https:// 和路径",
      "data/site.csv:7:2: ICP备案号：“05002478”不像备案号：应写成“皖ICP备12345678号”或“皖ICP备12345678号-1”；不知道就留空",
    ]);
  });

  it("stops on a header that is not 字段,值", () => {
    expect(errorsOf(() => readSiteInfo(csv("名称,内容\n网站名称,甲\n")))).toEqual([
      "data/site.csv:1:1: 未知的列名“名称”，应为：字段、值",
      "data/site.csv:1:2: 未知的列名“内容”，应为：字段、值",
      "data/site.csv:1:0: 缺少列“字段”",
      "data/site.csv:1:0: 缺少列“值”",
    ]);
  });

  it("reads a file saved by Excel in GBK as well as UTF-8", () => {
    const bytes = iconv.encode("字段,值\r\n栏目名称,年度工作计划\r\n主办单位,濉溪县人民政府办公室\r\n", "gbk");
    expect(readSiteInfo(readCsv(bytes, "data/site.csv"))).toMatchObject({ columnName: "年度工作计划", sponsor: "濉溪县人民政府办公室" });
  });
});

describe("loadSiteIdentity(paths): data/site.csv and portal/ from disk", () => {
  const dir = mkdtempSync(join(tmpdir(), "site-identity-"));
  const paths = { site: join(dir, "data", "site.csv"), portal: join(dir, "portal") };

  it("knows nothing and gives no chrome when neither data/site.csv nor portal/ is there", async () => {
    expect(await loadSiteIdentity(paths)).toEqual({ info: NO_SITE_INFO, portal: { header: null, footer: null }, notes: [] });
  });

  it("reads the fragments as they are (GBK too), says a <script> in one keeps the pages from being script-free, and refuses a link", async () => {
    mkdirSync(join(dir, "portal"), { recursive: true });
    writeFileSync(join(dir, "portal", "header.html"), iconv.encode('<div class="top"><a href="/">濉溪县人民政府</a></div>\n<script src="/js/date.js"></script>\n', "gbk"));
    const identity = await loadSiteIdentity(paths);
    expect(identity.portal).toEqual({ header: '<div class="top"><a href="/">濉溪县人民政府</a></div>\n<script src="/js/date.js"></script>\n', footer: null });
    expect(identity.notes.map((n) => `${n.file}:${n.line}:${n.column}`)).toEqual([`${paths.portal}/header.html:2:1`]);
    symlinkSync("/etc/hostname", join(dir, "portal", "footer.html"));
    expect(await problemsOf(() => loadSiteIdentity(paths))).toEqual([`${paths.portal}/footer.html:0:0: 是一个链接（快捷方式），不是文件本身：只读取普通文件，请把文件本身放进来`]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("checkPortalFragment(html, file): what a fragment of the portal may not hold", () => {
  const problems = (html: string) => checkPortalFragment(html, "portal/header.html").problems.map((p) => `${p.line}:${p.column}: ${p.reason}`);

  it("takes absolute, root-relative, in-page and scheme addresses, and ignores what is commented out", () => {
    expect(problems('<a href="/">首页</a><a href="https://www.gov.cn/">中国政府网</a><a href="#top">顶部</a><img src="//cdn.example.cn/logo.png" srcset="/a.png 1x, /b.png 2x"><a href="mailto:x@y.cn">信箱</a><!-- <a href="old/">旧</a> --><div style="background:url(/bg.png)"></div>')).toEqual([]);
  });

  it("refuses a relative address (it points elsewhere on /plans/x/ than on /), a <base> and a whole document, at line and column", () => {
    expect(problems('<nav>\n  <a href="index.html">首页</a> <img src=\'images/logo.png\'>\n</nav>')).toEqual([
      "2:12: 相对地址“index.html”在本站不同层级的页面上会指向不同的地方：请写成以 / 开头的地址（如 /index.html）或完整网址（https://…）",
      "2:41: 相对地址“images/logo.png”在本站不同层级的页面上会指向不同的地方：请写成以 / 开头的地址（如 /images/logo.png）或完整网址（https://…）",
    ]);
    expect(problems('<div style="background: url(../img/bg.png)"></div>')[0]).toContain("相对地址“../img/bg.png”");
    expect(problems('<base href="/portal/"><a href="/">首页</a>')).toEqual(["1:1: 含 <base> 元素：它会改变本站每个链接指向的地方，请删除"]);
    expect(problems("<!DOCTYPE html>\n<html><body><div>页头</div></body></html>")[0]).toMatch(/^1:1: 应是一段 HTML 片段/);
    expect(problems("  \n")).toEqual(["0:0: 文件是空的：不需要门户的页头或页尾时，请删除这个文件"]);
  });
});
