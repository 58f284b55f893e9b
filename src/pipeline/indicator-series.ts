/** indicatorSeries: joins the indicator dictionary, the plans and the reported values into one series per indicator. */
import type { Indicator } from "../schema/indicator.ts";
import type { IndicatorSeries } from "../schema/indicator-series.ts";
import type { Observation } from "../schema/observation.ts";
import type { Plan } from "../schema/plan.ts";
import { findMentions } from "./mentions.ts";
import { planObservations } from "./observations.ts";
import { slugify } from "./slug.ts";

const KIND_ORDER = { target: 0, stretch: 1, actual: 2 } as const;

/**
 * Returns one series per indicator and jurisdiction, in dictionary order: a jurisdiction's bureaus share
 * its indicators, and two jurisdictions never share a series. Each holds the plan years (ascending) of
 * that jurisdiction's issuers that set it a target, every target their plans state (goals, then
 * measures, in document order) and every value reported for that jurisdiction, sorted by year and kind
 * (target, 力争, actual), and the plan passages that name it. A site with one jurisdiction has one series
 * per indicator, keyed by the indicator's id; with several, keys are <id>--<jurisdiction in pinyin>.
 */
export function buildIndicatorSeries(indicators: Indicator[], plans: Plan[], reported: Observation[]): IndicatorSeries[] {
  const byPlanYear = [...plans].sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  const jurisdictions = [...new Set(byPlanYear.map((p) => p.jurisdiction))];
  if (jurisdictions.length === 0) jurisdictions.push(null);
  const keys = new Map(jurisdictions.map((j) => [j, jurisdictions.length > 1 ? `--${slugify(j ?? "wei-zhu-ming")}` : ""]));
  const stated = byPlanYear.flatMap(planObservations);
  const issuerOf = new Map(byPlanYear.map((p) => [p.id, p.issuer]));
  return indicators.flatMap((indicator) =>
    jurisdictions.map((jurisdiction) => {
      const own = byPlanYear.filter((p) => p.jurisdiction === jurisdiction);
      const observations = [...stated, ...reported].filter((o) => o.indicator === indicator.id && o.jurisdiction === jurisdiction);
      // the years of the plans of the issuers that set it a target (all its plans when none does), so that another bureau's plan adds no empty year
      const issuers = new Set(observations.filter((o) => o.source.plan !== null).map((o) => issuerOf.get(o.source.plan!)));
      const years = [...new Set(own.filter((p) => issuers.size === 0 || issuers.has(p.issuer)).map((p) => p.year))];
      return {
        ...indicator,
        key: `${indicator.id}${keys.get(jurisdiction)}`,
        jurisdiction,
        years,
        observations: observations
          .map((o, i) => ({ o, i }))
          .sort((a, b) => a.o.year - b.o.year || KIND_ORDER[a.o.kind] - KIND_ORDER[b.o.kind] || a.i - b.i)
          .map(({ o }) => o),
        mentions: findMentions(indicator, own),
      };
    }),
  );
}

/**
 * Returns the series as one issuer's plans see it: the targets its own plans state, every reported
 * value, and the years of its plans — what a plan's printed summary charts, so that another bureau's
 * targets do not crowd it.
 */
export function issuerSeries(series: IndicatorSeries, issuerPlans: Pick<Plan, "id" | "year">[]): IndicatorSeries {
  const own = new Set(issuerPlans.map((p) => p.id));
  return {
    ...series,
    years: [...new Set(issuerPlans.map((p) => p.year))].sort((a, b) => a - b),
    observations: series.observations.filter((o) => o.kind === "actual" || (o.source.plan !== null && own.has(o.source.plan))),
    mentions: series.mentions.filter((m) => own.has(m.plan)),
  };
}

export interface SeriesYear {
  year: number;
  observations: Observation[]; // that year's targets and results, in series order
  missingTarget: boolean; // a plan was published that year, and states no target for the indicator
  missingActual: boolean; // no result is known (尚无数据)
}

/** Returns a series year by year, oldest first: every plan year and every year holding a value. */
export function seriesYears(series: Pick<IndicatorSeries, "years" | "observations">): SeriesYear[] {
  const years = [...new Set([...series.years, ...series.observations.map((o) => o.year)])].sort((a, b) => a - b);
  return years.map((year) => {
    const observations = series.observations.filter((o) => o.year === year);
    return {
      year,
      observations,
      missingTarget: series.years.includes(year) && !observations.some((o) => o.kind !== "actual"),
      missingActual: !observations.some((o) => o.kind === "actual"),
    };
  });
}
