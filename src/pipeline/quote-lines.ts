/** quote-lines: makes a warning findable in a Word document, which has no line numbers — the paragraph it names, quoted. */
import type { Warning } from "../schema/plan.ts";

/**
 * Returns the warnings with each one that names a line also quoting that line's opening words, as
 * “第 N 段：“……”” — the way an editor finds a paragraph in Word, where line numbers mean nothing.
 * A .docx file's text has one line per paragraph, blank paragraphs kept, so line N is paragraph N.
 */
export function quoteParagraphs(warnings: Warning[], text: string): Warning[] {
  const lines = text.split(/\r\n|\r|\n/);
  return warnings.map((w) => {
    const line = w.line === null ? "" : (lines[w.line - 1] ?? "").trim();
    if (!line) return w;
    const opening = line.length > 24 ? `${line.slice(0, 24)}……` : line;
    return { ...w, message: `${w.message}（Word 文档第 ${w.line} 段：“${opening}”）` };
  });
}
