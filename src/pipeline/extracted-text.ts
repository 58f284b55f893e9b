/** extractedText: what a reader of a document format (text, Word, PDF, web page, spreadsheet) hands the parser, and the one way every format writes a table row. */
import type { SourcePage } from "../schema/plan.ts";

/** The text the parser reads from a plan file, and what the reader learnt on the way. */
export interface ExtractedText {
  text: string; // lines as the parser reads them: a paragraph, a heading or a table row per line
  encoding: string; // how the file was read: utf-8, gb18030 … for text; docx, pdf, html, xlsx, libreoffice for other formats
  furniture: number[]; // 1-based lines the reader knows to be page furniture (a PDF's running header, its page numbers), shown apart
  pages: SourcePage[] | null; // PDF: the line each page's text starts at; null for formats without pages
  warnings?: { line: number | null; message: string }[]; // what the editor should know of the reading (a PDF's pages without text)
  merged: CellPosition[] | null; // the table cells a merged cell above covers, where the reader knows them (Word, web page, spreadsheet); null when it cannot (text, PDF)
}

/** A cell of a table row written by tableRowLine: the row's 1-based line and the cell's 0-based place in it. */
export interface CellPosition {
  line: number;
  column: number;
}

/** Whether files of `format` (an extension, lower-cased) are text as they stand, not a format whose text a reader extracts. */
export function isTextFormat(format: string): boolean {
  return format === "txt" || format === "md";
}

/** Returns a plain text's extraction: nothing known beyond its lines (for a structured format, add what its reader knows). */
export function plainText(text: string, encoding: string): ExtractedText {
  return { text, encoding, furniture: [], pages: null, merged: null };
}

/**
 * Returns a table row as one line the task-table reader takes apart (see task-table.ts): cells in order
 * joined by " | ", closed by " |". A line break inside a cell (two names on two lines) becomes one space
 * and the cell's surrounding spaces are trimmed; an empty cell — one a merged cell above covers — stays empty, and the reader carries the
 * value above down where the column's role allows.
 */
export function tableRowLine(cells: readonly string[]): string {
  return `${cells.map((c) => c.replace(/\s*[\r\n]+\s*/g, " ").trim()).join(" | ")} |`;
}

/** A line of text, or a table row with the cells a merged cell above covers. */
export type Piece = string | { text: string; covered: number[] };

/** Returns pieces joined a line each, and where their covered cells are: a piece's line is 1 + the line breaks before it. */
export function joinPieces(pieces: readonly Piece[]): { text: string; merged: CellPosition[] } {
  const texts: string[] = [];
  const merged: CellPosition[] = [];
  let line = 1;
  for (const piece of pieces) {
    const text = typeof piece === "string" ? piece : piece.text;
    if (typeof piece !== "string") merged.push(...piece.covered.map((column) => ({ line, column })));
    texts.push(text);
    line += 1 + (text.match(/\r\n|\r|\n/g)?.length ?? 0);
  }
  return { text: texts.join("\n"), merged };
}
