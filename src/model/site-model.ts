/** site-model: everything the pages show, derived once from the parsed inputs — a pure function, its steps listed in order as parsePlan lists its stages. */
import type { Comparison } from "../schema/comparison.ts";
import type { Entity } from "../schema/entity.ts";
import type { Indicator } from "../schema/indicator.ts";
import type { IndicatorSeries } from "../schema/indicator-series.ts";
import type { Mention, Observation } from "../schema/observation.ts";
import type { Plan } from "../schema/plan.ts";
import type { Theme } from "../schema/theme.ts";
import { comparePlans } from "../pipeline/compare.ts";
import { buildIndicatorSeries, issuerSeries } from "../pipeline/indicator-series.ts";
import { collectOffices, plansNamingNoOffice, type OfficeRecord } from "../pipeline/offices.ts";
import { entityMentions } from "../pipeline/entities.ts";
import { indexComparisons, indexNeighbours, type Neighbours, type PlanComparisons } from "./neighbours.ts";
import { countPlan, type PlanCounts } from "./plan-counts.ts";
import { summariseSeries, type IndicatorSummary } from "./indicator-summary.ts";
import { countThemes, measuresByTheme, type ThemeCount, type ThemeMeasures } from "./themes.ts";
import { continuity, goalPresence } from "./continuity.ts";
import { uniqueSlugs } from "../pipeline/slug.ts";
import { withDefaultJurisdiction } from "../pipeline/site-info.ts";
import type { ProgressRecord } from "../schema/progress.ts";
import { planProgress, yearEndObservations, type PlanProgress } from "./progress.ts";
import { indexCarryOn, type MeasureAcross } from "./carry-on.ts";

/** What the model is made from: the plans as parsed and linked, and the editor's lists. */
export interface SiteInputs {
  plans: Plan[];
  indicators: Indicator[];
  values: Observation[]; // data/indicator-values.csv
  themes: Theme[];
  entities: Entity[];
  progress?: ProgressRecord[]; // data/progress.csv: what reports say became of each plan item
  defaultJurisdiction?: string | null; // data/site.csv 默认行政区划: the 行政区划 of every plan and value that names none
}

/** A bureau publishing plans: its own page lists its plans, its indicators and its offices. */
export interface Bureau {
  slug: string; // pinyin of its name: /bureaus/<slug>/
  issuer: string;
  jurisdictions: (string | null)[]; // the 行政区划 its plans are about (one, as a rule)
  plans: Plan[]; // newest first
}

export interface SiteModel {
  plans: Plan[]; // newest year first, then by id
  bureaus: Bureau[]; // in order of their latest plan, newest first
  counts: Map<string, PlanCounts>; // by plan id
  neighbours: Map<string, Neighbours>; // by plan id: the same bureau's plans just before and after
  comparisons: Comparison[]; // consecutive plans of one bureau, oldest first
  comparisonsOf: Map<string, PlanComparisons>; // by plan id: with the previous plan, with the next
  carryOn: Map<string, Map<string, MeasureAcross>>; // by plan id, then measure anchor: the measures carrying it on in the previous and next plan
  series: IndicatorSeries[]; // every indicator, in dictionary order
  summaries: Map<string, IndicatorSummary>; // by series key (the indicator id on a one-jurisdiction site): latest targets and result, each year's assessment
  issuerSeries: Map<string, IndicatorSeries[]>; // by bureau: every indicator as that bureau's plans see it
  offices: OfficeRecord[];
  silentPlans: string[]; // plans that name no responsible office
  themes: Theme[];
  entities: Entity[];
  labels: { themes: Map<string, string>; entities: Map<string, string>; indicators: Map<string, string>; entityKinds: Map<string, string> }; // names (and entity kinds: 企业, 项目, 园区) by id
  themeMeasures: Map<string, ThemeMeasures>; // by theme id: its measures in each plan, oldest first
  themeCounts: ThemeCount[]; // measures per theme and plan
  mentions: Map<string, Mention[]>; // by entity id: every sentence naming it, oldest first
  entityYears: ReturnType<typeof continuity>; // each entity some plan names, with the years naming it, most often named first
  goalYears: ReturnType<typeof goalPresence>; // each indicator, per plan year: set as a goal, stated in a measure, or not at all
  progress: Map<string, PlanProgress>; // by plan id (plans and summaries, not reports): each item's reported history and status, counts, the reports on it
  records: ProgressRecord[]; // the progress rows, as the open data publishes them
}

