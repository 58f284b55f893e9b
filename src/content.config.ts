/** The site's data: each collection, where it comes from, and its schema. */
import { defineCollection } from "astro:content";
import { planLoader } from "./loaders/plan-loader.ts";
import { PlanSchema } from "./schema/plan.ts";

/** Annual plans: data/plans.csv (the catalogue) × seeds/ (the documents as published). */
const plans = defineCollection({
  loader: planLoader({ catalogue: "data/plans.csv", seeds: "seeds" }),
  schema: PlanSchema,
});

export const collections = { plans };
