import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { FootnoteReferenceRun, Paragraph, TextRun } from "docx";
import { docxHtmlToLines, docxHtmlToText } from "../../src/pipeline/docx-text.ts";
import { readPlanText } from "../../src/io/read-plan-text.ts";
import { parsePlan } from "../../src/pipeline/parse-plan.ts";
import { FIXTURES, measuresOf, testMeta } from "../helpers/plan.ts";
import { docxOf, tableOf } from "../helpers/docx.ts";
import type { Plan } from "../../src/schema/plan.ts";

/** Returns a .docx holding `lines` as paragraphs and, after them, the `table` rows (built here, test data). */
async function makeDocx(lines: string[], table: string[][] = []): Promise<Uint8Array> {
  return docxOf([...lines.map((text) => new Paragraph(text)), ...(table.length ? [tableOf(table)] : [])]);
}

const withoutSource = ({ source: _s, ...plan }: Plan) => plan;
const planOf = async (bytes: Uint8Array, format: string) => {
  const { text, merged } = await readPlanText(bytes, format, `seeds/测试.${format}`);
  return parsePlan(text, testMeta("same-plan"), { merged });
};

describe("docxHtmlToText(html)", () => {
  it("keeps paragraphs as lines, blank ones too, and writes a task table as pipe rows, header first, an empty cell empty", () => {
    const html = "<h1>一、重点任务</h1><p></p><p>全年工作如下：</p><table><tr><td><p>序号</p></td><td><p>重点任务</p></td><td><p>牵头单位</p></td><td><p>责任单位</p></td><td><p>完成时限</p></td></tr>"
      + "<tr><td><p>1</p></td><td><p>推进企业上云。</p></td><td><p>县经信局</p></td><td><p>各镇、园区</p></td><td><p>2023年12月</p></td></tr>"
      + "<tr><td><p>2</p></td><td><p>抓项目。</p></td><td><p>县发改委</p></td><td></td><td></td></tr></table>";
    expect(docxHtmlToText(html)).toBe("一、重点任务\n\n全年工作如下：\n序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 |\n1 | 推进企业上云。 | 县经信局 | 各镇、园区 | 2023年12月 |\n2 | 抓项目。 | 县发改委 |  |  |");
  });
  it("lays a task table's merged cells on its grid: a cell spanning rows written once, the places below it empty and known as covered", () => {
    const html = "<p>测试数据</p><table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>完成时限</td></tr>"
      + "<tr><td>1</td><td>推进企业上云。</td><td rowspan=\"2\">县经信局</td><td>6月底</td></tr>"
      + "<tr><td>2</td><td>抓项目。</td><td>12月底</td></tr><tr><td colspan=\"2\">合计两项</td><td></td><td></td></tr></table>";
    expect(docxHtmlToLines(html)).toEqual({
      text: "测试数据\n序号 | 重点任务 | 牵头单位 | 完成时限 |\n1 | 推进企业上云。 | 县经信局 | 6月底 |\n2 | 抓项目。 |  | 12月底 |\n合计两项 |  |  |  |",
      merged: [{ line: 4, column: 2 }],
    });
  });
  it("writes any other table a row a line", () => {
    expect(docxHtmlToText("<table><tr><td>指标</td><td>目标</td></tr><tr><td>规上企业</td><td>30家</td></tr></table>")).toBe("指标\u3000目标\n规上企业\u300030家");
  });
  it("writes a table nested in a cell once, inside that cell and in order, its cells set apart by full-width spaces", () => {
    const html = "<table><tr><td><p>外1</p></td><td><p>前</p><table><tr><td><p>内A</p></td><td><p>内B</p></td></tr><tr><td><p>内C</p></td><td><p>内D</p></td></tr></table><p>后</p></td></tr>"
      + "<tr><td><p>外2</p></td><td><p>外3</p></td></tr></table>";
    expect(docxHtmlToText(html)).toBe("外1\u3000前\u3000内A\u3000内B\u3000内C\u3000内D\u3000后\n外2\u3000外3");
  });
  it("reads a task table by its own header and rows when a task cell holds a nested table", () => {
    const html = "<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr>"
      + "<tr><td>1</td><td><p>推进企业上云：</p><table><tr><td>序号</td><td>上云企业</td></tr><tr><td>1</td><td>50家</td></tr></table></td><td>县经信局</td></tr></table>";
    expect(docxHtmlToText(html)).toBe("序号 | 重点任务 | 牵头单位 |\n1 | 推进企业上云：\u3000序号\u3000上云企业\u30001\u300050家 | 县经信局 |");
  });
  it("writes a nested list item once, on its own line", () => {
    expect(docxHtmlToText("<ol><li>甲<ol><li>乙</li></ol></li><li>丙</li></ol>")).toBe("甲\n乙\n丙");
  });
  it("keeps a footnote's mark [1] where it stands and writes the notes after the body as 注[1]：…, without the ↑ back-links", () => {
    const html = "<p>1.推进企业上云<sup><a href=\"#footnote-1\" id=\"footnote-ref-1\">[1]</a></sup>，新增50家。</p><p>2.抓项目<sup><a href=\"#endnote-1\" id=\"endnote-ref-1\">[2]</a></sup></p>"
      + "<ol><li id=\"footnote-1\"><p>脚注正文一。 <a href=\"#footnote-ref-1\">↑</a></p></li><li id=\"endnote-1\"><p>尾注第一段。</p><p>尾注第二段。 <a href=\"#endnote-ref-1\">↑</a></p></li></ol>";
    expect(docxHtmlToText(html)).toBe("1.推进企业上云[1]，新增50家。\n2.抓项目[2]\n注[1]：脚注正文一。\n注[2]：尾注第一段。\n尾注第二段。");
  });
});

