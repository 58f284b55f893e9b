/** The site's data: each collection, where it comes from, and its schema. */
import { defineCollection } from "astro:content";
import { planLoader } from "./loaders/plan-loader.ts";
import { DEFAULT_PATHS } from "./io/read-source.ts";
import { PlanSchema } from "./schema/plan.ts";

/** Annual plans: data/plans.csv (the catalogue) × seeds/ (the documents as published), goals linked to data/indicators.csv. */
const plans = defineCollection({
  loader: planLoader(DEFAULT_PATHS),
  schema: PlanSchema,
});

export const collections = { plans };
