/** segments: cuts a measure's or paragraph's text into marked pieces for rendering — every character exactly once. */
import type { Commitment, Measure } from "../schema/plan.ts";
import { findRedactionSpans } from "../pipeline/redactions.ts";
import { findInlineElisions } from "../pipeline/furniture.ts";

export type Mark = "title" | "commitment" | "responsibility" | "office" | "leader" | "match" | "redaction" | "inserted";

export interface Piece {
  text: string;
  marks: Mark[]; // outermost first, in the order of Mark above
  commitment?: Commitment; // set on a piece of a commitment
}

interface Range {
  start: number;
  end: number;
  mark: Mark;
  commitment?: Commitment;
}

const ORDER: Mark[] = ["title", "commitment", "responsibility", "office", "leader", "match", "redaction", "inserted"];

/** Returns `text` cut at every boundary of `ranges`; joined, the pieces' texts equal `text`. */
export function cut(text: string, ranges: Range[]): Piece[] {
  const bounds = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])]
    .filter((b) => b >= 0 && b <= text.length)
    .sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [start, end] = [bounds[i]!, bounds[i + 1]!];
    const covering = ranges.filter((r) => r.start <= start && r.end >= end);
    const marks = ORDER.filter((m) => covering.some((r) => r.mark === m));
    const commitment = covering.find((r) => r.commitment)?.commitment;
    pieces.push({ text: text.slice(start, end), marks, ...(commitment ? { commitment } : {}) });
  }
  return pieces;
}

/** Returns the pieces covering offsets start–end of the text they were cut from, cut at both ends. */
export function slicePieces(pieces: Piece[], start: number, end: number): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const p of pieces) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + p.text.length);
    if (from < to) out.push({ ...p, text: p.text.slice(from - at, to - at) });
    at += p.text.length;
  }
  return out;
}

/** A piece of text, or one element wrapping the run of pieces that share its mark (and commitment). */
export type MarkNode = { text: string } | { mark: Mark; commitment?: Commitment; children: MarkNode[] };

/**
 * Returns the pieces as a tree: consecutive pieces sharing their outermost mark (and the same
 * commitment) go under one node, so a responsibility annotation with office chips inside is one
 * element, and a commitment holding a redaction is one <mark>. Joined, the texts are unchanged.
 */
export function nest(pieces: Piece[]): MarkNode[] {
  const out: MarkNode[] = [];
  for (let i = 0; i < pieces.length; ) {
    const first = pieces[i]!;
    const mark = first.marks[0];
    if (!mark) {
      out.push({ text: first.text });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < pieces.length && pieces[j]!.marks[0] === mark && pieces[j]!.commitment === first.commitment) j++;
    const inner = pieces.slice(i, j).map((p) => ({ ...p, marks: p.marks.slice(1) }));
    out.push({ mark, ...(first.commitment ? { commitment: first.commitment } : {}), children: nest(inner) });
    i = j;
  }
  return out;
}

/** Returns the pieces of a plain paragraph: redactions marked. */
export function paragraphPieces(text: string): Piece[] {
  return cut(text, redactionRanges(text, 0));
}

/** Returns the pieces of a quoted sentence: the words found (start to end) marked, and redactions. */
export function matchPieces(text: string, start: number, end: number): Piece[] {
  return cut(text, [...redactionRanges(text, 0), { start, end, mark: "match" }]);
}

/**
 * Returns the pieces of a measure's text: its title sentence, its commitments, its responsibility
 * annotation with each office and leader name, and every redaction — each where the parser found it.
 */
export function measurePieces(m: Measure): Piece[] {
  const ranges: Range[] = [...m.redactionSpans.map((r) => ({ ...r, mark: "redaction" as const })), ...m.insertedSpans.map((r) => ({ ...r, mark: "inserted" as const }))];
  if (m.title && m.text.startsWith(m.title)) ranges.push({ start: 0, end: m.title.length, mark: "title" });
  for (const c of m.commitments) ranges.push({ start: c.start, end: c.end, mark: "commitment", commitment: c });
  const r = m.responsibility;
  if (r && r.start !== null && r.end !== null) ranges.push({ start: r.start, end: r.end, mark: "responsibility" });
  for (const n of r?.names ?? []) if (n.kind !== "other" && n.start !== null && n.end !== null) ranges.push({ start: n.start, end: n.end, mark: n.kind });
  return cut(m.text, ranges);
}

/** A plain paragraph's marks: its redactions, and text a reposting site inserted (…按程 (略) 重点项目…). */
function redactionRanges(text: string, offset: number): Range[] {
  return [
    ...findRedactionSpans(text).map((r) => ({ start: offset + r.start, end: offset + r.end, mark: "redaction" as const })),
    ...findInlineElisions(text).map((r) => ({ start: offset + r.start, end: offset + r.end, mark: "inserted" as const })),
  ];
}
