/** indicator-summary: what lists and pages show of an indicator — its latest targets and result, each year's assessment, each goal's result. */
import type { IndicatorSeries } from "../schema/indicator-series.ts";
import type { Observation } from "../schema/observation.ts";
import { seriesYears } from "../pipeline/indicator-series.ts";
import { assessYear, type Assessment } from "../pipeline/assess.ts";

export interface IndicatorSummary {
  latestTargets: Observation[]; // the targets of the latest year that has any
  latestActual: Observation | null;
  assessment: Assessment; // for the year of the latest result, else the latest plan year
  assessments: Assessment[]; // each year's, oldest first: what a plan year promised against what was reported
}

/** Returns the summary of one series. */
export function summariseSeries(series: IndicatorSeries): IndicatorSummary {
  const targets = series.observations.filter((o) => o.kind !== "actual");
  const targetYear = targets.at(-1)?.year;
  const latestActual = series.observations.filter((o) => o.kind === "actual").at(-1) ?? null;
  const year = latestActual?.year ?? series.years.at(-1) ?? 0;
  return {
    latestTargets: targets.filter((o) => o.year === targetYear),
    latestActual,
    assessment: assessYear(series.observations, year),
    assessments: seriesYears(series).map((y) => assessYear(series.observations, y.year)),
  };
}

export interface GoalLink {
  indicator: { id: string; name: string } | null;
  result: Observation | null; // the result reported for the plan's year
}

/** Returns, for each goal of `plan` in order, its indicator and the result reported for the plan's year. */
export function linkGoals(plan: { year: number; jurisdiction: string | null; goals: { indicator: string | null }[] }, all: IndicatorSeries[]): GoalLink[] {
  return plan.goals.map((g) => {
    const series = all.find((s) => s.id === g.indicator && s.jurisdiction === plan.jurisdiction); // the plan's own jurisdiction's series, never another's
    return {
      indicator: series ? { id: series.key, name: series.name } : null,
      result: series?.observations.find((o) => o.kind === "actual" && o.year === plan.year) ?? null,
    };
  });
}
