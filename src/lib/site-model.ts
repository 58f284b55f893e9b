/** site-model: the one site model (src/model/site-model.ts) of this build, made from the content collections once and read by every page. */
import { getCollection } from "astro:content";
import type { Plan } from "../schema/plan.ts";
import { buildSiteModel, type SiteModel } from "../model/site-model.ts";
import { perBuild } from "./per-build.ts";
import { getSiteIdentity } from "./site-identity.ts";

/**
 * Returns the site model; built once per build (each request in dev). getCollection copies every entry on
 * each call, which at hundreds of plans cost more than rendering, so the collections are read once here;
 * the loader checked each plan against PlanSchema before storing it as JSON text (StoredPlanSchema).
 */
export const getSiteModel = perBuild(async (): Promise<SiteModel> => {
  const [plans, indicators, values, themes, entities, progress, identity] = await Promise.all([
    getCollection("plans"), getCollection("indicators"), getCollection("indicatorValues"), getCollection("themes"), getCollection("entities"), getCollection("progress"), getSiteIdentity(),
  ]);
  return buildSiteModel({
    plans: plans.map((e) => JSON.parse(e.data.json) as Plan),
    indicators: indicators.map((e) => e.data),
    values: values.map((e) => e.data),
    themes: themes.map((e) => e.data),
    entities: entities.map((e) => e.data),
    progress: progress.map((e) => e.data),
    defaultJurisdiction: identity.info.defaultJurisdiction,
  });
});
