import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Paragraph, TextRun } from "docx";
import { copyProject, ROOT, type ProjectCopy } from "../helpers/project.ts";
import { docxOf } from "../helpers/docx.ts";

const tsx = resolve(ROOT, "node_modules/.bin/tsx");
const check = (cwd: string) => {
  const run = spawnSync(tsx, ["scripts/check.ts"], { cwd, encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
};
let project: ProjectCopy | undefined;
let hidden: ProjectCopy | undefined;
afterAll(() => [project, hidden].forEach((p) => p?.remove()));

describe("npm run check", () => {
  it("reports, for the seeds, the withheld target stated in measure 13, the *G slips and the empty catalogue fields, and passes", () => {
    const { status, output } = check(ROOT);
    expect(status).toBe(0);
    expect(output).toContain(
      "seeds/000_4d8b1ee954a7e0d1.txt:4: 发展目标“新增规模工业企业X家”隐去了数值，但第 13 条（第 23 行）写明“新增规模工业企业32家”：同一目标一处隐去、一处公开，请确认应当公开还是两处都应隐去",
    );
    expect(output).toContain("seeds/001_63bf615f332166d9.txt:10: “协调推进*G站点”中的“*”后接字母，像是误把数字改成了隐去符号（如 5G 写成 *G）：请核对原件");
    expect(output).toContain("seeds/000_4d8b1ee954a7e0d1.txt: 目录 data/plans.csv 未填：索引号、文号、信息分类、成文日期、发布日期、有效性、关键词（页面显示“未注明”；知道的请补上）");
    expect(output.trim().split("\n").at(-1)).toBe("检查完成：2 份计划，0 个错误，5 条提示。提示不阻止构建，请逐条核对后再发布。");
  });

  it("fails on an input error, naming file:line:column, and still reviews what it can", () => {
    project = copyProject();
    const values = join(project.dir, "data/indicator-values.csv");
    writeFileSync(values, readFileSync(values, "utf8").replace(",26,家,", ",二十六,家,"));
    const { status, output } = check(project.dir);
    expect(status).toBe(1);
    expect(output).toContain("data/indicator-values.csv:3:4: value：“二十六”不是数字（未公开的数值请填 X 或 *）");
    expect(output).toContain("检查完成：2 份计划，1 个错误，5 条提示。");
  });

  it("reports a Word document it refuses as an error naming the file, and still reviews the other plans", async () => {
    hidden = copyProject();
    writeFileSync(join(hidden.dir, "seeds/hidden.docx"), await docxOf([new Paragraph({ children: [new TextRun("公开的句子。"), new TextRun({ text: "内部掌握", vanish: true })] })]));
    appendFileSync(join(hidden.dir, "data/plans.csv"), "hidden.docx,test-hidden,2019,测试：含隐藏文字,测试机构,,,,,,,,测试数据\n");
    const { status, output } = check(hidden.dir);
    expect(status).toBe(1);
    expect(output).toContain("seeds/hidden.docx:0:0: 含隐藏文字（1 处：第 1 段“内部掌握”）。原文件将逐字节公开下载，请在 Word 中删除或取消隐藏文字后另存");
    expect(output).toContain("检查完成：3 份计划，1 个错误，5 条提示。");
  });
});
