/** observations: the targets a plan states for each indicator — from its goals and from its measures' commitments. */
import type { Observation } from "../schema/observation.ts";
import type { Goal, Part, Plan } from "../schema/plan.ts";
import { placedMeasures } from "./plan-text.ts";

type PlanRecord = Pick<Plan, "id" | "year" | "title" | "disclosure" | "parts" | "goals" | "jurisdiction">;

/**
 * Returns one observation per linked goal (placed in its goals part, anchored at g-<n>) and per
 * linked commitment (placed at its measure, m-<n>), in document order: kind stretch for 力争 targets,
 * else target. A redacted target keeps value null and redacted true. Unlinked ones are left out.
 */
export function planObservations(plan: PlanRecord): Observation[] {
  const fromGoals = plan.goals.flatMap((g) => (g.indicator ? [observe(plan, g, g.indicator, g.text, g.anchor, goalPlace(plan.parts, g))] : []));
  const fromMeasures = placedMeasures(plan).flatMap(({ measure, ref }) =>
    measure.commitments.flatMap((c) => (c.indicator ? [observe(plan, c, c.indicator, c.text, ref.anchor, ref.place)] : [])),
  );
  return [...fromGoals, ...fromMeasures];
}

type Stated = Pick<Goal, "value" | "unit" | "redacted" | "qualifier" | "stretch">;

function observe(plan: PlanRecord, q: Stated, indicator: string, text: string, anchor: string, place: string): Observation {
  return {
    indicator,
    year: plan.year,
    kind: q.stretch ? "stretch" : "target",
    value: q.value,
    unit: q.unit,
    redacted: q.redacted,
    qualifier: q.qualifier,
    status: null,
    text,
    jurisdiction: plan.jurisdiction,
    source: { title: plan.title, date: plan.disclosure.datePublished ?? plan.disclosure.dateWritten, plan: plan.id, anchor, place },
    note: null,
  };
}

/** Returns the heading of the goals part a goal was read from: the last goals part starting before its line. */
function goalPlace(parts: Part[], goal: Goal): string {
  const part = parts.filter((p) => p.kind === "goals" && p.line <= goal.line).at(-1);
  return part ? `${part.marker}${part.title}` : "目标";
}
