/** Observations: each value an indicator has in a year — a target stated in a plan, or a reported result — with its source. */
import { z } from "zod";

export const ObservationKind = z.enum(["target", "stretch", "actual"]); // 目标 / 力争目标 / 实际

export const ObservationSourceSchema = z.object({
  title: z.string().describe("出处：计划标题，或报告名称"), // the plan's title, or the report's name as written in data/indicator-values.csv
  date: z.string().nullable().describe("出处日期 YYYY-MM-DD，未知为 null"), // YYYY-MM-DD when known
  plan: z.string().nullable().describe("数值出自计划时，计划编号"), // the plan's id when the value is stated in a plan
  anchor: z.string().nullable().describe("在该计划中的位置：g-2（目标）或 m-13（措施）"), // where in that plan: g-2 (a goal) or m-13 (a measure)
  place: z.string().nullable().describe("读者引用的位置：二、发展目标 / 第 13 条"), // that place as a reader cites it: 二、发展目标 / 第 13 条
});

export const ObservationSchema = z.object({
  indicator: z.string().describe("指标编号"),
  year: z.number().int().describe("年度"),
  kind: ObservationKind.describe("target 目标 / stretch 力争目标 / actual 实际"),
  value: z.number().nullable().describe("数值；未公开或定性时为 null，绝不为 0"), // null when redacted (未公开) or qualitative — never 0
  unit: z.string().nullable().describe("单位"),
  redacted: z.boolean().describe("数值未公开"),
  qualifier: z.string().nullable().describe("以上、左右、以内……"), // 以上 / 左右 / 以内 …
  status: z.string().nullable().describe("状态，如“预计数”"), // 预计数 …
  text: z.string().nullable().describe("目标在计划中的原话；报告的数值为 null"), // the plan's own words for a target; null for a reported value
  jurisdiction: z.string().nullable().describe("行政区划：这个数字是哪里的（如“濉溪县”）；只有一个行政区划的网站为 null"), // whose figure: never shown beside another's
  source: ObservationSourceSchema, // 出处
  note: z.string().nullable().describe("说明"),
});

/** A plan passage that names an indicator: the sentence, and where the name stands in it. */
export const MentionSchema = z.object({
  plan: z.string().describe("计划编号"),
  year: z.number().int().describe("年度"),
  anchor: z.string().describe("锚点：m-1，或段落所在部分、分节"), // m-1, or the part or section holding the paragraph
  place: z.string().describe("读者引用的位置：第 1 条 /（一）抓运行监测"), // 第 1 条 / （一）抓运行监测
  excerpt: z.string().describe("原文句子"), // the sentence, as in the source
  start: z.number().int().describe("指标名称在句中的起始位置"), // offsets of the name in excerpt
  end: z.number().int().describe("指标名称在句中的结束位置"),
});

export type ObservationKind = z.output<typeof ObservationKind>;
export type Observation = z.output<typeof ObservationSchema>;
export type Mention = z.output<typeof MentionSchema>;
