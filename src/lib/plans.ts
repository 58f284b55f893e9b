/** plans: the plan collection as pages need it — sorted, counted, with neighbours. */
import { getCollection } from "astro:content";
import type { Plan } from "../schema/plan.ts";
import { measuresOf } from "../pipeline/plan-text.ts";

/** Returns every plan, newest year first (then by id, so the order is stable). */
export async function getPlans(): Promise<Plan[]> {
  const entries = await getCollection("plans");
  return entries.map((e) => e.data).sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
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

/** Returns the plans of the same issuer just before and after `plan` by year. */
export function neighboursOf(plan: Plan, plans: Plan[]): { previous: Plan | null; next: Plan | null } {
  const same = plans.filter((p) => p.issuer === plan.issuer).sort((a, b) => a.year - b.year);
  const i = same.findIndex((p) => p.id === plan.id);
  return { previous: same[i - 1] ?? null, next: same[i + 1] ?? null };
}
