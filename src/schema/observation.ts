/** Observations: each value an indicator has in a year — a target stated in a plan, or a reported result — with its source. */
import { z } from "zod";

export const ObservationKind = z.enum(["target", "stretch", "actual"]); // 目标 / 力争目标 / 实际

export const ObservationSourceSchema = z.object({
  title: z.string(), // the plan's title, or the report's name as written in data/indicator-values.csv
  date: z.string().nullable(), // YYYY-MM-DD when known
  plan: z.string().nullable(), // the plan's id when the value is stated in a plan
  anchor: z.string().nullable(), // where in that plan: g-2 (a goal) or m-13 (a measure)
  place: z.string().nullable(), // that place as a reader cites it: 二、发展目标 / 第 13 条
});

export const ObservationSchema = z.object({
  indicator: z.string(),
  year: z.number().int(),
  kind: ObservationKind,
  value: z.number().nullable(), // null when redacted (未公开) or qualitative — never 0
  unit: z.string().nullable(),
  redacted: z.boolean(),
  qualifier: z.string().nullable(), // 以上 / 左右 / 以内 …
  status: z.string().nullable(), // 预计数 …
  text: z.string().nullable(), // the plan's own words for a target; null for a reported value
  source: ObservationSourceSchema,
  note: z.string().nullable(),
});

/** A plan passage that names an indicator: the sentence, and where the name stands in it. */
export const MentionSchema = z.object({
  plan: z.string(),
  year: z.number().int(),
  anchor: z.string(), // m-1, or the part or section holding the paragraph
  place: z.string(), // 第 1 条 / （一）抓运行监测
  excerpt: z.string(), // the sentence, as in the source
  start: z.number().int(), // offsets of the name in excerpt
  end: z.number().int(),
});

export type ObservationKind = z.output<typeof ObservationKind>;
export type Observation = z.output<typeof ObservationSchema>;
export type Mention = z.output<typeof MentionSchema>;
