/** structure: builds a part's records — its sections, their measures, each measure's responsibility and commitments. */
import type { Measure, Part, Responsibility, Section, Warning } from "../schema/plan.ts";
import type { Line } from "./normalise.ts";
import { classifyPart, type RawPart } from "./parts.ts";
import { splitSections } from "./sections.ts";
import { splitMeasures, type RawItem } from "./measures.ts";
import { findResponsibility } from "./responsibility.ts";
import { extractCommitments } from "./commitments.ts";
import { findRedactionSpans } from "./redactions.ts";
import { findInlineElisions } from "./furniture.ts";
import { titleOf } from "./titles.ts";
import { rowMeasure } from "./table-measures.ts";
import { isReviewTitle } from "./document-kind.ts";

/** How measures read their quantities: in a report, or a part looking back, results are not promises. */
export interface BuildContext {
  promises: boolean; // false: a report — only what a sentence names as a target (目标) is a commitment
}

const CAPTION = /(?:表|清单|一览|明细)$/; // a table's caption line: …任务分解表

/**
 * Returns the Part for a raw part. Lines before its first section stay its paragraphs, unless they
 * hold numbered items, which then form a section without heading (number null, title "").
 * A section with no numbered items holds its body as one measure, number null, titled as the section.
 * The notes part (注[1]：…) is all paragraphs.
 */
export function buildPart(raw: RawPart, warnings: Warning[], context: BuildContext = { promises: true }): Part {
  if (raw.notes) return { number: "", marker: "", title: "", kind: "other", anchor: "", line: raw.line, paragraphs: texts(raw.body), sections: [] };
  const review = isReviewTitle(raw.title);
  const ctx = { promises: context.promises && !review };
  const inherited = headingResponsibility(raw.title);
  const { before, tables } = splitTables(raw.body);
  const { leading, sections: rawSections } = splitSections(before);
  const lead = splitMeasures(leading);
  const sections: Section[] = [];
  if (lead.items.length > 0)
    sections.push(section(null, "", "", lead.items[0]!.line, [], lead.items.map((it) => measure(it, "", warnings, ctx, inherited))));
  for (const s of rawSections) {
    const own = headingResponsibility(s.title) ?? inherited;
    const body = splitMeasures(s.body);
    const measures = body.items.length > 0
      ? body.items.map((it) => measure(it, "", warnings, ctx, own))
      : body.leading.length > 0 ? [measure(null, s.title, warnings, ctx, own, body.leading)] : [];
    const paragraphs = body.items.length > 0 ? texts(body.leading) : [];
    sections.push(section(s.number, s.marker, s.title, s.line, paragraphs, measures));
  }
  const paragraphs = lead.items.length > 0 ? texts(lead.leading) : texts(leading);
  for (const { table, after } of tables) {
    // a caption line just before the table (…任务分解表) titles its section
    const last = sections.at(-1);
    const holder = last ? last.paragraphs : paragraphs;
    const caption = holder.length > 0 && CAPTION.test(holder.at(-1)!) && (!last || last.measures.length === 0) ? holder.pop()! : "";
    const measures = table.rows.map((row) => rowMeasure(table, row));
    for (const m of measures) if (!m.responsibility && inherited) m.responsibility = inherited;
    sections.push(section(null, "", caption, table.header[0]?.no ?? table.rows[0]?.lines[0]?.no ?? raw.line, texts(table.header), measures));
    if (after.length > 0) sections.push(section(null, "", "", after[0]!.no, texts(after), []));
  }
  const hasMeasures = sections.some((s) => s.measures.length > 0);
  return {
    number: raw.number,
    marker: raw.marker,
    title: raw.title,
    kind: review ? "review" : classifyPart(raw.title, hasMeasures),
    anchor: "",
    line: raw.line,
    paragraphs,
    sections,
  };
}

