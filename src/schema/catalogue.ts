/** The plan catalogue (data/plans.csv): one row per published document, as the disclosure editor keeps it. */
import { z } from "zod";
import { optionalDate as date, optionalText as optional, periodMonths } from "./cells.ts";

/** A file name that cannot be published as /sources/<name> as it is: URL delimiters, path separators, a leading dot, control characters. */
const UNSAFE_FILE_NAME = /[#?%/\\:*"<>|\u0000-\u001f\u007f]|^\./; // unsafe in a URL or a path

/** The extensions a plan file may have (see SourceFormatSchema). */
export const SOURCE_EXTENSION = /\.(txt|md|docx|doc|wps|pdf|html|htm|xlsx|xls|et)$/i;
export const SOURCE_EXTENSION_HINT = "文件须为 .txt、.md、.docx、.doc、.wps、.pdf、.html、.htm、.xlsx、.xls 或 .et（其他格式请另存为其中一种）";

export const CatalogueRowSchema = z.object({
  file: z.string().min(1, "缺少文件名").regex(SOURCE_EXTENSION, SOURCE_EXTENSION_HINT)
    .refine((f) => !UNSAFE_FILE_NAME.test(f), "文件名不能含 # ? % / \\ 等字符，也不能以 . 开头（它们在网址中有特殊含义）：请给文件改名，并改正这一格"),
  id: z.string().min(1, "缺少编号").regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "编号只能用小写英文字母、数字和连字符，如 suixi-jxj-2023"),
  year: z.string().regex(/^\d{4}$/, "年度须为四位数字的年份，如 2023").transform(Number)
    .refine((y) => y >= 1949 && y <= 2100, "年度须在 1949 至 2100 之间"),
  title: z.string().min(1, "缺少标题"),
  issuer: z.string().min(1, "缺少发布机构"),
  indexNumber: optional,
  docNumber: optional,
  category: optional,
  dateWritten: date,
  datePublished: date,
  validity: optional,
  keywords: z.string().transform((s) => (s === "" ? null : s.split(/[,，;；、\s]+/).filter(Boolean))),
  note: optional,
  jurisdiction: z.string().optional().transform((s) => (s ?? "").trim() || null), // 行政区划 the plan is about; empty: the site's one
  kind: z.string().optional().transform((s) => s ?? "").refine((s) => s.trim() === "" || KIND_CELL.test(s.trim()), "类型请写“计划”“报告”或“总结”（也可留空，由文字判断）")
    .transform((s) => kindOfCell(s)),
  reportsOn: z.string().optional().transform((s) => (s ?? "").trim() || null), // a report's plan: its id in this catalogue
  period: z.string().optional().transform((s) => (s ?? "").trim()).refine((s) => s === "" || periodMonths(s) !== null, "报告期请写“一季度”“上半年”“前三季度”“1—11月”或“全年”（也可留空，写截至日期）")
    .transform((s) => s || null),
  asOf: date.optional().transform((s) => s ?? null), // 截至日期: the date a report's figures stand at
});

/** The kinds a catalogue cell may name: 计划 (plan), 报告 (a progress or completion report), 总结 (a summary, perhaps with next year's plan). */
const KIND_CELL = /^(?:plan|report|summary|计划|工作计划|工作要点|要点|方案|报告|进展|进展报告|完成情况|总结)$/i;

function kindOfCell(cell: string): "plan" | "report" | "summary" | null {
  const s = cell.trim();
  if (/^(?:plan|计划|工作计划|工作要点|要点|方案)$/i.test(s)) return "plan";
  if (/^(?:report|报告|进展|进展报告|完成情况)$/i.test(s)) return "report";
  if (/^(?:summary|总结)$/i.test(s)) return "summary";
  return null;
}

export type CatalogueRow = z.output<typeof CatalogueRowSchema> & { line: number };

/** Column names as written in the CSV header, English or Chinese, for each field; the first is canonical. */
export const CATALOGUE_COLUMNS: Record<keyof z.input<typeof CatalogueRowSchema>, string[]> = {
  file: ["file", "文件", "文件名"],
  id: ["id", "编号"],
  year: ["year", "年度", "年份"],
  title: ["title", "标题"],
  issuer: ["issuer", "发布机构", "发文机关"],
  indexNumber: ["索引号", "indexNumber"],
  docNumber: ["文号", "docNumber"],
  category: ["信息分类", "category"],
  dateWritten: ["成文日期", "dateWritten"],
  datePublished: ["发布日期", "datePublished"],
  validity: ["有效性", "validity"],
  keywords: ["关键词", "keywords"],
  note: ["备注", "note"],
  kind: ["类型", "kind"],
  jurisdiction: ["行政区划", "jurisdiction"],
  reportsOn: ["报告对象", "reportsOn", "所报计划"],
  period: ["报告期", "period"],
  asOf: ["截至日期", "asOf", "as_of"],
};

/** Fields that may be left out of the header altogether. */
export const OPTIONAL_COLUMNS = new Set(["note", "kind", "jurisdiction", "reportsOn", "period", "asOf"]);
