/** plans: the plans as pages list them — from the site model, grouped by bureau or by year. */
import type { Plan } from "../schema/plan.ts";
import { getSiteModel } from "./site-model.ts";

/** Returns every plan, newest year first (then by id, so the order is stable); do not change the plans. */
export async function getPlans(): Promise<Plan[]> {
  return [...(await getSiteModel()).plans];
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
