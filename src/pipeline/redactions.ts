/** redactions: finds undisclosed values — X, XX, XXX, x…, ×, ××, *, ** — standing where a number, name or place would be. */
import type { Redaction } from "../schema/plan.ts";

/**
 * One redaction mark: a run of X/x/×/Ｘ not inside a Latin word or number (a withheld decimal such as
 * xxx.xx is one mark: one value), or any run of * ＊. Words that
 * hold an X are not marks: X光, X射线, X线, X型, X轴, X染色体 (a single X before these), and a model name
 * after a Latin word (iPhone X, Windows X; an acronym such as "GDP X亿元" still redacts).
 */
export const REDACTION_SOURCE =
  "(?<![A-Za-z0-9]|[a-z][A-Za-z]*[ \u00a0])(?:[Xx×Ｘｘ]+[.．][Xx×Ｘｘ]+(?![A-Za-z0-9光])|[Xx×Ｘｘ]{2,}(?![A-Za-z0-9光])|[Xx×Ｘｘ](?![A-Za-z0-9光]|射线|线|型|轴|染色体))|[*＊]+"; // XXX / xxx.xx / ×× / ** redaction

export interface Span {
  start: number;
  end: number;
}

/** Returns the redaction marks in `text`, in order. `*G站点` gives `*` (a redacted 5G). */
export function findRedactionSpans(text: string): (Span & { glyphs: string })[] {
  return [...text.matchAll(new RegExp(REDACTION_SOURCE, "g"))].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    glyphs: m[0],
  }));
}

/** Returns every redaction in a source document with its 1-based line and column. */
export function listRedactions(text: string): Redaction[] {
  return text.split(/\r\n|\r|\n/).flatMap((line, i) =>
    findRedactionSpans(line).map((r) => ({ line: i + 1, column: r.start + 1, glyphs: r.glyphs })),
  );
}

const REDACTED_CELL = new RegExp(`^(?:${REDACTION_SOURCE})$`); // a value cell holding only a redaction mark

/**
 * Reads a CSV value cell: a redaction mark alone (X, *, xx …) is withheld; else a number, written with
 * thousands separators or a − sign as Excel shows it; "" is no value. Returns null for anything else.
 */
export function readValueCell(cell: string): { value: number | null; redacted: boolean } | null {
  if (REDACTED_CELL.test(cell.trim())) return { value: null, redacted: true };
  const number = cell.replace(/[,，\s]/g, "").replace(/^[−–]/, "-");
  if (number === "") return { value: null, redacted: false };
  return /^-?\d+(\.\d+)?$/.test(number) ? { value: Number(number), redacted: false } : null;
}
