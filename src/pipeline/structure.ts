/** structure: builds a part's records — its sections, their measures, each measure's responsibility and commitments. */
import type { Measure, Part, Section, Warning } from "../schema/plan.ts";
import type { Line } from "./normalise.ts";
import { classifyPart, type RawPart } from "./parts.ts";
import { splitSections } from "./sections.ts";
import { splitMeasures, type RawItem } from "./measures.ts";
import { findResponsibility } from "./responsibility.ts";
import { extractCommitments } from "./commitments.ts";
import { findRedactionSpans } from "./redactions.ts";

/**
 * Returns the Part for a raw part. Lines before its first section stay its paragraphs, unless they
 * hold numbered items, which then form a section without heading (number null, title "").
 * A section with no numbered items holds its body as one measure, number null, titled as the section.
 * The notes part (注[1]：…) is all paragraphs.
 */
export function buildPart(raw: RawPart, warnings: Warning[]): Part {
  if (raw.notes) return { number: "", marker: "", title: "", kind: "other", anchor: "", line: raw.line, paragraphs: texts(raw.body), sections: [] };
  const { leading, sections: rawSections } = splitSections(raw.body);
  const lead = splitMeasures(leading);
  const sections: Section[] = [];
  if (lead.items.length > 0)
    sections.push(section(null, "", "", lead.items[0]!.line, [], lead.items.map((it) => measure(it, "", warnings))));
  for (const s of rawSections) {
    const body = splitMeasures(s.body);
    const measures = body.items.length > 0
      ? body.items.map((it) => measure(it, "", warnings))
      : body.leading.length > 0 ? [measure(null, s.title, warnings, body.leading)] : [];
    const paragraphs = body.items.length > 0 ? texts(body.leading) : [];
    sections.push(section(s.number, s.marker, s.title, s.line, paragraphs, measures));
  }
  const paragraphs = lead.items.length > 0 ? texts(lead.leading) : texts(leading);
  const hasMeasures = sections.some((s) => s.measures.length > 0);
  return {
    number: raw.number,
    marker: raw.marker,
    title: raw.title,
    kind: classifyPart(raw.title, hasMeasures),
    anchor: "",
    line: raw.line,
    paragraphs,
    sections,
  };
}

function section(number: string | null, marker: string, title: string, line: number, paragraphs: string[], measures: Measure[]): Section {
  return { number, marker, title, anchor: "", line, paragraphs, measures };
}

function measure(item: RawItem | null, sectionTitle: string, warnings: Warning[], lines: Line[] = item?.lines ?? []): Measure {
  const text = lines.map((l) => l.text).join("\n");
  const line = item?.line ?? lines[0]?.no ?? 0;
  const found = findResponsibility(text);
  if (found && !found.closed) warnings.push({ line, message: "责任标注的括号没有闭合，标注按到条目末尾读取" });
  const excluded = found ? [{ start: found.start, end: found.end }] : [];
  return {
    number: item?.number ?? null,
    marker: item?.marker ?? "",
    anchor: "",
    title: item ? titleOf(text, found?.start ?? text.length) : sectionTitle,
    text,
    line,
    responsibility: found?.responsibility ?? null,
    commitments: extractCommitments(text, excluded),
    entities: [],
    themes: [],
    redactionSpans: findRedactionSpans(text).map(({ start, end }) => ({ start, end })),
  };
}

/** Returns a measure's title: its first sentence, 。 included, before any annotation or line break. */
export function titleOf(text: string, annotationStart: number): string {
  const head = text.slice(0, annotationStart).split("\n")[0]!;
  const end = head.search(/[。！？!?]|(?<![0-9０-９])\.(?![0-9０-９])/); // 。 or an ASCII full stop, not a decimal point
  return (end === -1 ? head : head.slice(0, end + 1)).trim();
}

function texts(lines: Line[]): string[] {
  return lines.map((l) => l.text);
}
