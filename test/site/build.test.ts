import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { InsertedTextRun, Paragraph } from "docx";
import { copyProject, hashTree, ROOT, type ProjectCopy } from "../helpers/project.ts";
import { visibleText } from "../helpers/site.ts";
import { docxOf } from "../helpers/docx.ts";

let project: ProjectCopy;

beforeAll(async () => {
  project = copyProject();
  const revised = [new Paragraph({ children: [new InsertedTextRun({ id: 1, author: "张三", date: "2024-01-15T10:30:00Z", text: "测试数据：新增" })] })];
  writeFileSync(join(project.dir, "seeds/revised.docx"), await docxOf(revised)); // catalogued only by the case below
  copyFileSync(join(ROOT, "test/fixtures/plans/html.txt"), join(project.dir, "seeds/html.txt"));
  appendFileSync(join(project.dir, "data/plans.csv"), "html.txt,test-html,2019,测试：含 HTML 的文本,测试机构,,,,,,,,测试数据\n");
  const entities = join(project.dir, "data/entities.csv");
  writeFileSync(entities, readFileSync(entities, "utf8").replace(",鸿源煤化,企业,\n", "")); // so that the build proposes it
});
afterAll(() => project?.remove());

describe("npm run build", () => {
  it("publishes a plan full of HTML as inert text, every character shown", async () => {
    const { status, output } = await project.build();
    expect(status, output).toBe(0);
    expect(output).toContain("seeds/000_4d8b1ee954a7e0d1.txt:17:0: “鸿源煤化”可能是企业或项目，尚未登记在 data/entities.csv（原文：重点推进英科医疗、鸿源煤化等企业）");
    const html = readFileSync(join(project.dir, "dist/plans/test-html/index.html"), "utf8");
    const { document } = parseHTML(html);
    const main = document.querySelector("main")!;
    expect(main.querySelectorAll("script, a[href^='javascript']")).toHaveLength(0);
    expect(main.querySelector(".doc")!.querySelectorAll("img, b, i, style, svg")).toHaveLength(0); // the plan's text; the page's own charts (SVG with Plot's <style>) stand outside it
    expect(html).not.toMatch(/<script/i);
    const text = visibleText(html);
    for (const piece of ['<script>alert("x")</script>', "工作要点<b>加粗</b>", "<imgsrc=xonerror=alert(1)>", '<ahref="javascript:alert(1)">链接</a>&amp;&lt;&#60;', "<style>body{display:none}</style>"])
      expect(text).toContain(piece);
  });

  /** Each case: what is wrong, the file, how to break it (its text → the bad text), the exact error. */
  const cases: [string, string, (text: string) => string, string][] = [
    ["a missing file", "data/plans.csv", (t) => t.replace(/^html\.txt,test-html.*$/m, "gone.txt,test-gone,2019,标题,机构,,,,,,,,"), "data/plans.csv:4:1: 找不到文件“gone.txt”：请把它放进 seeds/ 文件夹，或改正文件名"],
    ["a duplicate plan id", "data/plans.csv", (t) => t.replace(/^html\.txt,test-html.*$/m, "html.txt,suixi-jxj-2021,2019,标题,机构,,,,,,,,"), "data/plans.csv:4:2: 编号“suixi-jxj-2021”重复（第 2 行已使用）"],
    ["a year that is not a year", "data/plans.csv", (t) => t.replace(/^html\.txt,test-html.*$/m, "html.txt,test-year,二〇一九,标题,机构,,,,,,,,"), "data/plans.csv:4:3: year：年度须为四位数字的年份，如 2023"],
    ["a misspelt indicator column", "data/indicators.csv", (t) => t.replace("category", "catgory"), "data/indicators.csv:1:0: 缺少列“category”"],
    ["an unknown indicator id", "data/indicator-values.csv", (t) => t.replace("new-champion-enterprises,2022", "champion-enterprises,2022"), "data/indicator-values.csv:9:1: 未知的指标编号“champion-enterprises”：请先在 data/indicators.csv 中登记"],
    ["a value that is not a number", "data/indicator-values.csv", (t) => t.replace(",26,家,", ",二十六,家,"), "data/indicator-values.csv:3:4: value：“二十六”不是数字（未公开的数值请填 X 或 *）"],
    ["a duplicate (indicator, year, kind)", "data/indicator-values.csv", (t) => t + t.split("\n")[1] + "\n", "data/indicator-values.csv:10:3: “industrial-value-added”2022 年的 actual 已在第 2 行填写"],
    ["an entity of an unknown kind", "data/entities.csv", (t) => t.replace(",英科手膜,项目,", ",英科手膜,工程,"), "data/entities.csv:4:3: kind：类型须为 企业、项目 或 园区"],
    ["a theme listed twice", "data/themes.csv", (t) => t.replace("\ngreen,", "\noperation,"), "data/themes.csv:9:1: 编号“operation”重复（第 2 行已使用）"],
    ["a Word document with tracked changes", "data/plans.csv", (t) => t.replace(/^html\.txt,test-html.*$/m, "revised.docx,test-revised,2019,标题,机构,,,,,,,,"), "seeds/revised.docx:0:0: 含修订记录（1 处：第 1 段“测试数据：新增”）。原文件将逐字节公开下载，请在 Word 中接受全部修订后另存"],
    ["a result for a year with no plan", "data/indicator-values.csv", (t) => t.replace("new-champion-enterprises,2022", "new-champion-enterprises,2020"), "data/indicator-values.csv:9:2: 2020 年没有已发布的计划（已有：2019、2021、2022）"],
  ];
  for (const [what, file, breakIt, error] of cases)
    it(`stops on ${what} with file:line:column, and leaves the last good dist/ untouched`, async () => {
      const before = hashTree(join(project.dir, "dist"));
      const good = readFileSync(join(project.dir, file), "utf8");
      writeFileSync(join(project.dir, file), breakIt(good));
      const { status, output } = await project.build();
      writeFileSync(join(project.dir, file), good);
      expect(status).not.toBe(0);
      expect(output).toContain(error);
      expect(output).toContain("构建失败");
      expect(output).not.toContain("index-plans.ts"); // the search indexer, failing on the same input, stays quiet
      expect(hashTree(join(project.dir, "dist"))).toBe(before);
    });
});
