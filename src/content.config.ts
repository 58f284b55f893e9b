/** The site's data: each collection, where it comes from, and its schema. */
import { defineCollection } from "astro:content";
import { planLoader } from "./loaders/plan-loader.ts";
import { entityLoader, indicatorLoader, indicatorValueLoader, progressLoader, themeLoader } from "./loaders/list-loader.ts";
import { ProgressRecordSchema } from "./schema/progress.ts";
import { DEFAULT_PATHS } from "./io/read-source.ts";
import { StoredPlanSchema } from "./schema/plan.ts";
import { IndicatorSchema } from "./schema/indicator.ts";
import { ObservationSchema } from "./schema/observation.ts";
import { ThemeSchema } from "./schema/theme.ts";
import { EntitySchema } from "./schema/entity.ts";

/** Annual plans: data/plans.csv (the catalogue) × seeds/ (the documents as published), goals and commitments linked to data/indicators.csv. */
const plans = defineCollection({
  loader: planLoader(DEFAULT_PATHS),
  schema: StoredPlanSchema, // each a Plan (PlanSchema), checked by the loader and kept as JSON text
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

/** Themes: data/themes.csv (id, name, keywords) — each measure's Measure.themes names them. */
const themes = defineCollection({
  loader: themeLoader(DEFAULT_PATHS),
  schema: ThemeSchema,
});

/** Enterprises, projects and parks: data/entities.csv (name, kind, aliases) — each measure's Measure.entities names them. */
const entities = defineCollection({
  loader: entityLoader(DEFAULT_PATHS),
  schema: EntitySchema,
});

/** What reports say became of each plan item, each with its quote and source: data/progress.csv (absent: none). */
const progress = defineCollection({
  loader: progressLoader(DEFAULT_PATHS),
  schema: ProgressRecordSchema,
});

export const collections = { plans, indicators, indicatorValues, themes, entities, progress };
