/** The plan catalogue (data/plans.csv): one row per published document, as the disclosure editor keeps it. */
import { z } from "zod";
import { optionalText as optional } from "./cells.ts";

/** Accepts 2023-01-12, 2023/1/12 (Excel's display) and 2023年1月12日; returns YYYY-MM-DD, or null when empty. */
const date = z.string().transform((s, ctx) => {
  if (s === "") return null;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  const iso = m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : "";
  if (!m || Number.isNaN(Date.parse(iso)) || new Date(iso).getUTCDate() !== Number(m[3])) {
    ctx.addIssue({ code: "custom", message: `“${s}”不是日期，请写成 2023-01-12` });
    return z.NEVER;
  }
  return iso;
});

export const CatalogueRowSchema = z.object({
  file: z.string().min(1, "缺少文件名").regex(/\.(txt|md|docx)$/i, "文件须为 .txt、.md 或 .docx（Word 文档请另存为 .docx）"),
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
});

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
};

/** Fields that may be left out of the header altogether. */
export const OPTIONAL_COLUMNS = new Set(["note"]);
