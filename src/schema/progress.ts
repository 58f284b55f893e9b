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

export const StatusCodeSchema = z.enum(["done", "not-done", "on-pace", "behind", "undisclosed", "self", "not-comparable", "no-report"])
  .describe("done 已完成 / not-done 未完成 / on-pace 达到序时进度 / behind 滞后序时进度 / undisclosed 目标未公开 / self 自评（照录报告的说法） / not-comparable 无法判定 / no-report 尚无报告");
export const RuleIdSchema = z.enum(["no-report", "undisclosed-target", "self", "approximate", "unit-mismatch", "year-end", "pace-amount", "pace-rate"])
  .describe("判定所用的规则，见网站“落实情况怎样判定”页");

export const JudgementSchema = z.object({
  code: StatusCodeSchema,
  rule: RuleIdSchema,
  direction: z.enum(["at-least", "at-most", "fall"]).nullable().describe("目标的方向：at-least 不低于 / at-most 不高于（以内、控制在） / fall 下降"),
  target: z.number().nullable().describe("目标值（目标的单位）"),
  actual: z.number().nullable().describe("结果，换算成目标的单位"),
  unit: z.string().nullable().describe("目标的单位"),
  factor: z.number().nullable().describe("结果单位换算成目标单位的倍数（相同为 1）"),
  share: z.number().nullable().describe("年中报告：结果占全年目标的比例"),
  elapsed: z.number().nullable().describe("年中报告：全年已过时间的比例"),
  preliminary: z.boolean().describe("结果是预计数"),
}).describe("按公开规则判定的状态及所用的数字");

export const ItemTargetSchema = z.object({
  value: z.number().nullable(), unit: z.string().nullable(), redacted: z.boolean(), qualifier: z.string().nullable(), text: z.string(),
}).describe("事项的目标：数值、单位、是否隐去、限定词、原文");

export const ProgressEntrySchema = ProgressRecordSchema.pick({ asOf: true, period: true, elapsed: true, elapsedBasis: true, value: true, unit: true, redacted: true, preliminary: true, words: true, source: true, note: true })
  .extend({ quote: z.string().nullable().describe("报告原话；结果出自指标的公开数据时为 null"), judgement: JudgementSchema })
  .describe("一次报告关于一个事项的说法及其判定");

export const ItemProgressSchema = z.object({
  plan: z.string().describe("计划编号"),
  item: z.string().describe("事项：g-2 目标、m-13 措施、m-13-c1 措施中的量化承诺"),
  kind: z.enum(["goal", "measure", "commitment"]).describe("goal 目标 / measure 措施 / commitment 量化承诺"),
  place: z.string().describe("在计划中的位置"),
  text: z.string().describe("目标、承诺原文或措施标题"),
  indicator: z.string().nullable().describe("对应的指标编号"),
  url: z.string().describe("事项在计划页上的位置"),
  target: ItemTargetSchema.nullable().describe("目标；措施没有自己的数值，为 null"),
  status: JudgementSchema.describe("最新一次报告的判定；没有报告为 no-report"),
  entries: z.array(ProgressEntrySchema).describe("各次报告，按时间先后"),
}).describe("计划中一个事项的落实情况");
