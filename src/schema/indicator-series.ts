/** An indicator with everything known of it across the years: the record behind /indicators/<id>/ and data/indicators.json. */
import { z } from "zod";
import { IndicatorSchema } from "./indicator.ts";
import { MentionSchema, ObservationSchema } from "./observation.ts";

export const IndicatorSeriesSchema = IndicatorSchema.extend({
  years: z.array(z.number().int()).describe("已发布计划的年度，从早到晚"), // the years of the published plans, ascending
  observations: z.array(ObservationSchema).describe("每个数字一条：计划中的目标、报告的实际结果"), // targets from the plans and reported values, by year and kind
  mentions: z.array(MentionSchema).describe("计划原文中提到该指标的句子"), // plan passages naming it
});

export type IndicatorSeries = z.output<typeof IndicatorSeriesSchema>;
