/** linkPlan: after parsing, ties a plan to the editor's lists — goals and commitments to indicators, measures to themes and entities. */
import type { Entity } from "../schema/entity.ts";
import type { Indicator } from "../schema/indicator.ts";
import type { Plan } from "../schema/plan.ts";
import type { Theme } from "../schema/theme.ts";
import { linkEntities } from "./entities.ts";
import { linkIndicators } from "./indicators.ts";
import { assignThemes } from "./themes.ts";

/** Returns the plan linked to the lists, each stage adding its warnings (a goal with no indicator, a measure with no theme). */
export function linkPlan(plan: Plan, dict: { indicators: Indicator[]; themes: Theme[]; entities: Entity[] }): Plan {
  return linkEntities(assignThemes(linkIndicators(plan, dict.indicators), dict.themes), dict.entities);
}
