/** sheetText: turns a spreadsheet's sheets (cell texts and merged ranges) into the lines the parser reads — title rows as paragraphs, the table as pipe rows, merged cells left for the task-table reader to carry down. */
import { joinPieces, tableRowLine, type CellPosition, type Piece } from "./extracted-text.ts";

/** A block of merged cells, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One sheet as it shows: every cell's displayed text ("" when empty), row by row, and its merged ranges. */
export interface SheetGrid {
  name: string;
  cells: string[][];
  merges: CellRange[];
}

/**
 * Returns the text of a workbook's sheets. In each sheet, empty rows and the empty columns at its right
 * are left out; the rows above the first row of two or more filled cells (a table's title, its unit) are
 * a line each; from that header row on, each row is a pipe row (tableRowLine) whose cells a merged range
 * above covers are empty — the task-table reader carries the value down where the column allows — and a
 * row of a single filled cell merged across the table (a category: “一、经济发展”) is a line of its own.
 * A workbook of more than one sheet with text names each sheet on a line before its rows. Returns the
 * text and the cells a merged range above covers (see CellPosition).
 */
export function sheetsToText(sheets: readonly SheetGrid[]): { text: string; merged: CellPosition[] } {
  const filled = sheets.map((s) => ({ ...s, cells: visibleCells(s) })).filter((s) => s.cells.some((row) => row.some(Boolean)));
  return joinPieces(filled.flatMap((s) => [...(filled.length > 1 ? [s.name] : []), ...sheetLines(s)]));
}

/** Returns a sheet's cells with the positions a merged range covers (all but its top-left cell) emptied, and no empty columns at the right. */
function visibleCells(sheet: SheetGrid): string[][] {
  const covered = (r: number, c: number) => sheet.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
  const cells = sheet.cells.map((row, r) => row.map((text, c) => (covered(r, c) ? "" : text.trim() === "" ? "" : text)));
  const width = cells.reduce((max, row) => Math.max(max, row.reduce((last, text, c) => (text ? c + 1 : last), 0)), 0); // no spread: a sheet may have many rows
  return cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
}

function sheetLines(sheet: SheetGrid): Piece[] {
  const rows = sheet.cells.map((cells, r) => ({ cells, r })).filter(({ cells }) => cells.some(Boolean));
  const header = rows.findIndex(({ cells }) => cells.filter(Boolean).length >= 2);
  const width = rows[0]?.cells.length ?? 0;
  const fromAbove = (r: number, c: number) => sheet.merges.some((m) => r > m.top && r <= m.bottom && c >= m.left && c <= m.right);
  return rows.flatMap(({ cells, r }, i): Piece[] => {
    const texts = cells.filter(Boolean);
    if (header === -1 || i < header) return texts;
    if (texts.length === 1 && spansTable(sheet.merges, r, cells.findIndex(Boolean), width)) return texts;
    return [{ text: tableRowLine(cells), covered: cells.flatMap((_, c) => (fromAbove(r, c) ? [c] : [])) }];
  });
}

/** Whether the cell at row r, column c is merged across at least half the table's width: a category row, not a row with one filled cell. */
function spansTable(merges: readonly CellRange[], r: number, c: number, width: number): boolean {
  return merges.some((m) => m.top === r && m.left === c && m.right - m.left + 1 >= Math.max(2, width / 2));
}
