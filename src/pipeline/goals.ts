/** goals: reads the targets of a goals part (发展目标, 目标任务…) — one Goal per target clause. */
import type { Goal } from "../schema/plan.ts";
import type { Line } from "./normalise.ts";
import { findQuantities } from "./quantities.ts";
import { subjectBefore } from "./subjects.ts";

const SENTENCE = /[^；;。！？!?：:]+/g; // a sentence or a clause closed by ；
const PIECE = /[^，,、]+/g; // a piece of a sentence
const STRETCH = /力争|奋斗|争取/; // a stretch target
const TARGET_VERB = /完成|达到|实现|确保|控制|保持|下降|提高|提升|增长/; // a qualitative target states one

/** A goal as read from its clause; parsePlan gives it its anchor. */
export type StatedGoal = Omit<Goal, "anchor">;

interface Piece {
  start: number;
  end: number;
}

/**
 * Returns the goals stated in `lines`: a clause with an amount (X家, 8%, *亩以上) gives a goal with that
 * value, unit, qualifier and redaction; a clause without one gives a qualitative goal when it states a
 * target (工业节能完成上级下达任务). Clauses that carry no amount join the next one that does.
 * A goal whose subject is only implied (…增长*%，力争实现增长*%) takes the previous goal's subject.
 */
export function extractGoals(lines: Line[]): StatedGoal[] {
  const goals: StatedGoal[] = [];
  for (const line of lines) {
    for (const s of line.text.matchAll(SENTENCE)) {
      const sentence = s[0];
      const pieces = [...sentence.matchAll(PIECE)].map((p) => ({ start: p.index, end: p.index + p[0].length }));
      let groupStart = pieces[0]?.start ?? 0;
      let last: StatedGoal | null = null;
      let lastStart = 0;
      for (const piece of pieces) {
        const text = sentence.slice(piece.start, piece.end);
        const q = findQuantities(text)[0];
        if (!q) continue;
        const subject = subjectBefore(text.slice(0, q.start)) || goals.at(-1)?.subject || "";
        last = {
          text: sentence.slice(groupStart, piece.end).trim(),
          subject,
          indicator: null,
          value: q.value,
          unit: q.unit,
          redacted: q.redacted,
          qualifier: q.qualifier,
          stretch: STRETCH.test(sentence.slice(0, piece.end)),
          line: line.no,
        };
        goals.push(last);
        lastStart = groupStart;
        groupStart = nextStart(pieces, piece);
      }
      const rest = sentence.slice(groupStart).trim();
      if (last && rest) last.text = sentence.slice(lastStart).trim(); // trailing words belong to the last target
      else if (!last && TARGET_VERB.test(rest)) goals.push(qualitative(rest, line.no));
    }
  }
  return goals;
}

function nextStart(pieces: Piece[], piece: Piece): number {
  const next = pieces[pieces.indexOf(piece) + 1];
  return next ? next.start : piece.end;
}

function qualitative(text: string, line: number): StatedGoal {
  const verb = TARGET_VERB.exec(text);
  return {
    text,
    subject: (verb ? text.slice(0, verb.index) : text).trim(),
    indicator: null,
    value: null,
    unit: null,
    redacted: false,
    qualifier: null,
    stretch: STRETCH.test(text),
    line,
  };
}
