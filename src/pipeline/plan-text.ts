/** planText: the plan's text and measures in document order, as stored — for fidelity checks, search, and citing a measure. */
import type { Measure, Plan } from "../schema/plan.ts";
import type { MeasureRef } from "../schema/comparison.ts";

/**
 * Returns every stored piece of the plan's source text, in source order: the notice around it, the preamble, then for each part
 * its marker and title, paragraphs and sections (marker, title, paragraphs, measures as marker + text).
 * Derived fields (measure titles, goals, commitments) are not repeated. With whitespace removed it
 * equals the source document with whitespace removed.
 */
export function planPieces(plan: Pick<Plan, "preamble" | "parts"> & Partial<Pick<Plan, "notice">>): string[] {
  const out = [...(plan.notice?.paragraphs ?? []), ...plan.preamble];
  for (const part of plan.parts) {
    out.push(part.marker + part.title, ...part.paragraphs);
    for (const section of part.sections) {
      out.push(section.marker + section.title, ...section.paragraphs);
      for (const m of section.measures) out.push(m.marker + m.text);
    }
  }
  return out.filter((s) => s !== "");
}

/**
 * Returns the source text without the lines shown apart as page furniture (plan.furniture), and with
 * layout removed — whitespace, and the | that borders the cells of a table flattened to text — so it can
 * be compared with planPieces: the two agree character for character when nothing is lost.
 */
export function bodyText(text: string, plan: Pick<Plan, "furniture">): string {
  const apart = new Set(plan.furniture.map((f) => f.line));
  return layoutFree(text.split(/\r\n|\r|\n/).filter((_, i) => !apart.has(i + 1)).join("\n"));
}

/** Returns `s` without whitespace and table cell borders (|): the form in which a record and its source must agree. */
export function layoutFree(s: string): string {
  return s.replace(/[\s|]+/g, "");
}

/** Returns the plan's measures in document order. */
export function measuresOf(plan: Pick<Plan, "parts">): Plan["parts"][number]["sections"][number]["measures"] {
  return plan.parts.flatMap((p) => p.sections.flatMap((s) => s.measures));
}

/** Returns the plan with each measure replaced by `f(measure)`, everything else kept. */
export function mapMeasures<P extends Pick<Plan, "parts">>(plan: P, f: (m: Measure) => Measure): P {
  return { ...plan, parts: plan.parts.map((part) => ({ ...part, sections: part.sections.map((s) => ({ ...s, measures: s.measures.map(f) })) })) };
}

/** Returns how a reader cites a section: its marker and heading without the closing 。 — （一）抓运行监测，稳定增长基本盘. */
export function sectionPlace(section: { marker: string; title: string }): string {
  return `${section.marker}${section.title}`.replace(/[。；;]$/, ""); // a heading sentence's closing mark
}

/** Returns how a reader cites a measure: 第 13 条, or its section heading when the section is one unnumbered measure. */
export function measurePlace(m: Measure, section: { marker: string; title: string }): string {
  return m.number !== null ? `第 ${m.number} 条` : sectionPlace(section) || m.title;
}

/** Returns the plan with `warnings` added to its own, all in line order (whole-document ones first). */
export function withWarnings<P extends Pick<Plan, "warnings">>(plan: P, warnings: Plan["warnings"]): P {
  return { ...plan, warnings: [...plan.warnings, ...warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

export interface Placed {
  measure: Measure;
  ref: MeasureRef;
}

/** Returns each measure of a plan with the reference a comparison cites it by. */
export function placedMeasures(plan: Pick<Plan, "parts">): Placed[] {
  return plan.parts.flatMap((part) =>
    part.sections.flatMap((section) =>
      section.measures.map((measure) => ({ measure, ref: { anchor: measure.anchor, place: measurePlace(measure, section), title: measure.title } })),
    ),
  );
}
