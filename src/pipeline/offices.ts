/** offices: the responsible offices (责任股室) named across plans, each with its measures per plan; generic entries kept apart. */
import type { MeasureRef } from "../schema/comparison.ts";
import type { Plan } from "../schema/plan.ts";
import { placedMeasures } from "./plan-text.ts";
import { slugify } from "./slug.ts";

export const GENERIC_OFFICE = /^相关/; // 相关股室, 相关业务股室: a way of saying "whoever concerned", not an office

export interface OfficeRecord {
  slug: string; // pinyin of the name: jing-ji-yun-xing-ban-gong-shi
  name: string;
  generic: boolean;
  plans: { plan: string; year: number; measures: MeasureRef[] }[]; // every plan of the issuers that name it, oldest first; no measures where it is not named
}

/**
 * Returns every office named in the plans' responsibility annotations, in order of first mention, with
 * its measures in each plan of the issuers that name it (an office belongs to its bureau: where a county
 * publishes many bureaus' plans, another bureau's plans say nothing about it).
 */
export function collectOffices(plans: Plan[]): OfficeRecord[] {
  const ordered = [...plans].sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  const placed = ordered.map((plan) => ({ plan, measures: placedMeasures(plan) }));
  const issuers = new Map<string, Set<string>>(); // office name → the issuers whose plans name it
  for (const { plan, measures } of placed)
    for (const m of measures) for (const name of m.measure.responsibility?.offices ?? []) issuers.set(name, (issuers.get(name) ?? new Set()).add(plan.issuer));
  return [...issuers].map(([name, naming]) => ({
    slug: slugify(name),
    name,
    generic: GENERIC_OFFICE.test(name),
    plans: placed
      .filter(({ plan }) => naming.has(plan.issuer))
      .map(({ plan, measures }) => ({
        plan: plan.id,
        year: plan.year,
        measures: measures.filter((m) => m.measure.responsibility?.offices.includes(name)).map((m) => m.ref),
      })),
  }));
}

/** Returns the ids of the plans that name no responsible office at all (as the 2022 seed). */
export function plansNamingNoOffice(plans: Plan[]): string[] {
  return plans.filter((plan) => !placedMeasures(plan).some((m) => (m.measure.responsibility?.offices.length ?? 0) > 0)).map((p) => p.id);
}
