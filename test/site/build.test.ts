import { appendFileSync, copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { copyProject, hashTree, ROOT, type ProjectCopy } from "../helpers/project.ts";
import { visibleText } from "../helpers/site.ts";

let project: ProjectCopy;
let catalogue: string;

beforeAll(() => {
  project = copyProject();
  copyFileSync(join(ROOT, "test/fixtures/plans/html.txt"), join(project.dir, "seeds/html.txt"));
  appendFileSync(join(project.dir, "data/plans.csv"), "html.txt,test-html,2019,测试：含 HTML 的文本,测试机构,,,,,,,,测试数据\n");
  catalogue = readFileSync(join(project.dir, "data/plans.csv"), "utf8");
});
afterAll(() => project?.remove());

describe("npm run build", () => {
  it("publishes a plan full of HTML as inert text, every character shown", () => {
    const { status, output } = project.build();
    expect(status, output).toBe(0);
    const html = readFileSync(join(project.dir, "dist/plans/test-html/index.html"), "utf8");
    const { document } = parseHTML(html);
    const main = document.querySelector("main")!;
    expect(main.querySelectorAll("script, img, b, i, style, a[href^='javascript']")).toHaveLength(0);
    expect(html).not.toMatch(/<script/i);
    const text = visibleText(html);
    for (const piece of ['<script>alert("x")</script>', "工作要点<b>加粗</b>", "<imgsrc=xonerror=alert(1)>", '<ahref="javascript:alert(1)">链接</a>&amp;&lt;&#60;', "<style>body{display:none}</style>"])
      expect(text).toContain(piece);
  });

  for (const [what, row, error] of [
    ["a missing file", "gone.txt,test-gone,2019,标题,机构,,,,,,,,", "data/plans.csv:4:1: 找不到文件“gone.txt”：请把它放进 seeds/ 文件夹，或改正文件名"],
    ["a duplicate id", "html.txt,suixi-jxj-2021,2019,标题,机构,,,,,,,,", "data/plans.csv:4:2: 编号“suixi-jxj-2021”重复（第 2 行已使用）"],
    ["a year that is not a year", "html.txt,test-year,二〇一九,标题,机构,,,,,,,,", "data/plans.csv:4:3: year：年度须为四位数字的年份，如 2023"],
  ] as const)
    it(`stops on ${what} with file:line:column, and leaves the last good dist/ untouched`, () => {
      const before = hashTree(join(project.dir, "dist"));
      writeFileSync(join(project.dir, "data/plans.csv"), catalogue.replace(/^html\.txt,test-html.*$/m, row));
      const { status, output } = project.build();
      writeFileSync(join(project.dir, "data/plans.csv"), catalogue);
      expect(status).not.toBe(0);
      expect(output).toContain(error);
      expect(output).toContain("构建失败");
      expect(hashTree(join(project.dir, "dist"))).toBe(before);
    });
});
