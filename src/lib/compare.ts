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
import { getPlans, neighboursOf } from "./plans.ts";

export interface Lists {
  themes: Theme[];
  entities: Entity[];
}

let lists: Promise<Lists> | null = null;
let comparisons: Promise<Comparison[]> | null = null;

/** Returns the themes and entities, in the order of their CSV files. */
export function getLists(): Promise<Lists> {
  if (lists && import.meta.env.PROD) return lists;
  lists = (async () => {
    const [themes, entities] = await Promise.all([getCollection("themes"), getCollection("entities")]);
    return { themes: themes.map((e) => e.data), entities: entities.map((e) => e.data) };
  })();
  return lists;
}

/** Returns one comparison per pair of consecutive plans of the same issuer, oldest first; each computed once per build. */
export function getComparisons(): Promise<Comparison[]> {
  if (comparisons && import.meta.env.PROD) return comparisons;
  comparisons = (async () => {
    const [plans, indicators, { themes, entities }] = await Promise.all([getPlans(), getCollection("indicators"), getLists()]);
    const dict = { indicators: indicators.map((e) => e.data), themes, entities };
    return [...plans]
      .reverse()
      .flatMap((plan) => {
        const { next } = neighboursOf(plan, plans);
        return next ? [comparePlans(plan, next, dict)] : [];
      });
  })();
  return comparisons;
}

/** Returns the comparisons a plan takes part in: with the previous plan and with the next. */
export function comparisonsOf(planId: string, all: Comparison[]): { withPrevious: Comparison | null; withNext: Comparison | null } {
  return { withPrevious: all.find((c) => c.to.id === planId) ?? null, withNext: all.find((c) => c.from.id === planId) ?? null };
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

/** Returns the offices of every plan (see collectOffices), and the plans that name none. */
export async function getOffices(): Promise<{ offices: OfficeRecord[]; silent: string[] }> {
  const plans = await getPlans();
  return { offices: collectOffices(plans), silent: plansNamingNoOffice(plans) };
}
