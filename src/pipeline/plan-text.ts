/** planText: the plan's text in document order, as stored — the inverse of parsing, for fidelity checks and search. */
import type { Plan } from "../schema/plan.ts";

/**
 * Returns every stored piece of the plan's source text, in source order: preamble, then for each part
 * its marker and title, paragraphs and sections (marker, title, paragraphs, measures as marker + text).
 * Derived fields (measure titles, goals, commitments) are not repeated. With whitespace removed it
 * equals the source document with whitespace removed.
 */
export function planPieces(plan: Pick<Plan, "preamble" | "parts">): string[] {
  const out = [...plan.preamble];
  for (const part of plan.parts) {
    out.push(part.marker + part.title, ...part.paragraphs);
    for (const section of part.sections) {
      out.push(section.marker + section.title, ...section.paragraphs);
      for (const m of section.measures) out.push(m.marker + m.text);
    }
  }
  return out.filter((s) => s !== "");
}

/** Returns the plan's measures in document order. */
export function measuresOf(plan: Pick<Plan, "parts">): Plan["parts"][number]["sections"][number]["measures"] {
  return plan.parts.flatMap((p) => p.sections.flatMap((s) => s.measures));
}
