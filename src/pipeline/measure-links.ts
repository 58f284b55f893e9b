/** measure-links: which measure of the next plan carries on a measure of the previous one — by indicator, commitment, entity, office and wording — and why, in words. */
import type { Entity } from "../schema/entity.ts";
import type { Indicator } from "../schema/indicator.ts";
import type { MeasureLink, LinkReason } from "../schema/comparison.ts";
import type { Measure } from "../schema/plan.ts";
import type { Theme } from "../schema/theme.ts";
import type { Placed } from "./plan-text.ts";
import { cosine, norm, tfidf } from "./similarity.ts";
import { measureBody } from "./themes.ts";
import { GENERIC_OFFICE } from "./offices.ts";

const SHARED_WEIGHT = 0.1; // what one shared indicator, commitment or entity adds to the wording's cosine (split among all a measure names)
const OFFICE_WEIGHT = 0.02; // a shared responsible office only corroborates: offices carry many measures
const LINK_MIN = 0.06; // least score for a link
const RUNNER_UP = 0.75; // a second link needs this share of the measure's best score
const SUBJECT_WEIGHT = 0.05; // a shared commitment subject (重点企业) is often a common phrase: half an indicator
const TERM_SHARE = 0.25; // a word in more than this share of both plans' measures is common wording, not a reason

/** What two measures may share, with the weight of each shared item (divided among all the measure names) and the reason it gives. */
const WEIGHTS = [["indicators", SHARED_WEIGHT], ["subjects", SUBJECT_WEIGHT], ["entities", SHARED_WEIGHT], ["offices", OFFICE_WEIGHT]] as const;
const REASON_KIND = { indicators: "indicator", subjects: "commitment", entities: "entity", offices: "office" } as const;

/** The dictionaries a link is read with. */
export interface LinkDict {
  indicators: Indicator[];
  entities: Entity[];
  themes?: Theme[];
}

/**
 * Returns the links from the measures of plan `a` (earlier) to those of plan `b` (later), in `a`'s order:
 * a pair is linked when its score — wording cosine (TF-IDF of character bigrams, each indicator's and entity's other
 * names read as its one name) plus what the two share (indicators, entities: each weighs 0.1 divided among
 * everything the measure names; commitment subjects 0.05; offices 0.02) — is at least 0.06 and is within 75 % of
 * the earlier measure's best, or the later measure's best. A section that is one measure is read with its heading.
 */
export function linkMeasures(placedA: Placed[], placedB: Placed[], dict: LinkDict): MeasureLink[] {
  const canonical = canonicalNames(dict);
  const bodies = [...placedA, ...placedB].map((p) => canonicalWords(linkBody(p.measure), canonical));
  const vectors = tfidf(bodies).map((v) => ({ v, n: norm(v) }));
  const facets = [...placedA, ...placedB].map((p) => measureFacets(p.measure, dict));
  // every pair is scored (n × m at hundreds of plans): only the scores are made for each, the reasons for the links kept
  const scores = placedA.map((_, i) => placedB.map((_, j) => weigh(facets[i]!, facets[placedA.length + j]!, cosine(vectors[i]!.v, vectors[placedA.length + j]!.v, vectors[i]!.n, vectors[placedA.length + j]!.n))));
  const bestOfA = scores.map((row) => Math.max(0, ...row));
  const bestOfB = placedB.map((_, j) => Math.max(0, ...scores.map((row) => row[j]!)));
  const terms = vocabularyTerms(dict, bodies);
  const links: MeasureLink[] = [];
  scores.forEach((row, i) =>
    row.forEach((score, j) => {
      // the earlier measure's best (or nearly so), or the later measure's very best
      if (score < LINK_MIN || (score < RUNNER_UP * bestOfA[i]! && score < bestOfB[j]!)) return;
      const k = placedA.length + j;
      links.push({ from: placedA[i]!.ref, to: placedB[j]!.ref, reasons: reasonsOf(facets[i]!, facets[k]!, sharedTerms(bodies[i]!, bodies[k]!, terms)), score: Math.round(score * 100) / 100 });
    }),
  );
  return links;
}

/** What a measure names: its indicators (by commitment, or by name in its words), commitment subjects, entities and offices. */
interface Facets {
  indicators: Set<string>;
  subjects: Set<string>;
  entities: Set<string>;
  offices: Set<string>;
}

