/** docxText: turns a Word document (as mammoth's HTML) into the plain text the parser reads — paragraphs as lines, task tables as pipe rows, notes after the body. */
import { parseHTML } from "linkedom";
import { joinPieces, tableRowLine, type CellPosition, type Piece } from "./extracted-text.ts";
import { headerRoles } from "./task-table.ts";

const NOTE_ID = /^(?:footnote|endnote)-/; // mammoth's id of a footnote or endnote, footnote-1
const BACK_LINK = /^#(?:footnote|endnote)-ref-/; // mammoth's ↑ link from a note back to its mark
const SECTION = /^T(?:HEAD|BODY|FOOT)$/; // a table's row group
const CELL_GAP = "\u3000"; // between the cells of a row written as one line

/**
 * Returns the document's text, a line per paragraph (heading or list item), blank paragraphs kept so
 * that line numbers match the document. A table is written by tableRowsToLines: a task table as pipe rows
 * the task-table reader reads (each row a measure, every cell with its column's role, merged cells carried
 * down), any other table a line per row, cells joined by a full-width space.
 * A table nested in a cell is written once, inside that cell (see cellText); a nested list item is a
 * line of its own. Footnotes and endnotes are placed as Word shows them: the mark ([1]) stays where it
 * stands, and the notes follow the body, "注[1]：…", without mammoth's ↑ back-links.
 */
export function docxHtmlToText(html: string): string {
  return docxHtmlToLines(html).text;
}

/** Returns what docxHtmlToText returns, and the table cells a merged cell above covers (see CellPosition), for the task-table reader. */
export function docxHtmlToLines(html: string): { text: string; merged: CellPosition[] } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.body.children];
  const notes = blocks.filter(isNoteList);
  return joinPieces([...blocks.filter((el) => !notes.includes(el)).flatMap(blockLines), ...notes.flatMap((ol) => noteLines(ol, document))]);
}

/** Returns the lines of a block of the body: a table's rows, a list's items, or a paragraph. */
function blockLines(el: Element): Piece[] {
  if (el.tagName === "TABLE") return tableLines(el);
  if (el.tagName === "UL" || el.tagName === "OL") return listLines(el);
  return [textOf(el)];
}

/** Returns a paragraph's text, a line break kept as "\n", no-break spaces as spaces. */
function textOf(el: Element): string {
  for (const br of el.querySelectorAll("br")) br.replaceWith("\n");
  return (el.textContent ?? "").replace(/\u00a0/g, " ");
}

/** Returns a list's items a line each: an item's own text, then the items of a list nested in it. */
function listLines(list: Element): string[] {
  return [...list.children].filter((li) => li.tagName === "LI").flatMap((li) => {
    const nested = [...li.children].filter((c) => c.tagName === "UL" || c.tagName === "OL");
    for (const n of nested) n.remove();
    return [textOf(li), ...nested.flatMap(listLines)];
  });
}

function isNoteList(el: Element): boolean {
  return el.tagName === "OL" && el.children.length > 0 && [...el.children].every((li) => NOTE_ID.test(li.id));
}

/** Returns the notes of mammoth's closing list, each opened by "注" and the mark its reference shows ([1]). */
function noteLines(ol: Element, document: Document): string[] {
  const marks = new Map([...document.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.textContent]));
  return [...ol.children].flatMap((li, i) => {
    const mark = marks.get(`#${li.id}`) || `[${i + 1}]`;
    for (const a of li.querySelectorAll("a")) if (BACK_LINK.test(a.getAttribute("href") ?? "")) a.remove();
    const [first = "", ...rest] = [...li.children].flatMap(blockLines).map((line) => (typeof line === "string" ? line : line.text).trimEnd());
    return [`注${mark}：${first}`, ...rest];
  });
}

/**
 * Returns a table's own rows (not those of a table nested in a cell), each a list of cell texts laid out
 * on the table's grid: a cell spanning rows or columns (rowspan, colspan) is written once, where it starts,
 * and the places it covers are empty cells, so that every column stays in its place.
 */
