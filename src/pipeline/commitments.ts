/** commitments: finds quantified promises inside a measure — 培育上云企业40家, 推动20家重点企业实施技术改造. */
import type { Commitment } from "../schema/plan.ts";
import { findQuantities } from "./quantities.ts";
import type { Span } from "./redactions.ts";
import { subjectAfter, subjectBefore, subjectFollows } from "./subjects.ts";

const CLAUSE_BREAK = /[，,、；;。：:！？!?\n]/; // ends a clause
const SENTENCE_BREAK = /[；;。！？!?\n]/; // ends a sentence
const STRETCH = /力争|争取|奋斗/; // 力争 covers the rest of its sentence

/**
 * Returns the commitments in a measure's text, in order, skipping the `excluded` spans (its
 * responsibility annotation). Each carries the offsets of its text so the page can highlight it.
 */
export function extractCommitments(text: string, excluded: Span[] = []): Commitment[] {
  const out: Commitment[] = [];
  let previousEnd = 0;
  for (const q of findQuantities(text)) {
    if (excluded.some((x) => q.start < x.end && q.end > x.start)) continue;
    const clauseStart = Math.max(lastBreak(text, q.start, CLAUSE_BREAK), previousEnd);
    const clauseEnd = nextBreak(text, q.end, CLAUSE_BREAK);
    const before = text.slice(clauseStart, q.start);
    const after = text.slice(q.end, clauseEnd);
    const follows = subjectFollows(before, after);
    const subject = follows ? subjectAfter(after) : subjectBefore(before);
    const start = clauseStart + (before.length - before.trimStart().length);
    const end = follows ? q.end + after.indexOf(subject) + subject.length : q.end;
    const sentenceStart = lastBreak(text, q.start, SENTENCE_BREAK);
    out.push({
      text: text.slice(start, end),
      subject,
      indicator: null,
      value: q.value,
      unit: q.unit,
      redacted: q.redacted,
      qualifier: q.qualifier,
      stretch: STRETCH.test(text.slice(sentenceStart, q.start)),
      start,
      end,
    });
    previousEnd = end;
  }
  return out;
}

function lastBreak(text: string, from: number, pattern: RegExp): number {
  for (let i = from - 1; i >= 0; i--) if (pattern.test(text[i]!)) return i + 1;
  return 0;
}

function nextBreak(text: string, from: number, pattern: RegExp): number {
  for (let i = from; i < text.length; i++) if (pattern.test(text[i]!)) return i;
  return text.length;
}