/** Returns the words a measure is compared by: its text without the responsibility annotation, after its heading when the text does not hold it (a section that is one measure). */
function linkBody(m: Measure): string {
  const body = measureBody(m);
  return body.includes(m.title) ? body : `${m.title}。${body}`;
}

/** Returns each other name of an indicator or entity with the one name it stands for, longest first: 规上企业 → 规模以上工业企业, 英科三期 → 英科医疗三期. */
function canonicalNames(dict: LinkDict): [string, string][] {
  const pairs: [string, string][] = [];
  for (const ind of dict.indicators) for (const f of indicatorForms(ind)) pairs.push([f, ind.name.replace(/^新增/, "")]);
  for (const e of dict.entities) for (const a of e.aliases) pairs.push([a, e.name]);
  return pairs.filter(([from, to]) => from !== to).sort((x, y) => y[0].length - x[0].length);
}

/** Returns the text with every other name replaced by the name it stands for, so that two plans naming one thing differently share its words. */
function canonicalWords(text: string, names: [string, string][]): string {
  let out = text;
  for (const [from, to] of names) out = out.replaceAll(from, to);
  return out;
}

function measureFacets(m: Measure, dict: LinkDict): Facets {
  const body = linkBody(m);
  const named = dict.indicators.filter((ind) => [ind.name, ...ind.aliases].some((f) => body.includes(f))).map((ind) => ind.id);
  const committed = m.commitments.flatMap((c) => (c.indicator ? [c.indicator] : []));
  const offices = (m.responsibility?.offices ?? []).filter((o) => !GENERIC_OFFICE.test(o));
  return {
    indicators: new Set([...committed, ...named]),
    subjects: new Set(m.commitments.filter((c) => !c.indicator).map((c) => c.subject)),
    entities: new Set(m.entities),
    offices: new Set(offices),
  };
}

/** Returns the names an indicator goes by in a plan's words: its name, aliases, and each without a leading 新增 (新增规上企业 → 规上企业), four characters at least. */
export function indicatorForms(ind: Pick<Indicator, "name" | "aliases">): string[] {
  const names = [ind.name, ...ind.aliases];
  return [...new Set([...names, ...names.map((n) => n.replace(/^新增/, ""))])].filter((n) => [...n].length >= 4); // 新增: "newly added", the count's verb
}

/** Returns the score of what two measures share, added to their wording's cosine. */
function weigh(a: Facets, b: Facets, wording: number): number {
  let score = wording;
  for (const [kind, weight] of WEIGHTS) {
    const [x, y] = [a[kind], b[kind]];
    const shared = [...x].filter((v) => y.has(v)).length;
    if (shared) score += (weight * shared) / Math.max(1, x.size, y.size);
  }
  return score;
}

/** Returns the reasons of a link: each kind of thing the two share, named, then the site's words both use (措辞相近; said even with none). */
function reasonsOf(a: Facets, b: Facets, words: string[]): LinkReason[] {
  const reasons: LinkReason[] = [];
  for (const [kind] of WEIGHTS) {
    const shared = [...a[kind]].filter((v) => b[kind].has(v));
    if (shared.length) reasons.push({ kind: REASON_KIND[kind], names: shared });
  }
  if (words.length || reasons.length === 0) reasons.push({ kind: "wording", names: words });
  return reasons;
}

/**
 * Returns the site's own words a shared phrase may be named by — theme keywords, indicators' names —
 * leaving out those in more than a quarter of the measures (common wording).
 */
function vocabularyTerms(dict: LinkDict, bodies: string[]): string[] {
  const all = [...(dict.themes ?? []).flatMap((t) => t.keywords), ...dict.indicators.map((i) => i.name.replace(/^新增/, ""))]; // entities are named as 同一企业
  const limit = Math.max(2, bodies.length * TERM_SHARE);
  return [...new Set(all)].filter((t) => [...t].length >= 2 && bodies.filter((b) => b.includes(t)).length <= limit);
}

/** Returns up to three of the site's words both texts hold, the longest first, none inside another. */
function sharedTerms(a: string, b: string, terms: string[]): string[] {
  const shared = terms.filter((t) => a.includes(t) && b.includes(t)).sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
  const kept: string[] = [];
  for (const t of shared) if (!kept.some((k) => k.includes(t))) kept.push(t);
  return kept.slice(0, 3);
}
