/** parsePlan: turns a plan document's text into a Plan record, stage by stage, losing no character. */
import type { Plan, PlanMeta, Warning } from "../schema/plan.ts";
import { normalise, type Line } from "./normalise.ts";
import { splitParts } from "./parts.ts";
import { buildPart } from "./structure.ts";
import { assignAnchors } from "./anchors.ts";
import { extractGoals } from "./goals.ts";
import { listRedactions } from "./redactions.ts";
import { checkBrackets, checkEnding, checkNumbering } from "./checks.ts";
import { matchItem, matchSection } from "./headings.ts";

/**
 * Returns the Plan for a document's text and what the catalogue says of it. Never throws: text it
 * cannot structure becomes paragraphs, with a warning naming the line. Every non-whitespace character
 * of `text` appears, in order, in exactly one of preamble, part/section markers and titles,
 * paragraphs and measure markers and texts (see planText).
 */
export function parsePlan(text: string, meta: PlanMeta): Plan {
  const warnings: Warning[] = [];
  const lines = normalise(text); //                                 normalise
  if (lines.length === 0) warnings.push({ line: null, message: "文件为空：没有可显示的文字" });
  const { preamble, parts: rawParts } = splitParts(lines, warnings); // parts
  const parts = rawParts.map((raw) => buildPart(raw, warnings)); //  sections → measures → responsibility → commitments
  assignAnchors(parts);
  const goals = rawParts
    .flatMap((raw, i) => (parts[i]!.kind === "goals" ? extractGoals(raw.body.map(unmarked)) : [])) //  goals
    .map((goal, i) => ({ ...goal, anchor: `g-${i + 1}` }));
  warnings.push(...checkNumbering(parts), ...checkBrackets(lines), ...checkEnding(lines)); // checks
  return {
    ...meta,
    preamble: preamble.map((l) => l.text),
    parts,
    goals,
    redactions: listRedactions(text), //                             redactions
    warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    notes: [], // added beside the plan by the editor, not read from its text
  };
}

/** A goals line without its list marker, so that "1.工业增加值增长8%" reads as its target. */
function unmarked(line: Line): Line {
  const marker = matchSection(line.text)?.marker ?? matchItem(line.text)?.marker ?? "";
  return { no: line.no, text: line.text.slice(marker.length) };
}
