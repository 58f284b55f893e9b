/** Progress (data/progress.csv): what a report says became of one item of a plan — a goal, a measure or a commitment — with its quote and source. */
import { z } from "zod";
import { optionalDate, optionalText } from "./cells.ts";

/** One row of data/progress.csv as the editor writes it (X or * in value: withheld). */
export const ProgressCsvRowSchema = z.object({
  plan: z.string().min(1, "缺少计划编号"),
  item: z.string().regex(/^(?:g-\d+|m-[a-z0-9-]+?(?:-c\d+)?)$/, "事项请写目标 g-2、措施 m-13 或措施中的第几项量化承诺 m-13-c1（见计划页各条旁的 # 链接）"),
  asOf: optionalDate,
  period: optionalText,
  status: optionalText, // the report's own words: 已完成, 序时推进 …
  value: z.string(),
  unit: optionalText,
  quote: z.string().min(1, "缺少原文：每条进展都必须照录报告中的原话"),
  source: z.string().min(1, "缺少来源：写报告在计划目录中的编号，或外部文件的名称"),
  reportLine: z.string().regex(/^(\d+)?$/, "行号须为数字").transform((s) => (s === "" ? null : Number(s))),
  sourceDate: optionalDate,
  url: optionalText,
  note: optionalText,
});

export const PROGRESS_COLUMNS: Record<keyof z.input<typeof ProgressCsvRowSchema>, string[]> = {
  plan: ["plan", "计划"],
  item: ["item", "事项"],
  asOf: ["as_of", "截至日期"],
  period: ["period", "报告期"],
  status: ["status", "状态"],
  value: ["value", "数值"],
  unit: ["unit", "单位"],
  quote: ["quote", "原文"],
  source: ["source", "来源"],
  reportLine: ["line", "行号"],
  sourceDate: ["source_date", "来源日期"],
  url: ["url", "网址"],
  note: ["note", "备注"],
};

/** Columns that may be left out of the header. */
export const OPTIONAL_PROGRESS_COLUMNS = new Set(["period", "status", "unit", "reportLine", "sourceDate", "url", "note"]);

export const ProgressSourceSchema = z.object({
  report: z.string().nullable().describe("报告在计划目录中的编号；外部文件为 null"),
  title: z.string().describe("报告标题或外部文件名称"),
  date: z.string().nullable().describe("报告日期 YYYY-MM-DD"),
  url: z.string().nullable().describe("外部文件的网址"),
  line: z.number().int().nullable().describe("原话在报告原文中的行号"),
  anchor: z.string().nullable().describe("原话在报告页面上的位置（锚点）"),
});

export const ProgressRecordSchema = z.object({
  plan: z.string().describe("计划编号"),
  item: z.string().describe("事项：g-2 目标、m-13 措施、m-13-c1 措施中的量化承诺"),
  itemKind: z.enum(["goal", "measure", "commitment"]).describe("goal 目标 / measure 措施 / commitment 量化承诺"),
  asOf: z.string().nullable().describe("截至日期 YYYY-MM-DD"),
  period: z.string().nullable().describe("报告期：一季度、上半年、1—11月、全年……"),
  elapsed: z.number().describe("报告期占全年的比例（全年为 1）"),
  elapsedBasis: z.string().describe("比例怎么来的：报告期“上半年”、截至11月底……"),
  words: z.string().nullable().describe("报告自己的说法：已完成、序时推进、滞后……"),
  value: z.number().nullable().describe("报告的实际数值；增速下降为负数；未公开为 null，绝不为 0"),
  unit: z.string().nullable().describe("单位"),
  redacted: z.boolean().describe("报告隐去了数值（未公开）"),
  preliminary: z.boolean().describe("报告说是预计数"),
  quote: z.string().describe("报告原话"),
  source: ProgressSourceSchema,
  note: z.string().nullable().describe("编辑的说明"),
}).describe("报告中关于计划某一事项的一条进展");

export type ProgressRecord = z.output<typeof ProgressRecordSchema>;
