/** An indicator with everything known of it across the years: the record behind /indicators/<id>/ and data/indicators.json. */
import { z } from "zod";
import { IndicatorSchema } from "./indicator.ts";
import { MentionSchema, ObservationSchema } from "./observation.ts";

export const IndicatorSeriesSchema = IndicatorSchema.extend({
  years: z.array(z.number().int()), // the years of the published plans, ascending
  observations: z.array(ObservationSchema), // targets from the plans and reported values, by year and kind
  mentions: z.array(MentionSchema), // plan passages naming it
});

export type IndicatorSeries = z.output<typeof IndicatorSeriesSchema>;
