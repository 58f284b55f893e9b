/** parsePlan: turns a plan document's text into a Plan record, stage by stage, losing no character. */
import type { Disclosure, Plan, PlanMeta, StatedField, Warning } from "../schema/plan.ts";
import { normalise, type Line } from "./normalise.ts";
import { splitParts } from "./parts.ts";
import { buildPart } from "./structure.ts";
import { assignAnchors } from "./anchors.ts";
import { extractGoals } from "./goals.ts";
import { listRedactions } from "./redactions.ts";
import { checkBrackets, checkEnding, checkNumbering } from "./checks.ts";
import { matchItem, matchSection } from "./headings.ts";
import { readStatedMetadata } from "./stated-metadata.ts";
import { isPageFurniture } from "./furniture.ts";
import { findNotice } from "./notice.ts";
import { findTaskTables } from "./task-table.ts";
import { detectKind, KIND_NAME } from "./document-kind.ts";
import type { ExtractedText } from "./extracted-text.ts";

/** What a file's reader knows beyond its text (see ExtractedText). */
export type ReadHints = Partial<Pick<ExtractedText, "furniture" | "merged">>;

/**
 * Returns the Plan for a document's text and what the catalogue says of it. Never throws: text it
 * cannot structure becomes paragraphs, with a warning naming the line. Every non-whitespace character
 * of `text` appears, in order, in exactly one of preamble, part/section markers and titles,
 * paragraphs and measure markers and texts (see planText). `read` is what the file's reader knows beyond
 * the text (see ExtractedText): lines that are page furniture (a PDF's running header and page numbers),
 * shown apart as is whatever the text itself shows to be furniture; and the table cells a merged cell covers.
 */
export function parsePlan(text: string, meta: PlanMeta, read: ReadHints = {}): Plan {
  const { furniture: furnitureLines = [], merged = null } = read;
  const warnings: Warning[] = [];
  const all = normalise(text); //                                   normalise
  if (all.length === 0) warnings.push({ line: null, message: "文件为空：没有可显示的文字" });
  const statedRead = readStatedMetadata(all); //                    stated metadata (索引号, 文号 …)
  const apart = new Set([...statedRead.lines, ...furnitureLines]);
  const furniture = all.filter((l) => apart.has(l.no) || isPageFurniture(l.text)); // page furniture, shown apart
  const content = all.filter((l) => !furniture.includes(l));
  const notice = findNotice(content); //                            the notice wrapping the plan
  const { segments, findings } = findTaskTables(notice ? notice.rest : content, merged ? new Set(merged.map((c) => `${c.line}:${c.column}`)) : null); // task tables
  warnings.push(...findings);
  const lines = segments.flatMap((seg) => (seg.kind === "lines" ? seg.lines : seg.kind === "category" ? [seg.line] : [{ no: seg.table.header[0]?.no ?? seg.table.rows[0]!.lines[0]!.no, text: "", table: seg.table }]));
  const detected = detectKind(meta.title || (notice?.rest[0] ?? content[0])?.text || "", text); // kind
  const kind = meta.kind ?? detected.kind;
  if (!meta.kind && !detected.sure)
    warnings.push({ line: null, message: `按用语判断这是一份${KIND_NAME[kind]}，但不能确定；如不对，请在计划目录“类型”一栏写明（计划、报告或总结）` });
  if (meta.reporting && kind === "plan")
    warnings.push({ line: null, message: "计划目录为这份文件写了报告对象或报告期，但它按类型是一份计划：如果它是进展或完成情况报告，请在“类型”一栏写“报告”" });
  const { preamble, parts: rawParts } = splitParts(lines, warnings); // parts
  const context = { promises: kind === "plan" || kind === "summary" };
  const parts = rawParts.map((raw) => buildPart(raw, warnings, context)); //  sections → measures → responsibility → commitments
  assignAnchors(parts);
  const goalLines = [
    ...(context.promises ? targetParagraphs(preamble) : []),
    ...rawParts.flatMap((raw, i) => {
      const part = parts[i]!;
      if (part.kind === "goals") return raw.body.filter((l) => !l.table).map(unmarked);
      if (!context.promises || part.kind === "review") return [];
      const paragraphs = new Set([...part.paragraphs, ...part.sections.flatMap((s) => s.paragraphs)]);
      return targetParagraphs(raw.body.filter((l) => paragraphs.has(l.text)));
    }),
  ];
  const goals = extractGoals(goalLines).map((goal, i) => ({ ...goal, anchor: `g-${i + 1}` })); //  goals
  warnings.push(...checkNumbering(parts), ...checkBrackets(lines), ...checkEnding(lines)); // checks
  const { disclosure, stated, issuer } = mergeStated(meta, statedRead.fields, warnings);
  return {
    ...meta,
    jurisdiction: meta.jurisdiction ?? null,
    reporting: meta.reporting ?? null,
    issuer,
    disclosure,
    kind,
    kindFrom: meta.kind ? "catalogue" : "text",
    stated,
    notice: notice ? { line: notice.lines[0]!.no, paragraphs: notice.lines.map((l) => l.text) } : null,
    furniture: furniture.map((l) => ({ line: l.no, text: l.text })),
    preamble: preamble.map((l) => l.text),
    parts,
    goals,
    redactions: listRedactions(text), //                             redactions
    warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    notes: [], // added beside the plan by the editor, not read from its text
  };
}

