/** docxText: turns a Word document (as mammoth's HTML) into the plain text the parser reads — paragraphs as lines, task tables as numbered items, notes after the body. */
import { parseHTML } from "linkedom";

const TASK = /工作任务|重点任务|主要任务|任务内容|工作内容|具体措施|主要措施|任务/; // the column holding the task
const NUMBER = /^序号$|^编号$/; // the row-number column
const ROLE = /牵头单位|责任单位|责任股室|责任科室|配合单位|责任领导|牵头部门|责任部门|完成时限|完成时间/; // a column the parser reads as responsibility
const NOTE_ID = /^(?:footnote|endnote)-/; // mammoth's id of a footnote or endnote, footnote-1
const BACK_LINK = /^#(?:footnote|endnote)-ref-/; // mammoth's ↑ link from a note back to its mark
const SECTION = /^T(?:HEAD|BODY|FOOT)$/; // a table's row group
const CELL_GAP = "\u3000"; // between the cells of a row written as one line

/**
 * Returns the document's text, a line per paragraph (heading or list item), blank paragraphs kept so
 * that line numbers match the document. A task table — a header row with a task column and at least one
 * responsibility column (牵头单位, 责任单位, 完成时限 …) — becomes one numbered line per row:
 * "1.任务（牵头单位：甲，责任单位：乙）", its labels taken from the header, so that each row is a measure
 * with its responsibility. Any other table becomes a line per row, cells joined by a full-width space.
 * A table nested in a cell is written once, inside that cell (see cellText); a nested list item is a
 * line of its own. Footnotes and endnotes are placed as Word shows them: the mark ([1]) stays where it
 * stands, and the notes follow the body, "注[1]：…", without mammoth's ↑ back-links.
 */
export function docxHtmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.body.children];
  const notes = blocks.filter(isNoteList);
  return [...blocks.filter((el) => !notes.includes(el)).flatMap(blockLines), ...notes.flatMap((ol) => noteLines(ol, document))].join("\n");
}

/** Returns the lines of a block of the body: a table's rows, a list's items, or a paragraph. */
function blockLines(el: Element): string[] {
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
    const [first = "", ...rest] = [...li.children].flatMap(blockLines).map((line) => line.trimEnd());
    return [`注${mark}：${first}`, ...rest];
  });
}

/** Returns a table's own rows (not those of a table nested in a cell), each a list of cell texts. */
function rowsOf(table: Element): string[][] {
  const rows = [...table.children].flatMap((c) => (c.tagName === "TR" ? [c] : SECTION.test(c.tagName) ? [...c.children] : []));
  return rows.filter((tr) => tr.tagName === "TR").map((tr) => [...tr.children].filter((c) => c.tagName === "TD" || c.tagName === "TH").map(cellText));
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

function tableLines(table: Element): string[] {
  const rows = rowsOf(table);
  const [header, ...body] = rows;
  const task = header?.findIndex((h) => TASK.test(h)) ?? -1;
  const roles = header?.flatMap((h, i) => (ROLE.test(h) ? [i] : [])) ?? [];
  if (!header || task === -1 || roles.length === 0) return rows.map((r) => r.join(CELL_GAP));
  const number = header.findIndex((h) => NUMBER.test(h));
  return body
    .filter((r) => r.some(Boolean))
    .map((r, i) => {
      const annotation = roles.filter((c) => r[c]).map((c) => `${header[c]}：${r[c]}`).join("，");
      const n = number !== -1 && /^\d+$/.test(r[number] ?? "") ? r[number] : String(i + 1);
      return `${n}.${r[task] ?? ""}${annotation ? `（${annotation}）` : ""}`;
    });
}
