/** quote-lines: makes a warning findable in a document without line numbers (Word, PDF, a web page, a spreadsheet) — the paragraph it names, quoted. */
import type { SourcePage, Warning } from "../schema/plan.ts";

/**
 * Returns the warnings with each one that names a line also quoting that line's opening words, as
 * “（Word 文档第 N 段：“……”）” — the way an editor finds a paragraph where line numbers mean nothing.
 * The reader of such a file gives a line per paragraph (or table row), so line N is the Nth. `where`
 * says where line N is: by default “Word 文档第 N 段”; see whereInSource for the other formats.
 */
export function quoteParagraphs(warnings: Warning[], text: string, where: (line: number) => string = (n) => `Word 文档第 ${n} 段`): Warning[] {
  const lines = text.split(/\r\n|\r|\n/);
  return warnings.map((w) => {
    const line = w.line === null ? "" : (lines[w.line - 1] ?? "").trim();
    if (!line) return w;
    const opening = line.length > 24 ? `${line.slice(0, 24)}……` : line;
    return { ...w, message: `${w.message}（${where(w.line!)}：“${opening}”）` };
  });
}

/** Returns the page a line of a PDF's extracted text came from: the last page starting at or before it (1 when none is known). */
export function pageOfLine(pages: readonly SourcePage[], line: number): number {
  let page = pages[0]?.page ?? 1;
  for (const p of pages) if (p.line <= line) page = p.page;
  return page;
}

/** Returns how a warning names line N of a file of `format` whose text was extracted: a PDF's page, a Word paragraph, a web page's or a spreadsheet's Nth line. */
export function whereInSource(format: string, pages: readonly SourcePage[] | null): (line: number) => string {
  if (format === "pdf") return (n) => `PDF 第 ${pageOfLine(pages ?? [], n)} 页`;
  if (format === "html" || format === "htm") return (n) => `网页正文第 ${n} 段`;
  if (format === "xlsx" || format === "xls" || format === "et") return (n) => `表格提取文本第 ${n} 行`;
  return (n) => `Word 文档第 ${n} 段`;
}
