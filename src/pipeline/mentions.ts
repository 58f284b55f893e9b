/** mentions: finds the plan passages that name an indicator — the sentence, and where the name stands in it. */
import type { Indicator } from "../schema/indicator.ts";
import type { Mention } from "../schema/observation.ts";
import type { Plan } from "../schema/plan.ts";
import { measurePlace, sectionPlace } from "./plan-text.ts";

type PlanRecord = Pick<Plan, "id" | "year" | "preamble" | "parts">;

const SENTENCE = /[^。；;！？!?\n]+[。；;！？!?]?/g; // a sentence with its closing mark

/**
 * Returns, for each plan in order, every measure and every paragraph outside the goals parts that
 * uses the indicator's name or one of its aliases (the goals themselves are observations): the first
 * sentence naming it, the longest name found there, and the passage's anchor (m-<n>, or the section or
 * part holding the paragraph).
 */
export function findMentions(indicator: Pick<Indicator, "name" | "aliases">, plans: PlanRecord[]): Mention[] {
  const names = [...new Set([indicator.name, ...indicator.aliases])].sort((a, b) => b.length - a.length);
  const out: Mention[] = [];
  for (const plan of plans) {
    const add = (text: string, anchor: string, place: string) => {
      const found = firstSentenceNaming(text, names);
      if (found) out.push({ plan: plan.id, year: plan.year, anchor, place, ...found });
    };
    for (const p of plan.preamble) add(p, "main", "前言");
    for (const part of plan.parts) {
      const partPlace = `${part.marker}${part.title}` || "正文";
      if (part.kind !== "goals") for (const p of part.paragraphs) add(p, part.anchor, partPlace);
      for (const section of part.sections) {
        for (const p of section.paragraphs) add(p, section.anchor, sectionPlace(section) || partPlace);
        for (const m of section.measures) add(m.text, m.anchor, measurePlace(m, section));
      }
    }
  }
  return out;
}

/** Returns the sentence of `text` holding offsets start–end, trimmed, with the offsets moved into it. */
export function sentenceAround(text: string, start: number, end: number): Pick<Mention, "excerpt" | "start" | "end"> {
  for (const s of text.matchAll(SENTENCE)) {
    if (start < s.index || start >= s.index + s[0].length) continue;
    const lead = s[0].length - s[0].trimStart().length;
    const excerpt = s[0].trim();
    const from = start - s.index - lead;
    return { excerpt, start: from, end: Math.min(excerpt.length, from + end - start) };
  }
  return { excerpt: text.slice(start, end), start: 0, end: end - start };
}

function firstSentenceNaming(text: string, names: string[]): Pick<Mention, "excerpt" | "start" | "end"> | null {
  for (const s of text.matchAll(SENTENCE)) {
    const excerpt = s[0].trim();
    for (const name of names) {
      const at = excerpt.indexOf(name);
      if (at !== -1) return { excerpt, start: at, end: at + name.length };
    }
  }
  return null;
}
