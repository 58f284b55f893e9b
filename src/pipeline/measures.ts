/** measures: splits a section's lines into its own paragraphs and its numbered (or labelled) items. */
import type { Line } from "./normalise.ts";
import { isLabelledTask, matchItem, type ItemFamily } from "./headings.ts";

export interface RawItem {
  line: number;
  marker: string;
  number: number | null; // null for a labelled task (重点工作：…) rather than a numbered one
  lines: Line[]; // the item's first line without its marker, then its continuation lines
}

/**
 * Returns the lines before the first numbered item, and the items.
 * The first item sets the section's numbering family (1. 1、 1． | （1） | ①). An item of another
 * family that continues the count (1. 2、 （3）) is still an item; one that starts its own count
 * (（1） under 2.) is a sub-item and stays in the text of the item above it, as do unnumbered lines.
 */
export function splitMeasures(lines: Line[]): { leading: Line[]; items: RawItem[] } {
  const leading: Line[] = [];
  const items: RawItem[] = [];
  let family: ItemFamily | null = null;
  let sub: { family: ItemFamily; number: number } | null = null; // the sub-items of the current item
  for (const line of lines) {
    if (isLabelledTask(line.text)) {
      items.push({ line: line.no, marker: "", number: null, lines: [line] }); // 重点工作：… / 进展情况：… — a task given by label
      sub = null;
      continue;
    }
    const item = matchItem(line.text);
    const current = items.at(-1);
    const continuesSub = item && sub && item.family === sub.family && item.number === sub.number + 1;
    const isItem = item && !continuesSub && (!current || family === null || item.family === family || (current.number !== null && item.number === current.number + 1));
    if (item && isItem) {
      family ??= item.family;
      sub = null;
      items.push({ line: line.no, marker: item.marker, number: item.number, lines: [{ no: line.no, text: item.rest }] });
    } else {
      if (item && current) sub = { family: item.family, number: item.number };
      (current?.lines ?? leading).push(line);
    }
  }
  return { leading, items };
}
