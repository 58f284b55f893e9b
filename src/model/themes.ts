/** themes: each theme's measures across the plans, and how many each plan has. */
import type { Plan } from "../schema/plan.ts";
import type { Theme } from "../schema/theme.ts";
import { placedMeasures, type Placed } from "../pipeline/plan-text.ts";

export type ThemeMeasures = { plan: Plan; measures: Placed[] }[];
export interface ThemeCount {
  theme: string;
  name: string;
  year: number;
  plan: string;
  count: number;
}

/** Returns, for each plan of `oldestFirst`, its measures under the theme. */
export function measuresByTheme(theme: string, oldestFirst: Plan[]): ThemeMeasures {
  return oldestFirst.map((plan) => ({ plan, measures: placedMeasures(plan).filter((p) => p.measure.themes.includes(theme)) }));
}

/** Returns the number of measures under each theme in each plan of `oldestFirst`: the rows of the theme × year chart. */
export function countThemes(themes: Theme[], oldestFirst: Plan[]): ThemeCount[] {
  return oldestFirst.flatMap((plan) => {
    const placed = placedMeasures(plan);
    return themes.map((t) => ({ theme: t.id, name: t.name, year: plan.year, plan: plan.id, count: placed.filter((p) => p.measure.themes.includes(t.id)).length }));
  });
}
