/** continuity: what recurs across the years — entities named in each plan year, goals set in each year. */
import type { Entity } from "../schema/entity.ts";
import type { IndicatorSeries } from "../schema/indicator-series.ts";
import type { Plan } from "../schema/plan.ts";
import { measuresOf } from "../pipeline/plan-text.ts";

/** Returns each entity some plan names, with the years naming it: those named most often first, then in list order. */
export function continuity(entities: Entity[], plans: Plan[]): { entity: Entity; years: number[] }[] {
  return entities
    .map((entity) => ({
      entity,
      years: [...new Set(plans.filter((p) => measuresOf(p).some((m) => m.entities.includes(entity.id))).map((p) => p.year))].sort((a, b) => a - b),
    }))
    .filter((r) => r.years.length > 0)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.years.length - a.r.years.length || a.i - b.i)
    .map(({ r }) => r);
}

/** Returns, for each indicator any plan sets a target for, per year: set in the goals (goal), stated only in a measure, or none. */
export function goalPresence(series: IndicatorSeries[], years: number[]): { id: string; name: string; years: ("goal" | "measure" | "none")[] }[] {
  return series
    .map((s) => ({
      id: s.key,
      name: s.jurisdiction ? `${s.name}（${s.jurisdiction}）` : s.name,
      years: years.map((y) => {
        const targets = s.observations.filter((o) => o.year === y && o.kind !== "actual");
        return targets.some((o) => o.source.anchor?.startsWith("g-")) ? "goal" : targets.length ? "measure" : "none";
      }),
    }))
    .filter((r) => r.years.some((p) => p !== "none"));
}
