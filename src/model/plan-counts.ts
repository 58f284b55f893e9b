/** plan-counts: what a plan counts — sections, measures, goals, commitments, redactions — as cards and headers show it. */
import type { Plan } from "../schema/plan.ts";
import { measuresOf } from "../pipeline/plan-text.ts";

export interface PlanCounts {
  sections: number; // numbered sections
  measures: number;
  goals: number;
  commitments: number;
  redactions: number;
}

/** Returns the plan's counts. */
export function countPlan(plan: Plan): PlanCounts {
  const measures = measuresOf(plan);
  return {
    sections: plan.parts.reduce((n, p) => n + p.sections.filter((s) => s.number !== null).length, 0),
    measures: measures.length,
    goals: plan.goals.length,
    commitments: measures.reduce((n, m) => n + m.commitments.length, 0),
    redactions: plan.redactions.length,
  };
}
