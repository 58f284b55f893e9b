/** normalise: splits a document into trimmed, non-blank lines that keep their source line numbers. */
import type { TaskTable } from "./task-table.ts";

export interface Line {
  no: number; // 1-based line number in the source
  text: string; // the line without surrounding whitespace (spaces, 　, tabs, BOM)
  table?: TaskTable; // set on the one line that stands for a whole task table (text "")
}

/**
 * Returns the non-blank lines of `text`, trimmed. CRLF and CR count as line breaks.
 * Whitespace at the ends of a line is layout, not content; everything else is kept as is.
 */
export function normalise(text: string): Line[] {
  const lines: Line[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed) lines.push({ no: i + 1, text: trimmed });
  });
  return lines;
}

/** Returns `s` without any whitespace: the form in which two texts must agree character for character. */
export function squash(s: string): string {
  return s.replace(/\s+/g, "");
}
