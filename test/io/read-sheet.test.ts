import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { readPlanText } from "../../src/io/read-plan-text.ts";
import { parsePlan } from "../../src/pipeline/parse-plan.ts";
import { refusal as refusalOf } from "../helpers/refusal.ts";
import { FIXTURES, testMeta } from "../helpers/plan.ts";

const FILE = "seeds/测试.xlsx";
const fixture = () => readFileSync(resolve(FIXTURES, "formats", "taishun-2024-04-progress.xlsx"));

/** Returns the message readPlanText stops with for `bytes` as an .xlsx. */
const refusal = (bytes: Uint8Array, format = "xlsx") => refusalOf(bytes, format, FILE);

/** Returns an .xlsx made here (test data) holding `rows`, changed by `edit`. */
async function workbookOf(rows: string[][], edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void = () => {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = wb.lastModifiedBy = " ";
  const ws = wb.addWorksheet("测试");
  for (const row of rows) ws.addRow(row);
  edit(ws, wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readPlanText(bytes, \"xlsx\") → parsePlan", () => {
  it("reads the real 泰顺 task table (made into a workbook, merged 牵头单位 cells) into its title and pipe rows", async () => {
    const { text, encoding, pages, furniture } = await readPlanText(fixture(), "xlsx", FILE);
    expect([encoding, pages, furniture]).toEqual(["xlsx", null, []]);
    const lines = text.split("\n");
    expect(lines.slice(0, 2)).toEqual(["2024年4月省政府民生实事项目进展情况汇总表", "序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |"]);
    expect(lines[3]).toBe("2 | 为全县重点人群免费开展结直肠癌筛查,2024年重点筛查60岁以上人群7400人。 | 4月:完成筛查人数1480人(20%)。 |  | 已完成。 完成筛查人数3495人,完成率47.23%。 |");
    expect(lines).toHaveLength(8);
  });

  it("gives six measures, each with its 牵头单位 — carried down from the merged cell, and marked so, on rows 2, 3 and 6", async () => {
    const { text, merged } = await readPlanText(fixture(), "xlsx", FILE);
    expect(merged).toEqual([4, 5, 8].map((line) => ({ line, column: 3 })));
    const plan = parsePlan(text, testMeta("taishun-xlsx"), { merged });
    const measures = plan.parts.flatMap((p) => p.sections.flatMap((s) => s.measures));
    expect(measures.map((m) => { const lead = m.cells!.find((c) => c.role === "lead")!; return `${lead.text}${lead.carried ? "（沿用）" : ""}`; })).toEqual([
      "县卫生健康局", "县卫生健康局（沿用）", "县卫生健康局（沿用）", "县红十字会", "县医疗保障局", "县医疗保障局（沿用）",
    ]);
    expect(measures.map((m) => m.cells!.find((c) => c.role === "progress")!.text.slice(0, 4))).toEqual(Array(6).fill("已完成。"));
  });

  it("shows a date as YYYY-MM-DD, a percentage as a percentage and a formula by its result", async () => {
    const bytes = await workbookOf([["指标", "目标"]], (ws) => {
      ws.addRow(["增速", 0.065]).getCell(2).numFmt = "0.0%";
      ws.addRow(["完成时限", new Date(Date.UTC(2024, 11, 31))]);
      ws.addRow(["合计", { formula: "1+2", result: 3 }]);
    });
    expect((await readPlanText(bytes, "xlsx", FILE)).text).toBe("指标\u3000目标\n增速\u30006.5%\n完成时限\u30002024-12-31\n合计\u30003".replace(/\u3000/g, " | ").split("\n").map((l) => `${l} |`).join("\n"));
  });
});

describe("readPlanText refuses a spreadsheet it cannot publish as it is, naming the file", () => {
  it("a text file named .xlsx", async () => {
    expect(await refusal(strToU8("测试数据：这是文本文件"))).toBe(`${FILE}:0:0: 不是有效的 Excel 表格（.xlsx 应为 zip 格式）；若是旧版 .xls 请把扩展名改回 .xls，或在 Excel 或 WPS 表格中打开后另存为 .xlsx`);
  });
  it("a truncated workbook", async () => {
    const bytes = fixture();
    expect(await refusal(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe(`${FILE}:0:0: Excel 表格已损坏（找不到 zip 目录，文件可能不完整）：请在 Excel 或 WPS 表格中打开后另存为 .xlsx`);
  });
  it("a zip that is not an Office file", async () => {
    expect(await refusal(zipSync({ "readme.txt": strToU8("测试数据") }))).toBe(`${FILE}:0:0: 是 zip 文件，但不是 Excel 表格（没有 xl/workbook.xml）：请在 Excel 或 WPS 表格中另存为 .xlsx`);
  });
  it("a workbook naming its author, hiding a row with text, or holding a comment", async () => {
    const authored = await workbookOf([["序号", "重点任务"]], (_ws, wb) => (wb.creator = "张三"));
    expect(await refusal(authored)).toBe(`${FILE}:0:0: 含作者等个人信息（作者：张三）。原文件将逐字节公开下载，请在 Excel 或 WPS 表格中用“文件 → 信息 → 检查问题 → 检查文档”清除个人信息后另存`);
    const hidden = await workbookOf([["序号", "重点任务"], ["1", "测试数据：不公开的一行"]], (ws) => (ws.getRow(2).hidden = true));
    expect(await refusal(hidden)).toBe(`${FILE}:0:0: 含隐藏的行或列。原文件将逐字节公开下载，请在 Excel 或 WPS 表格中删除或取消隐藏行和列后另存`);
    const noted = await workbookOf([["序号", "重点任务"]], (ws) => (ws.getCell("B1").note = "测试数据：批注"));
    expect(await refusal(noted)).toBe(`${FILE}:0:0: 含批注。原文件将逐字节公开下载，请在 Excel 或 WPS 表格中删除批注后另存`);
  });
  it("a workbook without text", async () => {
    expect(await refusal(await workbookOf([]))).toBe(`${FILE}:0:0: 表格中没有文字：请检查是否选错了文件`);
  });
});

describe("old Office and WPS files (.doc, .wps, .xls, .et) go through LibreOffice", () => {
  it("say which Debian package to install when LibreOffice is missing", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
    const before = process.env.SOFFICE;
    const cache = process.env.OFFICE_CACHE;
    process.env.SOFFICE = "";
    process.env.OFFICE_CACHE = "/nonexistent-office-cache";
    try {
      expect(await refusal(ole, "doc")).toBe(`${FILE}:0:0: 读取旧版 Word 文档（.doc）需要 LibreOffice，本机没有安装：请安装 Debian 软件包 libreoffice-writer-nogui（apt-get install libreoffice-writer-nogui），或在 Word 或 WPS 文字中把它另存为 .docx 再放进来`);
      expect(await refusal(ole, "et")).toBe(`${FILE}:0:0: 读取 WPS 表格（.et）需要 LibreOffice，本机没有安装：请安装 Debian 软件包 libreoffice-calc-nogui（apt-get install libreoffice-calc-nogui），或在 WPS 表格中把它另存为 .xlsx 再放进来`);
    } finally {
      if (before === undefined) delete process.env.SOFFICE;
      else process.env.SOFFICE = before;
      if (cache === undefined) delete process.env.OFFICE_CACHE;
      else process.env.OFFICE_CACHE = cache;
    }
  });
  it("refuse a file that is not an old Office file at all", async () => {
    expect(await refusal(strToU8("测试数据：这是文本文件"), "wps")).toBe(`${FILE}:0:0: 不是有效的 WPS 文字文档（.wps）：文件可能不完整，或扩展名与内容不符；请在 WPS 文字中打开后另存`);
  });
});