/** Splits a part's body at its task tables: the lines before the first table, and each table with the lines after it. */
function splitTables(body: Line[]): { before: Line[]; tables: { table: NonNullable<Line["table"]>; after: Line[] }[] } {
  const before: Line[] = [];
  const tables: { table: NonNullable<Line["table"]>; after: Line[] }[] = [];
  for (const line of body) {
    if (line.table) tables.push({ table: line.table, after: [] });
    else (tables.at(-1)?.after ?? before).push(line);
  }
  return { before, tables };
}

/** The responsibility a heading states once for the items under it: 一、强化科技创新（区科技局牵头）. */
function headingResponsibility(title: string): Responsibility | null {
  const found = findResponsibility(title);
  if (!found) return null;
  const r = found.responsibility;
  return { ...r, from: "heading", start: null, end: null, names: r.names.map((n) => ({ ...n, start: null, end: null })) };
}

function section(number: string | null, marker: string, title: string, line: number, paragraphs: string[], measures: Measure[]): Section {
  return { number, marker, title, anchor: "", line, paragraphs, measures };
}

function measure(item: RawItem | null, sectionTitle: string, warnings: Warning[], context: BuildContext, inherited: Responsibility | null, lines: Line[] = item?.lines ?? []): Measure {
  const text = lines.map((l) => l.text).join("\n");
  const line = item?.line ?? lines[0]?.no ?? 0;
  const found = findResponsibility(text);
  if (found && !found.closed) warnings.push({ line, message: "责任标注的括号没有闭合，标注按到条目末尾读取" });
  const excluded = found ? [{ start: found.start, end: found.end }] : [];
  const commitments = extractCommitments(text, excluded);
  return {
    number: item?.number ?? null,
    marker: item?.marker ?? "",
    anchor: "",
    title: item ? titleOf(text, found?.start ?? text.length) : sectionTitle,
    text,
    line,
    responsibility: found?.responsibility ?? inherited,
    commitments: context.promises ? commitments : commitments.filter((c) => namedAsTarget(text, c.start)),
    entities: [],
    themes: [],
    redactionSpans: findRedactionSpans(text).map(({ start, end }) => ({ start, end })),
    insertedSpans: findInlineElisions(text).map(({ start, end }) => ({ start, end })),
    cells: null,
  };
}

/**
 * In a report, whether the quantity at `at` is one the text names as a target, not a result: its clause
 * says 目标 (聚焦…增长6%目标任务), or it follows 目标是／目标为／目标： in the same sentence
 * (【…年度目标是：工业投资实现37亿元，增长15%；…】). A share of a plan (占年度投资计划45%) is progress.
 */
function namedAsTarget(text: string, at: number): boolean {
  const clauseStart = lastIndexOfAny(text, "，,；;。【】\n", at) + 1;
  const clauseEnd = indexOfAny(text, "，,；;。【】\n", at);
  const clause = text.slice(clauseStart, clauseEnd);
  if (/占|完成率|进度|预计|累计|同比|实现了|完成了/.test(text.slice(clauseStart, at))) return false;
  if (/目标/.test(clause)) return true;
  const sentenceStart = lastIndexOfAny(text, "。【\n", at) + 1;
  if (/目标(?:是|为|值)?\s*[:：]|目标是|目标为/.test(text.slice(sentenceStart, at))) return true;
  // under a label naming targets (年度阶段性工作目标：第一季度：…), until a label naming progress
  const labels = [...text.slice(0, at).matchAll(/(?:^|\n)([^\n:：。]{1,16})[:：]/g)].map((m) => m[1]!);
  const zone = labels.findLast((l) => /目标|计划|任务/.test(l) || /进展|情况|问题|建议|落实/.test(l));
  return zone !== undefined && /目标|计划|任务/.test(zone) && !/进展|情况|问题|建议|落实/.test(zone);
}

function lastIndexOfAny(text: string, chars: string, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (chars.includes(text[i]!)) return i;
  return -1;
}

function indexOfAny(text: string, chars: string, from: number): number {
  for (let i = from; i < text.length; i++) if (chars.includes(text[i]!)) return i;
  return text.length;
}

function texts(lines: Line[]): string[] {
  return lines.map((l) => l.text);
}