/** Returns the site model of `inputs`. Steps, in order: */
export function buildSiteModel(inputs: SiteInputs): SiteModel {
  const { indicators, themes, entities } = inputs;
  // 0. the site's default jurisdiction for every plan and value that names none
  const fallback = inputs.defaultJurisdiction ?? null;
  const values = inputs.values.map((o) => withDefaultJurisdiction(o, fallback));
  // 1. plans, newest first, and what each counts
  const plans = inputs.plans.map((p) => withDefaultJurisdiction(p, fallback)).sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
  const oldestFirst = [...plans].sort((a, b) => a.year - b.year); // a year's plans by id
  const counts = new Map(plans.map((p) => [p.id, countPlan(p)]));
  // 2. each plan's neighbours in its bureau, and the comparison of each consecutive pair
  const neighbours = indexNeighbours(plans);
  const comparisons = [...plans].reverse().flatMap((plan) => {
    const { next } = neighbours.get(plan.id)!;
    return next ? [comparePlans(plan, next, { indicators, themes, entities })] : [];
  });
  // 3. indicator series: targets from the plans, results from the values and from reports' full-year figures; then as each bureau sees them
  const records = inputs.progress ?? [];
  const series = buildIndicatorSeries(indicators, plans, [...values, ...yearEndObservations(plans, records, indicators)]);
  const issuers = [...new Set(plans.map((p) => p.issuer))];
  const issuerSeriesMap = new Map(issuers.map((issuer) => {
    const own = plans.filter((p) => p.issuer === issuer);
    const jurisdictions = new Set(own.map((p) => p.jurisdiction));
    return [issuer, series.filter((s) => jurisdictions.has(s.jurisdiction)).map((s) => issuerSeries(s, own))];
  }));
  // 4. bureaus, each with its plans
  const slugs = uniqueSlugs(issuers);
  const bureaus = issuers.map((issuer) => {
    const own = plans.filter((p) => p.issuer === issuer);
    return { slug: slugs.get(issuer)!, issuer, jurisdictions: [...new Set(own.map((p) => p.jurisdiction))], plans: own };
  });
  // 5. offices, themes and entities across the plans
  return {
    plans,
    bureaus,
    counts,
    neighbours,
    comparisons,
    comparisonsOf: indexComparisons(comparisons),
    carryOn: indexCarryOn(comparisons),
    series,
    summaries: new Map(series.map((s) => [s.key, summariseSeries(s)])),
    issuerSeries: issuerSeriesMap,
    offices: collectOffices(plans),
    silentPlans: plansNamingNoOffice(plans),
    themes,
    entities,
    labels: {
      themes: new Map(themes.map((t) => [t.id, t.name])),
      entities: new Map(entities.map((e) => [e.id, e.name])),
      indicators: new Map(indicators.map((i) => [i.id, i.name])),
      entityKinds: new Map(entities.map((e) => [e.id, e.kind])),
    },
    themeMeasures: new Map(themes.map((t) => [t.id, measuresByTheme(t.id, oldestFirst)])),
    themeCounts: countThemes(themes, oldestFirst),
    mentions: new Map(entities.map((e) => [e.id, entityMentions(e, oldestFirst, entities)])),
    entityYears: continuity(entities, plans),
    goalYears: goalPresence(series, [...new Set(plans.map((p) => p.year))].sort((a, b) => a - b)),
    // 6. what became of each plan item: reports' progress and the indicators' results, judged by the status rule
    progress: planProgress(plans, records, values),
    records,
  };
}
