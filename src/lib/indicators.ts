/** indicators: the indicator series as pages need them — built once per build from the collections, summarised for lists. */
import { getCollection } from "astro:content";
import type { IndicatorSeries } from "../schema/indicator-series.ts";
import type { Observation } from "../schema/observation.ts";
import { buildIndicatorSeries, issuerSeries, seriesYears } from "../pipeline/indicator-series.ts";
import { assessYear, type Assessment } from "../pipeline/assess.ts";
import { getPlans } from "./plans.ts";
import { perBuild } from "./per-build.ts";

/** Returns every indicator's series, in dictionary order; computed once per build (each request in dev). */
export const getIndicatorSeries = perBuild(async (): Promise<IndicatorSeries[]> => {
  const [indicators, values, plans] = await Promise.all([getCollection("indicators"), getCollection("indicatorValues"), getPlans()]);
  return buildIndicatorSeries(indicators.map((e) => e.data), plans, values.map((e) => e.data));
});

const issuerSeriesCache = perBuild(async () => new Map<string, IndicatorSeries[]>());

/** Returns every indicator's series as one issuer's plans see it (see issuerSeries); the same objects for the whole build, so their charts are drawn once. */
export async function getIssuerSeries(issuer: string): Promise<IndicatorSeries[]> {
  const [all, plans, cache] = await Promise.all([getIndicatorSeries(), getPlans(), issuerSeriesCache()]);
  if (!cache.has(issuer)) cache.set(issuer, all.map((s) => issuerSeries(s, plans.filter((p) => p.issuer === issuer))));
  return cache.get(issuer)!;
}

export interface IndicatorSummary {
  latestTargets: Observation[]; // the targets of the latest year that has any
  latestActual: Observation | null;
  assessment: Assessment; // for the year of the latest result, else the latest plan year
}

/** Returns what a list of indicators shows for one: its latest targets, latest result and their comparison. */
export function summarise(series: IndicatorSeries): IndicatorSummary {
  const targets = series.observations.filter((o) => o.kind !== "actual");
  const targetYear = targets.at(-1)?.year;
  const latestActual = series.observations.filter((o) => o.kind === "actual").at(-1) ?? null;
  const year = latestActual?.year ?? series.years.at(-1) ?? 0;
  return { latestTargets: targets.filter((o) => o.year === targetYear), latestActual, assessment: assessYear(series.observations, year) };
}

/** Returns each year's assessment, oldest first: what a plan year promised against what was reported. */
export function assessments(series: IndicatorSeries): Assessment[] {
  return seriesYears(series).map((y) => assessYear(series.observations, y.year));
}

/** Returns the reported result of `indicator` for `year`, or null when none is known. */
export function resultOf(all: IndicatorSeries[], indicator: string | null, year: number): Observation | null {
  return all.find((s) => s.id === indicator)?.observations.find((o) => o.kind === "actual" && o.year === year) ?? null;
}

export interface GoalLink {
  indicator: { id: string; name: string } | null;
  result: Observation | null; // the result reported for the plan's year
}

/** Returns, for each goal of `plan` in order, its indicator and the result reported for the plan's year. */
export function goalLinks(plan: { year: number; goals: { indicator: string | null }[] }, all: IndicatorSeries[]): GoalLink[] {
  return plan.goals.map((g) => {
    const series = all.find((s) => s.id === g.indicator);
    return { indicator: series ? { id: series.id, name: series.name } : null, result: resultOf(all, g.indicator, plan.year) };
  });
}