const FIELD_NAME: Record<StatedField["field"], string> = { indexNumber: "索引号", docNumber: "文号", issuer: "发布机构", category: "信息分类", dateWritten: "成文日期", datePublished: "发布日期", validity: "有效性", keywords: "关键词" };

/**
 * Returns the disclosure record with each field the catalogue leaves empty taken from the document's
 * own header (索引号, 文号 …), and the stated fields, each marked as used or not. The catalogue always
 * wins; where both give a value and they differ, a warning names the line.
 */
function mergeStated(meta: PlanMeta, fields: { key: StatedField["field"]; value: string; label: string; line: number }[], warnings: Warning[]) {
  const disclosure: Disclosure = { ...meta.disclosure };
  let issuer = meta.issuer;
  const stated: StatedField[] = fields.map((f) => {
    const current = f.key === "issuer" ? issuer || null : f.key === "keywords" ? disclosure.keywords?.join("、") ?? null : disclosure[f.key];
    const used = current === null && (!/^date/.test(f.key) || /^\d{4}-\d{2}-\d{2}$/.test(f.value));
    if (current === null && !used) warnings.push({ line: f.line, message: `文中第 ${f.line} 行的${FIELD_NAME[f.key]}“${f.value}”不是完整的日期，没有采用；请在计划目录中填写` });
    if (used) {
      if (f.key === "issuer") issuer = f.value;
      else if (f.key === "keywords") disclosure.keywords = f.value.split(/[,，;；、\s]+/).filter(Boolean);
      else disclosure[f.key] = f.value;
    } else if (current !== null && current.replace(/\s/g, "") !== f.value.replace(/\s/g, "") && f.key !== "issuer")
      warnings.push({ line: f.line, message: `计划目录的${FIELD_NAME[f.key]}是“${current}”，文中写的是“${f.value}”：页面以目录为准，请核对` });
    return { field: f.key, label: f.label, value: f.value, line: f.line, used };
  });
  return { disclosure, stated, issuer };
}

/** Paragraphs outside a goals part that state targets: 主要预期目标为：…；…, 2025年，力争…达到2.95%. */
function targetParagraphs(lines: Line[]): Line[] {
  return lines.filter((l) => /目标(?:是|为|值)?\s*[:：]|目标(?:是|为)|力争/.test(l.text) && /\d|[Xx×*＊]/.test(l.text));
}

/** A goals line without its list marker, so that "1.工业增加值增长8%" reads as its target. */
function unmarked(line: Line): Line {
  const marker = matchSection(line.text)?.marker ?? matchItem(line.text)?.marker ?? "";
  return { no: line.no, text: line.text.slice(marker.length) };
}
