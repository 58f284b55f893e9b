/** search-vocabulary: the site's own names for what a measure is about (indicator and entity aliases, theme names), which the search index carries beside the measure's words, and the whole vocabulary /search/ offers when a query finds nothing. */
import type { Entity } from "../schema/entity.ts";
import type { Indicator } from "../schema/indicator.ts";
import type { Measure, Plan } from "../schema/plan.ts";
import type { Theme } from "../schema/theme.ts";
import { indicatorForms } from "../pipeline/measure-links.ts";
import { measureBody } from "../pipeline/themes.ts";

/** The editor's lists the vocabulary is made of. */
export interface Vocabulary {
  indicators: Indicator[];
  entities: Entity[];
  themes: Theme[];
}

/**
 * Returns the name groups of a measure — each the names of one indicator it sets a target for or names in its
 * words, one entity it names, one theme it belongs to — so that a search for any name finds it: 规上企业 finds
 * 新增规模工业企业32家, 英科医疗 finds 英科三期. Each group lists the canonical name first.
 */
export function measureNameGroups(m: Measure, vocabulary: Vocabulary): string[][] {
  const body = measureBody(m);
  const committed = new Set(m.commitments.flatMap((c) => (c.indicator ? [c.indicator] : [])));
  const indicators = vocabulary.indicators.filter((ind) => committed.has(ind.id) || indicatorForms(ind).some((f) => body.includes(f)));
  const entities = vocabulary.entities.filter((e) => m.entities.includes(e.id));
  const themes = vocabulary.themes.filter((t) => m.themes.includes(t.id));
  return [
    ...indicators.map((ind) => unique([ind.name, ...ind.aliases])),
    ...entities.map((e) => unique([e.name, ...e.aliases])),
    ...themes.map((t) => [t.name]),
  ];
}

/** Returns the text of the editor's notes (解读, 编者按, 勘误) on one measure, as a search may match it: “编者按：<title> <body>”. */
export function measureNotes(plan: Pick<Plan, "notes">, anchor: string): string {
  return plan.notes.filter((n) => n.measure === anchor).map((n) => `${n.kind}：${n.title} ${n.markdown}`.trim()).join("\n");
}

/** Returns every name of the vocabulary — indicators, entities, themes and their keywords, offices — each once, for “您是不是要找”. */
export function vocabularyTerms(vocabulary: Vocabulary, offices: string[] = []): string[] {
  const { indicators, entities, themes } = vocabulary;
  const all = [...indicators.flatMap((i) => [i.name, ...i.aliases]), ...entities.flatMap((e) => [e.name, ...e.aliases]), ...themes.flatMap((t) => [t.name, ...t.keywords]), ...offices];
  return unique(all.filter((t) => t.trim() !== "")).sort();
}

/** Encodes name groups for a Pagefind meta value (a string): names joined by |, groups by line breaks (as /search/ decodes them). */
export function encodeGroups(groups: string[][]): string {
  return groups.map((g) => g.join("|")).join("\n");
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
