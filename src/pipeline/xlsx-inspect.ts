/** xlsxInspect: decides whether an Excel workbook may be published byte for byte — XML of sane size and depth, and no comments, hidden sheets, rows or columns with text, or personal details. */
import { attrOf, descendantsOf, measureXml, parseXml, textOf } from "./xml.ts";
import { XML_LIMITS } from "./docx-inspect.ts";

const PERSONAL: { local: string; label: string }[] = [
  { local: "creator", label: "作者" },
  { local: "lastModifiedBy", label: "上次修改者" },
  { local: "Manager", label: "经理" },
];
const COMMENTS = /^xl\/(?:comments\d*|threadedComments\/[^/]+|persons\/[^/]+)\.xml$/i;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

/**
 * Returns why a workbook, given as its XML parts by zip path, cannot be published as it is — one Chinese
 * sentence saying what was found and how to clean it in Excel or WPS — or null when it can. Refused: XML
 * deeper or larger than XML_LIMITS (before anything is parsed); no xl/workbook.xml; comments or notes;
 * hidden sheets; hidden rows or columns that hold a value; the author's and last editor's names. The
 * original file is published for download, so what it hides would be published too: it is never cleaned here.
 */
export function inspectWorkbook(parts: ReadonlyMap<string, string>): string | null {
  let nodes = 0;
  for (const name of [...parts.keys()].sort()) {
    const size = measureXml(parts.get(name)!, { depth: XML_LIMITS.depth, nodes: XML_LIMITS.nodes - nodes });
    nodes += size.nodes;
    if (size.depth > XML_LIMITS.depth || nodes > XML_LIMITS.nodes) return `Excel 表格的 ${name} 中 XML 过深或过大：Excel 不会生成这样的文件，可能已损坏或被人为构造`;
  }
  const workbook = parts.get("xl/workbook.xml");
  if (workbook === undefined) return "是 zip 文件，但不是 Excel 表格（没有 xl/workbook.xml）：请在 Excel 或 WPS 表格中另存为 .xlsx";
  const found: string[] = [];
  const comments = [...parts.keys()].filter((n) => COMMENTS.test(n));
  if (comments.length) found.push("含批注");
  const hiddenSheets = descendantsOf(parseXml(workbook)).filter((el) => el.local === "sheet" && /hidden/i.test(attrOf(el, "state") ?? "")).map((el) => attrOf(el, "name") ?? "");
  if (hiddenSheets.length) found.push(`含隐藏的工作表（${hiddenSheets.join("、")}）`);
  if ([...parts.keys()].filter((n) => SHEET.test(n)).some((n) => hidesValues(parts.get(n)!))) found.push("含隐藏的行或列");
  const core = parts.get("docProps/core.xml");
  const app = parts.get("docProps/app.xml");
  const people = [core, app].flatMap((xml) => (xml === undefined ? [] : descendantsOf(parseXml(xml))));
  const personal = PERSONAL.flatMap(({ local, label }) => {
    const names = [...new Set(people.filter((el) => el.local === local).map((el) => textOf(el).trim()).filter(Boolean))];
    return names.length ? [`${label}：${names.join("、")}`] : [];
  });
  if (personal.length) found.push(`含作者等个人信息（${personal.join("；")}）`);
  if (!found.length) return null;
  const steps = [comments.length && "删除批注", hiddenSheets.length && "删除或取消隐藏工作表", found.some((f) => f.startsWith("含隐藏的行")) && "删除或取消隐藏行和列"].filter((s): s is string => Boolean(s));
  const inspector = "用“文件 → 信息 → 检查问题 → 检查文档”清除个人信息";
  const how = personal.length ? (steps.length ? `${steps.join("、")}，并${inspector}` : inspector) : steps.join("、");
  return `${found.join("；")}。原文件将逐字节公开下载，请在 Excel 或 WPS 表格中${how}后另存`;
}

/** Whether a worksheet hides a row that holds a value, or hides a column while holding any value in it. */
function hidesValues(xml: string): boolean {
  const all = descendantsOf(parseXml(xml));
  const hasValue = (el: ReturnType<typeof parseXml>) => descendantsOf(el).some((c) => (c.local === "v" || c.local === "t") && textOf(c).trim() !== "");
  if (all.some((el) => el.local === "row" && /^(1|true)$/.test(attrOf(el, "hidden") ?? "") && hasValue(el))) return true;
  const hiddenCols = all.filter((el) => el.local === "col" && /^(1|true)$/.test(attrOf(el, "hidden") ?? "")).map((el) => [Number(attrOf(el, "min")), Number(attrOf(el, "max"))] as const);
  if (!hiddenCols.length) return false;
  return all.some((el) => el.local === "c" && hasValue(el) && hiddenCols.some(([min, max]) => columnOf(attrOf(el, "r") ?? "") >= min && columnOf(attrOf(el, "r") ?? "") <= max));
}

/** Returns the 1-based column of a cell reference: B3 → 2, AA1 → 27; 0 when there is none. */
export function columnOf(ref: string): number {
  const letters = /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? "";
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
