/** compare: what changed from one plan to another — goals by indicator, themes, commitments, entities, offices, similar measures. */
import type { Comparison, GoalChange, MeasureRef } from "../schema/comparison.ts";
import type { Entity } from "../schema/entity.ts";
import type { Indicator } from "../schema/indicator.ts";
import type { Observation } from "../schema/observation.ts";
import type { Plan } from "../schema/plan.ts";
import type { Theme } from "../schema/theme.ts";
import { planObservations } from "./observations.ts";
import { placedMeasures, type Placed } from "./plan-text.ts";
import { cosine, norm, tfidf } from "./similarity.ts";
import { commitmentThemes, measureBody } from "./themes.ts";
import { linkMeasures, type LinkDict } from "./measure-links.ts";
import { collectOffices, plansNamingNoOffice, type OfficeRecord } from "./offices.ts";

const SIMILAR_MIN = 0.06; // least TF-IDF cosine for a measure to be shown as similar
const SIMILAR_COUNT = 2; // matches shown per measure

/**
 * Returns the comparison of plan `a` (earlier) with plan `b` (later). Goals are aligned by indicator:
 * kept, changed (only when both targets are disclosed and differ — a redacted target is never
 * compared), new or dropped, each noting targets the other plan states only in its measures.
 */
export function comparePlans(a: Plan, b: Plan, dict: { indicators: Indicator[]; themes: Theme[]; entities: Entity[] }): Comparison {
  const [placedA, placedB] = [placedMeasures(a), placedMeasures(b)];
  const pair = <T>(f: (placed: Placed[]) => T): [T, T] => [f(placedA), f(placedB)];
  return {
    id: `${a.id}-${b.id}`,
    from: { id: a.id, year: a.year, title: a.title },
    to: { id: b.id, year: b.year, title: b.title },
    goals: diffGoals(a, b, dict.indicators),
    themes: dict.themes
      .map((t) => {
        const [from, to] = pair((ps) => ps.filter((p) => p.measure.themes.includes(t.id)));
        const [commitmentsFrom, commitmentsTo] = [from, to].map((ps) => commitmentsOf(ps, t.id, dict.themes)) as [Commitments, Commitments];
        return { theme: t.id, name: t.name, from: from.map((p) => p.ref), to: to.map((p) => p.ref), commitmentsFrom, commitmentsTo };
      })
      .filter((row) => row.from.length + row.to.length > 0),
    entities: dict.entities.flatMap((e) => {
      const [from, to] = pair((ps) => ps.filter((p) => p.measure.entities.includes(e.id)).map((p) => p.ref));
      if (from.length + to.length === 0) return [];
      return [{ entity: e.id, name: e.name, kind: e.kind, in: from.length && to.length ? "both" : from.length ? "from" : "to", from, to } as const];
    }),
    offices: compareOffices(a, b),
    ...compareMeasures(placedA, placedB),
    ...carryOn(placedA, placedB, dict),
  };
}

type Commitments = Comparison["themes"][number]["commitmentsFrom"];

/** Returns the commitments of the measures that belong to the theme (by their own clause; see commitmentThemes). */
function commitmentsOf(placed: Placed[], theme: string, themes: Theme[]): Commitments {
  return placed.flatMap(({ measure, ref }) =>
    measure.commitments.filter((c) => commitmentThemes(measure, c, themes).includes(theme)).map((c) => ({ anchor: ref.anchor, place: ref.place, text: c.text, redacted: c.redacted })),
  );
}

