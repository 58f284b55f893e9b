/** observations: the targets a plan states for each indicator — from its goals and from its measures' commitments. */
import type { Observation } from "../schema/observation.ts";
import type { Goal, Measure, Part, Plan } from "../schema/plan.ts";

type PlanRecord = Pick<Plan, "id" | "year" | "title" | "disclosure" | "parts" | "goals">;

/**
 * Returns one observation per linked goal (placed in its goals part, anchored at g-<n>) and per
 * linked commitment (placed at its measure, m-<n>), in document order: kind stretch for 力争 targets,
 * else target. A redacted target keeps value null and redacted true. Unlinked ones are left out.
 */
export function planObservations(plan: PlanRecord): Observation[] {
  const fromGoals = plan.goals.flatMap((g) => (g.indicator ? [observe(plan, g, g.indicator, g.text, g.anchor, goalPlace(plan.parts, g))] : []));
  const fromMeasures = plan.parts.flatMap((part) =>
    part.sections.flatMap((section) =>
      section.measures.flatMap((m) =>
        m.commitments.flatMap((c) => (c.indicator ? [observe(plan, c, c.indicator, c.text, m.anchor, measurePlace(m, section))] : [])),
      ),
    ),
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
    source: { title: plan.title, date: plan.disclosure.datePublished ?? plan.disclosure.dateWritten, plan: plan.id, anchor, place },
    note: null,
  };
}

/** Returns the heading of the goals part a goal was read from: the last goals part starting before its line. */
function goalPlace(parts: Part[], goal: Goal): string {
  const part = parts.filter((p) => p.kind === "goals" && p.line <= goal.line).at(-1);
  return part ? `${part.marker}${part.title}` : "目标";
}

/** Returns how a reader cites a measure: 第 13 条, or its section heading when the section is one unnumbered measure. */
export function measurePlace(m: Measure, section: { marker: string; title: string }): string {
  if (m.number !== null) return `第 ${m.number} 条`;
  return `${section.marker}${section.title}`.replace(/[。；;]$/, "") || m.title;
}