describe("readPlanText(bytes, format) → parsePlan", () => {
  const seed = readFileSync(resolve(FIXTURES, "plans", "suixi-2021.txt"));

  it("gives the same Plan, apart from its source, for the 2021 seed as UTF-8 text, GB18030 text and a Word document", async () => {
    const utf8 = await planOf(seed, "txt");
    const gb = await planOf(new Uint8Array(iconv.encode(seed.toString("utf8"), "gb18030")), "txt");
    const docx = await planOf(await makeDocx(seed.toString("utf8").replace(/\n+$/, "").split("\n")), "docx");
    expect(withoutSource(gb)).toEqual(withoutSource(utf8));
    expect(withoutSource(docx)).toEqual(withoutSource(utf8));
    expect(measuresOf(docx)).toHaveLength(24);
  });

  it("reads a Word task table as measures with their offices and deadlines, an empty cell never filled from the row above", async () => {
    const bytes = await makeDocx(["测试数据：某局2023年重点任务分解表", "一、重点任务"], [
      ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
      ["1", "推进企业上云，新增上云企业50家。", "信息化推进办公室", "各镇、园区", "2023年12月"],
      ["2", "加快重大项目建设。", "技改与创新办公室", "", "2023年6月"],
    ]);
    const plan = await planOf(bytes, "docx");
    expect(measuresOf(plan).map((m) => [m.number, m.title, m.responsibility?.offices, m.cells?.find((c) => c.role === "deadline")?.text])).toEqual([
      [1, "推进企业上云，新增上云企业50家。", ["信息化推进办公室", "各镇", "园区"], "2023年12月"],
      [2, "加快重大项目建设。", ["技改与创新办公室"], "2023年6月"],
    ]);
    expect(measuresOf(plan)[0]!.commitments.map((c) => c.text)).toEqual(["新增上云企业50家"]);
  });

  it("publishes a table nested in a Word table cell once, inside its cell, in order", async () => {
    const nested = tableOf([["内A", "内B"], ["内C", "内D"]]);
    const bytes = await docxOf([new Paragraph("测试数据：嵌套表格"), tableOf([["外1", [new Paragraph("前"), nested, new Paragraph("后")]], ["外2", "外3"]])]);
    const { text } = await readPlanText(bytes, "docx", "seeds/测试.docx");
    expect(text).toBe("测试数据：嵌套表格\n外1\u3000前\u3000内A\u3000内B\u3000内C\u3000内D\u3000后\n外2\u3000外3");
  });

  it("keeps a Word footnote's mark [1] inline and places the note after the body, never in a measure", async () => {
    const bytes = await docxOf([
      new Paragraph("一、重点任务"),
      new Paragraph({ children: [new TextRun("1.推进企业上云"), new FootnoteReferenceRun(1), new TextRun("，新增上云企业50家。")] }),
      new Paragraph("2.加快重大项目建设。"),
    ], { footnotes: { 1: { children: [new Paragraph("测试数据：脚注正文。")] } } });
    const plan = await planOf(bytes, "docx");
    expect(measuresOf(plan).map((m) => m.text)).toEqual(["推进企业上云[1]，新增上云企业50家。", "加快重大项目建设。"]);
    expect(plan.parts.at(-1)!.paragraphs).toEqual(["注[1]：测试数据：脚注正文。"]);
  });
});
