/** compare: the comparisons, themes, entities and offices as pages need them — built once per build from the collections. */
import { getCollection } from "astro:content";
import type { Comparison } from "../schema/comparison.ts";
import type { Entity } from "../schema/entity.ts";
import type { Mention } from "../schema/observation.ts";
import type { Plan } from "../schema/plan.ts";
import type { Theme } from "../schema/theme.ts";
import { comparePlans } from "../pipeline/compare.ts";
import { entityMentions } from "../pipeline/entities.ts";
import { placedMeasures, type Placed } from "../pipeline/plan-text.ts";
import { collectOffices, plansNamingNoOffice, type OfficeRecord } from "../pipeline/offices.ts";
import { getPlans, neighbourIndex } from "./plans.ts";
import { perBuild } from "./per-build.ts";

export interface Lists {
  themes: Theme[];
  entities: Entity[];
}

/** Returns the themes and entities, in the order of their CSV files. */
export const getLists = perBuild(async (): Promise<Lists> => {
  const [themes, entities] = await Promise.all([getCollection("themes"), getCollection("entities")]);
  return { themes: themes.map((e) => e.data), entities: entities.map((e) => e.data) };
});

/** Returns one comparison per pair of consecutive plans of the same issuer, oldest first; each computed once per build. */
export const getComparisons = perBuild(async (): Promise<Comparison[]> => {
  const [plans, indicators, { themes, entities }] = await Promise.all([getPlans(), getCollection("indicators"), getLists()]);
  const dict = { indicators: indicators.map((e) => e.data), themes, entities };
  const neighbours = neighbourIndex(plans);
  return plans.reverse().flatMap((plan) => {
    const { next } = neighbours.get(plan.id)!;
    return next ? [comparePlans(plan, next, dict)] : [];
  });
});

const byPlan = new WeakMap<Comparison[], Map<string, { withPrevious: Comparison | null; withNext: Comparison | null }>>();

/** Returns the comparisons a plan takes part in: with the previous plan and with the next (looked up, not searched: every plan page asks). */
export function comparisonsOf(planId: string, all: Comparison[]): { withPrevious: Comparison | null; withNext: Comparison | null } {
  if (!byPlan.has(all)) {
    const index = new Map<string, { withPrevious: Comparison | null; withNext: Comparison | null }>();
    const entry = (id: string) => index.get(id) ?? index.set(id, { withPrevious: null, withNext: null }).get(id)!;
    for (const c of all) {
      entry(c.to.id).withPrevious = c;
      entry(c.from.id).withNext = c;
    }
    byPlan.set(all, index);
  }
  return byPlan.get(all)!.get(planId) ?? { withPrevious: null, withNext: null };
}

/** Returns, for each plan (oldest first), its measures under the theme. */
export function themeMeasures(theme: string, plans: Plan[]): { plan: Plan; measures: Placed[] }[] {
  return [...plans]
    .sort((a, b) => a.year - b.year)
    .map((plan) => ({ plan, measures: placedMeasures(plan).filter((p) => p.measure.themes.includes(theme)) }));
}

/** Returns every mention of the entity across the plans, oldest first. */
export function mentionsOfEntity(entity: Entity, plans: Plan[], entities: Entity[]): Mention[] {
  return entityMentions(entity, [...plans].sort((a, b) => a.year - b.year), entities);
}

/** Returns the number of measures under each theme in each plan: the rows of the theme × year chart. */
export function themeCounts(themes: Theme[], plans: Plan[]): { theme: string; name: string; year: number; plan: string; count: number }[] {
  return [...plans]
    .sort((a, b) => a.year - b.year)
    .flatMap((plan) => {
      const placed = placedMeasures(plan);
      return themes.map((t) => ({ theme: t.id, name: t.name, year: plan.year, plan: plan.id, count: placed.filter((p) => p.measure.themes.includes(t.id)).length }));
    });
}

/** The names pages show for theme and entity ids. */
export interface Labels {
  themes: Map<string, string>;
  entities: Map<string, string>;
}

/** Returns the names of every theme and entity by id. */
export async function getLabels(): Promise<Labels> {
  const { themes, entities } = await getLists();
  return { themes: new Map(themes.map((t) => [t.id, t.name])), entities: new Map(entities.map((e) => [e.id, e.name])) };
}

/** Returns the offices of every plan (see collectOffices), and the plans that name none; computed once per build. */
export const getOffices = perBuild(async (): Promise<{ offices: OfficeRecord[]; silent: string[] }> => {
  const plans = await getPlans();
  return { offices: collectOffices(plans), silent: plansNamingNoOffice(plans) };
});
