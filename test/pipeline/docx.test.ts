import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { docxHtmlToText } from "../../src/pipeline/docx-text.ts";
import { readPlanText } from "../../src/io/read-plan-text.ts";
import { parsePlan } from "../../src/pipeline/parse-plan.ts";
import { FIXTURES, measuresOf, testMeta } from "../helpers/plan.ts";
import type { Plan } from "../../src/schema/plan.ts";

/** Returns a .docx holding `lines` as paragraphs and, after them, the `table` rows (built here, test data). */
async function makeDocx(lines: string[], table: string[][] = []): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = lines.map((text) => new Paragraph(text));
  if (table.length) children.push(new Table({ rows: table.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }));
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const withoutSource = ({ source: _s, ...plan }: Plan) => plan;
const planOf = async (bytes: Uint8Array, format: string) => {
  const { text } = await readPlanText(bytes, format);
  return parsePlan(text, testMeta("same-plan"));
};

describe("docxHtmlToText(html)", () => {
  it("keeps paragraphs as lines, blank ones too, and turns a task table into numbered items with their responsibility", () => {
    const html = "<h1>一、重点任务</h1><p></p><p>全年工作如下：</p><table><tr><td><p>序号</p></td><td><p>重点任务</p></td><td><p>牵头单位</p></td><td><p>责任单位</p></td><td><p>完成时限</p></td></tr>"
      + "<tr><td><p>1</p></td><td><p>推进企业上云。</p></td><td><p>县经信局</p></td><td><p>各镇、园区</p></td><td><p>2023年12月</p></td></tr>"
      + "<tr><td><p>2</p></td><td><p>抓项目。</p></td><td><p>县发改委</p></td><td></td><td></td></tr></table>";
    expect(docxHtmlToText(html)).toBe("一、重点任务\n\n全年工作如下：\n1.推进企业上云。（牵头单位：县经信局，责任单位：各镇、园区，完成时限：2023年12月）\n2.抓项目。（牵头单位：县发改委）");
  });
  it("writes any other table a row a line", () => {
    expect(docxHtmlToText("<table><tr><td>指标</td><td>目标</td></tr><tr><td>规上企业</td><td>30家</td></tr></table>")).toBe("指标\u3000目标\n规上企业\u300030家");
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

  it("reads a Word task table as measures with their offices", async () => {
    const bytes = await makeDocx(["测试数据：某局2023年重点任务分解表", "一、重点任务"], [
      ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
      ["1", "推进企业上云，新增上云企业50家。", "信息化推进办公室", "各镇、园区", "2023年12月"],
      ["2", "加快重大项目建设。", "技改与创新办公室", "", "2023年6月"],
    ]);
    const plan = await planOf(bytes, "docx");
    expect(measuresOf(plan).map((m) => [m.number, m.title, m.responsibility?.offices, m.responsibility?.roles.find((r) => r.label === "完成时限")?.names])).toEqual([
      [1, "推进企业上云，新增上云企业50家。", ["信息化推进办公室", "各镇", "园区"], ["2023年12月"]],
      [2, "加快重大项目建设。", ["技改与创新办公室"], ["2023年6月"]],
    ]);
    expect(measuresOf(plan)[0]!.commitments.map((c) => c.text)).toEqual(["新增上云企业50家"]);
  });
});
