/** readSheet: the I/O edge for an Excel workbook (.xlsx) — unzipped within bounds, inspected, then read by exceljs into sheets of displayed cell texts. */
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { EXCEL, unzipDocx } from "./docx-zip.ts";
import { columnOf, inspectWorkbook } from "../pipeline/xlsx-inspect.ts";
import { sheetsToText, type CellRange, type SheetGrid } from "../pipeline/sheet-text.ts";
import { plainText, type ExtractedText } from "../pipeline/extracted-text.ts";
import { InputError } from "../pipeline/input-error.ts";

const XML_PART = /\.(?:xml|rels)$/i;
const MAX_CELLS = 1_000_000; // far beyond any task table

/**
 * Returns the text of a workbook (see sheetsToText), read as `encoding` says (xlsx, or libreoffice for
 * an .xls/.et converted to .xlsx). Refuses, with an InputError naming `file`: what unzipDocx refuses for
 * an Excel file (not a zip, damaged, a zip bomb …), what inspectWorkbook finds (comments, hidden sheets,
 * rows or columns, personal details), more than MAX_CELLS cells, and anything exceljs cannot read.
 */
export async function readSheetText(bytes: Uint8Array, file: string, encoding: string): Promise<ExtractedText> {
  const fail = (reason: string): never => {
    throw new InputError([{ file, line: 0, column: 0, reason }]);
  };
  const entries = unzipDocx(bytes, file, EXCEL);
  const decoder = new TextDecoder();
  const refusal = inspectWorkbook(new Map([...entries].filter(([name]) => XML_PART.test(name)).map(([name, data]) => [name, decoder.decode(data)])));
  if (refusal) fail(refusal);
  const repacked = zipSync(Object.fromEntries(entries), { level: 0 });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(repacked.buffer, repacked.byteOffset, repacked.byteLength) as unknown as ArrayBuffer).catch((error: unknown) =>
    fail(`无法读取 Excel 表格（${String(error instanceof Error ? error.message : error).replace(/\s+/g, " ").trim()}）：${EXCEL.repair}`),
  );
  const cells = workbook.worksheets.reduce((n, ws) => n + ws.rowCount * ws.columnCount, 0);
  if (cells > MAX_CELLS) fail(`表格有 ${cells} 个单元格，超过上限 ${MAX_CELLS} 个：请检查是否选错了文件`);
  const { text, merged } = sheetsToText(workbook.worksheets.map(gridOf));
  if (!text.trim()) fail("表格中没有文字：请检查是否选错了文件");
  return { ...plainText(text, encoding), merged };
}

/** Returns a worksheet's displayed cell texts and merged ranges. */
function gridOf(ws: ExcelJS.Worksheet): SheetGrid {
  const cells: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    cells.push(Array.from({ length: ws.columnCount }, (_, c) => displayed(row.getCell(c + 1))));
  }
  return { name: ws.name, cells, merges: mergesOf(ws) };
}

/** Returns a worksheet's merged ranges, 0-based: "A3:A5" → rows 2–4 of column 0. */
function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return merges.flatMap((range) => {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/i.exec(range);
    if (!m) return [];
    return [{ top: Number(m[2]) - 1, left: columnOf(m[1]!) - 1, bottom: Number(m[4]) - 1, right: columnOf(m[3]!) - 1 }];
  });
}

/** Returns a cell's text as Excel shows it: a formula's result, rich text joined, a percentage as a percentage, a date as YYYY-MM-DD (or 年月日 when so formatted). */
function displayed(cell: ExcelJS.Cell): string {
  const value = cell.isMerged && cell.master !== cell ? null : cell.value;
  return show(value, cell.numFmt ?? "");
}

function show(value: ExcelJS.CellValue, format: string): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const [y, m, d] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
    return /年|月/.test(format) ? `${y}年${m}月${d}日` : `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  if (typeof value === "number") {
    const percent = /(0(?:\.(0+))?)%/.exec(format);
    if (percent) return `${(value * 100).toFixed(percent[2]?.length ?? 0)}%`;
    const fixed = /^(?:#,##)?0\.(0+)$/.exec(format);
    return fixed ? value.toFixed(fixed[1]!.length) : String(value);
  }
  if (typeof value === "string" || typeof value === "boolean") return String(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("result" in value) return show((value.result ?? null) as ExcelJS.CellValue, format);
  if ("text" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return "";
}