/** Returns the goals of both plans aligned by indicator: the earlier plan's order, then what is new. */
export function diffGoals(a: Plan, b: Plan, indicators: Indicator[]): GoalChange[] {
  const [obsA, obsB] = [planObservations(a), planObservations(b)];
  const goalTargets = (obs: Observation[], id: string) => obs.filter((o) => o.indicator === id && o.source.anchor?.startsWith("g-"));
  const measureTargets = (obs: Observation[], id: string) => obs.filter((o) => o.indicator === id && o.source.anchor?.startsWith("m-"));
  const ids = [...new Set([...a.goals, ...b.goals].flatMap((g) => (g.indicator ? [g.indicator] : [])))];
  const linked = ids.map((id): GoalChange => {
    const [from, to] = [goalTargets(obsA, id), goalTargets(obsB, id)];
    const [fromMeasures, toMeasures] = [measureTargets(obsA, id), measureTargets(obsB, id)];
    const name = indicators.find((i) => i.id === id)?.name ?? id;
    const change = from.length && to.length ? (targetChanged(from, to) ? "changed" : "kept") : to.length ? "new" : "dropped";
    return { indicator: id, name, change, from, to, fromMeasures, toMeasures };
  });
  const unlinked = [...a.goals, ...b.goals].filter((g) => !g.indicator).map((g) => g.subject);
  return [...linked, ...[...new Set(unlinked)].map((subject): GoalChange => {
    const [inA, inB] = [a.goals.some((g) => !g.indicator && g.subject === subject), b.goals.some((g) => !g.indicator && g.subject === subject)];
    const change = inA && inB ? "kept" : inB ? "new" : "dropped";
    return { indicator: null, name: subject, change, from: [], to: [], fromMeasures: [], toMeasures: [] };
  })];
}

/** Returns the target a goal list is judged by: its first plain (not 力争) target. */
export function mainTarget(goals: Observation[]): Observation {
  return goals.find((g) => g.kind === "target") ?? goals[0]!;
}

function targetChanged(from: Observation[], to: Observation[]): boolean {
  const [x, y] = [mainTarget(from), mainTarget(to)];
  return x.value !== null && y.value !== null && (x.value !== y.value || x.unit !== y.unit || x.qualifier !== y.qualifier);
}

function compareOffices(a: Plan, b: Plan): Comparison["offices"] {
  const silentIds = plansNamingNoOffice([a, b]);
  const refsIn = (o: OfficeRecord, plan: Plan) => o.plans.find((p) => p.plan === plan.id)?.measures ?? [];
  const rows = collectOffices([a, b]).map((o) => ({ name: o.name, generic: o.generic, from: refsIn(o, a), to: refsIn(o, b) }));
  return { rows, fromNamesOffices: !silentIds.includes(a.id), toNamesOffices: !silentIds.includes(b.id) };
}

/** Returns which measures of `b` carry on those of `a` (see linkMeasures), and the measures of either plan nothing matches. */
function carryOn(placedA: Placed[], placedB: Placed[], dict: LinkDict): Pick<Comparison, "links" | "dropped" | "added"> {
  const links = linkMeasures(placedA, placedB, dict);
  const [linkedA, linkedB] = [new Set(links.map((l) => l.from.anchor)), new Set(links.map((l) => l.to.anchor))];
  return { links, dropped: placedA.filter((p) => !linkedA.has(p.ref.anchor)).map((p) => p.ref), added: placedB.filter((p) => !linkedB.has(p.ref.anchor)).map((p) => p.ref) };
}

/** Returns, for each measure of either plan, the most similar measures of the other (TF-IDF bigram cosine ≥ 0.06, best two). */
function compareMeasures(placedA: Placed[], placedB: Placed[]): Pick<Comparison, "similarFrom" | "similarTo"> {
  const vectors = tfidf([...placedA, ...placedB].map((p) => measureBody(p.measure))).map((v) => ({ v, n: norm(v) }));
  const [a, b] = [vectors.slice(0, placedA.length), vectors.slice(placedA.length)];
  // every pair is scored (n × m at hundreds of plans): only the scores are made for each, the matches for the few kept
  const best = (own: Placed[], ownV: typeof a, other: Placed[], otherV: typeof a) =>
    own.map((p, i) => {
      const scores = otherV.map((q) => Math.round(cosine(ownV[i]!.v, q.v, ownV[i]!.n, q.n) * 100) / 100);
      const kept = scores.flatMap((score, j) => (score >= SIMILAR_MIN ? [{ j, score }] : [])).sort((x, y) => y.score - x.score);
      return { measure: p.ref, matches: kept.slice(0, SIMILAR_COUNT).map(({ j, score }) => ({ ...other[j]!.ref, score })) };
    });
  return { similarFrom: best(placedA, a, placedB, b), similarTo: best(placedB, b, placedA, a) };
}