export function rowsOf(table: Element): string[][] {
  return tableGrid(table).rows;
}

/** Returns rowsOf's rows, and for each place whether a cell of a row above spans down over it. */
export function tableGrid(table: Element): { rows: string[][]; covered: boolean[][] } {
  const trs = [...table.children].flatMap((c) => (c.tagName === "TR" ? [c] : SECTION.test(c.tagName) ? [...c.children] : [])).filter((tr) => tr.tagName === "TR");
  const grid: string[][] = trs.map(() => []);
  const below: boolean[][] = trs.map(() => []);
  const taken: boolean[][] = trs.map(() => []);
  trs.forEach((tr, r) => {
    let c = 0;
    for (const cell of [...tr.children].filter((el) => el.tagName === "TD" || el.tagName === "TH")) {
      while (taken[r]![c]) c++;
      const [down, across] = [span(cell, "rowspan", trs.length - r), span(cell, "colspan", 1000)];
      for (let i = 0; i < down; i++) for (let j = 0; j < across; j++) {
        taken[r + i]![c + j] = true;
        below[r + i]![c + j] = i > 0;
        grid[r + i]![c + j] = i === 0 && j === 0 ? cellText(cell) : "";
      }
      c += across;
    }
  });
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0);
  const fill = <T,>(rows: T[][], empty: T) => rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? empty));
  return { rows: fill(grid, ""), covered: fill(below, false) };
}

/** Returns a cell's rowspan or colspan: 1 when absent or not a number, at most `max`. */
function span(cell: Element, name: string, max: number): number {
  const n = Number(cell.getAttribute(name) ?? 1);
  return Number.isInteger(n) && n > 1 ? Math.min(n, max) : 1;
}

/**
 * Returns a cell's text on one line: its paragraphs run together, and a table nested in it in its place,
 * its cells set apart by full-width spaces, as is the nested table from the text around it.
 */
function cellText(cell: Element): string {
  const pieces: string[] = [];
  let run = "";
  const visit = (node: Element) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) run += child.textContent ?? "";
      else if (child.nodeType !== 1) continue;
      else if ((child as Element).tagName === "TABLE") {
        pieces.push(run, ...rowsOf(child as Element).map((row) => row.filter(Boolean).join(CELL_GAP)));
        run = "";
      } else if ((child as Element).tagName === "BR") run += "\n";
      else visit(child as Element);
    }
  };
  visit(cell);
  pieces.push(run);
  return pieces.map((p) => p.replace(/\u00a0/g, " ").replace(/\s*\n\s*/g, "").trim()).filter(Boolean).join(CELL_GAP);
}

function tableLines(table: Element): Piece[] {
  const { rows, covered } = tableGrid(table);
  return tableRowsToLines(rows, covered);
}

/**
 * Returns a table's rows as lines. A task table — one with a row the task-table reader takes for a header
 * (重点任务, 项目内容 … beside 牵头单位, 完成时限 …: see headerRoles) — is written as pipe rows (tableRowLine), header
 * first, each with the cells `covered` marks (a merged cell above spans over them), for the task-table
 * reader to read every column by its role and carry exactly those down; any other table is a line per
 * row, its filled cells joined by a full-width space.
 */
export function tableRowsToLines(rows: readonly string[][], covered: readonly boolean[][] = []): Piece[] {
  const header = rows.findIndex((r) => r.filter(Boolean).length >= 2 && headerRoles(r.map((h) => h.trim())) !== null);
  const plain = (r: readonly string[]) => r.filter(Boolean).join(CELL_GAP);
  if (header === -1) return rows.filter((r) => r.some(Boolean)).map(plain);
  return rows.flatMap((r, i): Piece[] => {
    if (!r.some(Boolean)) return [];
    if (i < header) return [plain(r)];
    return [{ text: tableRowLine(r), covered: r.flatMap((_, c) => (covered[i]?.[c] ? [c] : [])) }];
  });
}
