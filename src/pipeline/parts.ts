/** parts: splits the document's lines into the preamble and the 一、… parts. */
import type { Line } from "./normalise.ts";
import { isLabelledTask, isNote, matchItem, matchPart, matchSection, splitTitle } from "./headings.ts";
import type { Warning } from "../schema/plan.ts";

export interface RawPart {
  line: number;
  marker: string;
  number: string;
  title: string;
  body: Line[]; // the lines under the heading; a body sharing the heading's line comes first
  notes: boolean; // the notes after the body (注[1]：…): an untitled part whose lines are all paragraphs
}

/**
 * Returns the lines before the first part heading (the preamble) and the parts.
 * A document with no part heading but with sections or numbered items gets one implicit part
 * (number "", title "") opening at its first section or item, so its structure is not lost.
 * A document with no heading of any kind is all preamble, with a warning. A note after the body
 * (注[1]：…, as a Word document's footnotes are read) starts an untitled notes part holding it and every
 * line after it, so that notes never run on into the last measure; before the first part it is preamble.
 */
export function splitParts(lines: Line[], warnings: Warning[]): { preamble: Line[]; parts: RawPart[] } {
  const preamble: Line[] = [];
  const parts: RawPart[] = [];
  const hasParts = lines.some((l) => matchPart(l.text));
  for (const line of lines) {
    const heading = matchPart(line.text);
    const current = parts.at(-1);
    if (heading) {
      const { title, body } = splitTitle(heading.rest.replace(/(?:\s*\|)+\s*$/, "")); // a table's category row: 一、创新驱动 | ||||
      parts.push({ line: line.no, marker: heading.marker, number: heading.number, title, body: body ? [{ no: line.no, text: body }] : [], notes: false });
    } else if (current && !current.notes && isNote(line.text)) {
      parts.push({ line: line.no, marker: "", number: "", title: "", body: [line], notes: true });
    } else if (current) {
      current.body.push(line);
    } else if (line.table || (!hasParts && (matchSection(line.text) || matchItem(line.text) || isLabelledTask(line.text)))) {
      parts.push({ line: line.no, marker: "", number: "", title: "", body: [line], notes: false });
    } else {
      if (hasParts && (matchSection(line.text) || matchItem(line.text)))
        warnings.push({ line: line.no, message: "标题或编号出现在第一个部分标题（一、）之前，按前言段落显示" });
      preamble.push(line);
    }
  }
  if (lines.length > 0 && parts.length === 0)
    warnings.push({ line: lines[0]!.no, message: "未找到部分标题（一、）、分节标题（（一））或编号条目，全文按段落显示" });
  return { preamble, parts };
}

const GOALS = /目标/; // 发展目标, 目标任务, 主要目标, 预期目标
const GUIDANCE = /指导思想|总体要求|总体思路|基本原则|工作思路/;
const MEASURES = /要点|措施|举措|任务|重点|工作安排|主要工作|具体工作/;

/** Returns what a part is for, from its title; an untitled-by-kind part holding measures is a measures part. */
export function classifyPart(title: string, hasMeasures: boolean): "guidance" | "goals" | "measures" | "other" {
  if (GOALS.test(title)) return "goals";
  if (GUIDANCE.test(title)) return "guidance";
  if (MEASURES.test(title) || hasMeasures) return "measures";
  return "other";
}
