/** sections: splits a part's lines into its own paragraphs and its （一）… sections. */
import type { Line } from "./normalise.ts";
import { matchSection, splitTitle } from "./headings.ts";

export interface RawSection {
  line: number;
  marker: string;
  number: string;
  title: string;
  body: Line[]; // a body sharing the heading's line comes first
}

/** Returns the lines before the part's first section heading, and the sections. */
export function splitSections(lines: Line[]): { leading: Line[]; sections: RawSection[] } {
  const leading: Line[] = [];
  const sections: RawSection[] = [];
  for (const line of lines) {
    const heading = matchSection(line.text);
    if (heading) {
      const { title, body } = splitTitle(heading.rest);
      sections.push({ line: line.no, marker: heading.marker, number: heading.number, title, body: body ? [{ no: line.no, text: body }] : [] });
    } else {
      (sections.at(-1)?.body ?? leading).push(line);
    }
  }
  return { leading, sections };
}
