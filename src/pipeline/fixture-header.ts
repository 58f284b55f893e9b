/** fixture-header: reads the `source:` / `title:` / `year:` / `kind:` lines that a saved copy of a web document may open with, so that checking it needs no catalogue row. */
import type { DocumentKind } from "../schema/plan.ts";

const KEYS = new Set(["source", "title", "year", "kind", "format", "issuer"]);

export interface FixtureHeader {
  fields: Record<string, string>; // key → value as written
  body: string; // the document after the header and its blank line
  lines: number; // how many source lines the header takes, blank line included
}

/**
 * Returns the header of a saved document — lines `key: value` with keys among source, title, year,
 * kind, format and issuer, ended by a blank line — or null when the text does not open with one
 * (at least `source:` or `title:` and one other key).
 */
export function readFixtureHeader(text: string): FixtureHeader | null {
  const lines = text.split(/\r\n|\r|\n/);
  const fields: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && lines[i]!.trim() !== ""; i++) {
    const m = /^([a-z]+):\s?(.*)$/.exec(lines[i]!);
    if (!m || !KEYS.has(m[1]!)) return null;
    fields[m[1]!] = m[2]!.trim();
  }
  if (i >= lines.length || Object.keys(fields).length < 2 || !("source" in fields || "title" in fields)) return null;
  return { fields, body: lines.slice(i + 1).join("\n"), lines: i + 1 };
}

/** The kinds a saved copy's `kind:` line names (notice+plan, task-table, progress-report …), as document kinds. */
const HEADER_KINDS: Record<string, DocumentKind> = { plan: "plan", "notice+plan": "plan", "task-table": "plan", "progress-report": "report", report: "report", summary: "summary" };

/** Returns the document kind a saved copy's header names, or null. */
export function headerKind(header: FixtureHeader | null): DocumentKind | null {
  return HEADER_KINDS[header?.fields.kind ?? ""] ?? null;
}

/** Returns the year a document is for, from its first lines (2022年…工作要点) or its first date; null when none is written. */
export function detectYear(text: string): number | null {
  const head = text.split(/\r\n|\r|\n/).filter((l) => l.trim()).slice(0, 12).join("\n");
  const m = /((?:19|20)\d\d)\s*年/.exec(head) ?? /((?:19|20)\d\d)[-./]\d{1,2}[-./]\d{1,2}/.exec(head) ?? /((?:19|20)\d\d)\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}
