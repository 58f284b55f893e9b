/** plans: the plan collection as pages need it — sorted, counted, with neighbours. */
import { getCollection } from "astro:content";
import type { Plan } from "../schema/plan.ts";
import { measuresOf } from "../pipeline/plan-text.ts";
import { perBuild } from "./per-build.ts";

// getCollection copies every entry on each call, which at hundreds of plans cost more than rendering;
// the loader checked each plan against PlanSchema before storing it as JSON text (StoredPlanSchema)
const allPlans = perBuild(async () =>
  (await getCollection("plans")).map((e) => JSON.parse(e.data.json) as Plan).sort((a, b) => b.year - a.year || a.id.localeCompare(b.id)),
);

/** Returns every plan, newest year first (then by id, so the order is stable); read once per build — do not change the plans. */
export async function getPlans(): Promise<Plan[]> {
  return [...(await allPlans())];
}

/** Returns `items` grouped by the bureau `issuerOf` names, bureaus in pinyin order, items in their order: a county's lists, a group per bureau. */
export function groupByIssuer<T>(items: T[], issuerOf: (item: T) => string): { issuer: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(issuerOf(item), [...(groups.get(issuerOf(item)) ?? []), item]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b, "zh-CN")).map(([issuer, items]) => ({ issuer, items }));
}

/** Returns the plans grouped by year, oldest year first: a table's columns, one year each however many issuers publish plans. */
export function plansByYear(plans: Plan[]): { year: number; plans: Plan[] }[] {
  const years = new Map<number, Plan[]>();
  for (const p of [...plans].sort((a, b) => a.year - b.year || a.id.localeCompare(b.id))) years.set(p.year, [...(years.get(p.year) ?? []), p]);
  return [...years].map(([year, plans]) => ({ year, plans }));
}

/** Returns the plan's counts shown on cards and headers. */
export function countsOf(plan: Plan) {
  const measures = measuresOf(plan);
  return {
    sections: plan.parts.reduce((n, p) => n + p.sections.filter((s) => s.number !== null).length, 0),
    measures: measures.length,
    goals: plan.goals.length,
    commitments: measures.reduce((n, m) => n + m.commitments.length, 0),
    redactions: plan.redactions.length,
  };
}

export interface Neighbours {
  previous: Plan | null;
  next: Plan | null;
}

/** Returns, for every plan by id, the plans of the same issuer just before and after it by year. */
export function neighbourIndex(plans: Plan[]): Map<string, Neighbours> {
  const byIssuer = new Map<string, Plan[]>();
  for (const p of plans) byIssuer.set(p.issuer, [...(byIssuer.get(p.issuer) ?? []), p]);
  const index = new Map<string, Neighbours>();
  for (const same of byIssuer.values()) {
    const sorted = [...same].sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
    sorted.forEach((p, i) => index.set(p.id, { previous: sorted[i - 1] ?? null, next: sorted[i + 1] ?? null }));
  }
  return index;
}
