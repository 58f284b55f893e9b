/** An indicator with everything known of it across the years: the record behind /indicators/<id>/ and data/indicators.json. */
import { z } from "zod";
import { IndicatorSchema } from "./indicator.ts";
import { MentionSchema, ObservationSchema } from "./observation.ts";

export const IndicatorSeriesSchema = IndicatorSchema.extend({
  key: z.string().describe("网址中的编号：只有一个行政区划时即指标编号，否则为“指标编号--行政区划拼音”"), // /indicators/<key>/
  jurisdiction: z.string().nullable().describe("行政区划：这条序列的数字都属于它；只有一个行政区划的网站为 null"),
  years: z.array(z.number().int()).describe("已发布计划的年度，从早到晚"), // the years of the published plans, ascending
  observations: z.array(ObservationSchema).describe("每个数字一条：计划中的目标、报告的实际结果"), // targets from the plans and reported values, by year and kind
  mentions: z.array(MentionSchema).describe("计划原文中提到该指标的句子"), // plan passages naming it
});

export type IndicatorSeries = z.output<typeof IndicatorSeriesSchema>;
