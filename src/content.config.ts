/** The site's data: each collection, where it comes from, and its schema. */
import { defineCollection } from "astro:content";
import { planLoader } from "./loaders/plan-loader.ts";
import { indicatorLoader, indicatorValueLoader } from "./loaders/indicator-loader.ts";
import { DEFAULT_PATHS } from "./io/read-source.ts";
import { PlanSchema } from "./schema/plan.ts";
import { IndicatorSchema } from "./schema/indicator.ts";
import { ObservationSchema } from "./schema/observation.ts";

/** Annual plans: data/plans.csv (the catalogue) × seeds/ (the documents as published), goals and commitments linked to data/indicators.csv. */
const plans = defineCollection({
  loader: planLoader(DEFAULT_PATHS),
  schema: PlanSchema,
});

/** The indicator dictionary: data/indicators.csv (id, name, unit, category, the aliases plans use). */
const indicators = defineCollection({
  loader: indicatorLoader(DEFAULT_PATHS),
  schema: IndicatorSchema,
});

/** Reported results, each with its source: data/indicator-values.csv (targets come from the plans themselves). */
const indicatorValues = defineCollection({
  loader: indicatorValueLoader(DEFAULT_PATHS),
  schema: ObservationSchema,
});

export const collections = { plans, indicators, indicatorValues };
