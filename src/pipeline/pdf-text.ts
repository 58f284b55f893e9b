/** pdfText: turns the positioned text of a PDF's pages into the lines the parser reads — reading order, wrapped lines joined into paragraphs, tables as rows, running headers and page numbers kept apart. */
import { tableRowLine, type ExtractedText } from "./extracted-text.ts";
import { matchItem, matchPart, matchSection } from "./headings.ts";

/** A run of text as the PDF places it: x from the page's left, y of its baseline from the page's top, in points. */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number; // font size
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

/** A line of one page: its runs split into segments wherever a gap wider than a column gap opens. */
interface PageLine {
  page: number;
  y: number;
  size: number;
  left: number;
  right: number;
  segments: { text: string; x: number; right: number }[];
  text: string;
}

/** How far apart, in font sizes, two runs must be to stand in different columns. */
const COLUMN_GAP = 0.6;
/** The top and bottom bands of a page where running headers, footers and page numbers stand, as a share of its height. */
const MARGIN_BAND = 0.09;
/** A page number as pages print it: — 3 —, - 3 -, 第 3 页, 第3页 共10页, 3/10, or a bare number. */
const PAGE_NUMBER = /^(?:[-—–－]+\s*[0-9０-９]+\s*[-—–－]+|第\s*[0-9０-９]+\s*页(?:\s*[,，/]?\s*共\s*[0-9０-９]+\s*页)?|[0-9０-９]+\s*\/\s*[0-9０-９]+|[0-9０-９]{1,4})$/;
/** A row number in a table's first column: 1, 12., 三、 — where rows are evenly spaced, a new one starts a new row. */
const ROW_NUMBER = /^(?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3})[.．、]?$/;
/** Kangxi radicals that PDF text layers often give for ordinary characters (⾸ for 首): Unicode maps each to its character (NFKC). */
const KANGXI = /[\u2f00-\u2fdf]/g;
/**
 * CJK radicals (supplement) that text layers give for the simplified characters they look like (⻚ for 页, ⺠ for 民):
 * the radicals that are whole characters of running text, each read as that character. Unicode gives them no
 * decomposition; the pairs are those of Unicode's CJKRadicals.txt.
 */
const RADICAL_CHARACTER: Readonly<Record<string, string>> = {
  "⺁": "厂", "⺇": "几", "⺎": "兀", "⺐": "尢", "⺒": "巳", "⺓": "幺", "⺔": "彐", "⺗": "心", "⺝": "月", "⺞": "歹", "⺟": "母",
  "⺠": "民", "⺩": "王", "⺪": "疋", "⺬": "示", "⺮": "竹", "⺯": "糸", "⺰": "纟", "⺶": "羊", "⺻": "聿", "⺼": "月", "⺽": "臼",
  "⻁": "虎", "⻄": "西", "⻅": "见", "⻆": "角", "⻈": "讠", "⻉": "贝", "⻊": "足", "⻋": "车", "⻏": "阝", "⻐": "钅", "⻑": "長",
  "⻓": "长", "⻔": "门", "⻖": "阝", "⻗": "雨", "⻘": "青", "⻙": "韦", "⻚": "页", "⻛": "风", "⻜": "飞", "⻝": "食", "⻟": "饣",
  "⻡": "首", "⻢": "马", "⻣": "骨", "⻤": "鬼", "⻥": "鱼", "⻦": "鸟", "⻧": "卤", "⻨": "麦", "⻩": "黄", "⻪": "黾", "⻬": "齐",
  "⻮": "齿", "⻰": "龙", "⻳": "龟",
};
const RADICAL = new RegExp(`[${Object.keys(RADICAL_CHARACTER).join("")}]`, "g");

/** Returns a run's text with radicals standing for characters read as those characters. */
function characters(text: string): string {
  return text.replace(KANGXI, (c) => c.normalize("NFKC")).replace(RADICAL, (c) => RADICAL_CHARACTER[c]!);
}

/**
 * Returns the text of a PDF's pages (see ExtractedText; encoding "pdf"). Lines are read top to bottom,
 * runs on one baseline left to right. In the top and bottom bands of each page, a page number or a line
 * that recurs (digits aside) in that band on two pages or more is page furniture: a line of its own,
 * listed in `furniture`. The other lines are joined into paragraphs: a line continues the one before when
 * that one runs to the right edge of the text and this one neither starts a heading (一、 （一） 1.) nor is
 * indented (a title's wrapped line, centred, continues it too) — across a page break as well, the furniture
 * between then following the paragraph. Lines with runs
 * in several columns (two or more, far apart) are a table: each row one line (tableRowLine), a new row
 * where the line spacing widens, a cell's wrapped lines joined into the cell. Kangxi radicals standing for
 * characters are read as those characters. `pages` gives the line each page's text starts at.
 */
export function pdfPagesToText(pages: readonly PdfPage[]): Pick<ExtractedText, "text" | "furniture" | "pages"> {
  const lines = pages.map((p, i) => linesOf(p, i + 1));
  const furniture = furnitureOf(pages, lines);
  const body = lines.flat().filter((l) => !furniture.has(l));
  const left = body.reduce((min, l) => (l.segments.length === 1 ? Math.min(min, l.left) : min), Infinity); // no spread: a page may hold many lines
  const right = rightEdge(body);
  const size = mode(body.map((l) => Math.round(l.size * 10) / 10));
  const out: { text: string; page: number; furniture: boolean }[] = [];
  let open: { text: string; page: number; last: PageLine } | null = null;
  let deferred: PageLine[] = [];
  const close = () => {
    if (open) out.push({ text: open.text, page: open.page, furniture: false });
    for (const f of deferred) out.push({ text: f.text, page: f.page, furniture: true });
    open = null;
    deferred = [];
  };
  const all = lines.flat();
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (furniture.has(line)) {
      if (open) deferred.push(line);
      else out.push({ text: line.text, page: line.page, furniture: true });
      continue;
    }
    if (line.segments.length >= 2) {
      close();
      const table = readTable(all, i, furniture);
      if (table.rows.length < 2) {
        open = { text: line.text, page: line.page, last: line };
        continue;
      }
      for (const row of table.rows) out.push({ text: tableRowLine(row), page: line.page, furniture: false });
      for (const f of table.furniture) out.push({ text: f.text, page: f.page, furniture: true });
      i = table.end - 1;
      continue;
    }
    if (open && continues(open.last, line, { left, right, size })) {
      open = { text: joinWrapped(open.text, line.text), page: open.page, last: line };
      continue;
    }
    close();
    open = { text: line.text, page: line.page, last: line };
  }
  close();
  const pageStarts = pages.map((_, i) => {
    const first = out.findIndex((o) => o.page >= i + 1);
    return { page: i + 1, line: (first === -1 ? out.length : first) + 1 };
  });
  return {
    text: out.map((o) => o.text).join("\n"),
    furniture: out.flatMap((o, i) => (o.furniture ? [i + 1] : [])),
    pages: pageStarts,
  };
}

/** Returns a page's lines, top to bottom: runs whose baselines lie within half a font size of each other, left to right. */
function linesOf(page: PdfPage, number: number): PageLine[] {
  const items = page.items.filter((it) => it.text !== "").map((it) => ({ ...it, text: characters(it.text) })).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: (typeof items)[] = [];
  for (const it of items) {
    const group = groups.at(-1);
    const size = Math.max(it.size, 1);
    if (group && Math.abs(group[0]!.y - it.y) < size / 2) group.push(it);
    else groups.push([it]);
  }
  return groups.map((group) => {
    const runs = group.sort((a, b) => a.x - b.x);
    const size = mode(runs.filter((r) => r.text.trim()).map((r) => Math.round(r.size * 10) / 10)) || runs[0]!.size;
    const segments: PageLine["segments"] = [];
    let spaces = ""; // the whitespace runs between the last run and the next: kept as written, never as width
    for (const run of runs) {
      if (run.text.trim() === "") {
        if (segments.length > 0) spaces += run.text;
        continue;
      }
      const seg = segments.at(-1);
      const gap = seg ? run.x - seg.right : 0;
      if (!seg || gap > COLUMN_GAP * size) segments.push({ text: run.text, x: run.x, right: run.x + run.width });
      else {
        const space = spaces || (gap > 0.2 * size && /[A-Za-z0-9]$/.test(seg.text) && /^[A-Za-z0-9]/.test(run.text) ? " " : "");
        seg.text += `${space}${run.text}`;
        seg.right = Math.max(seg.right, run.x + run.width);
      }
      spaces = "";
    }
    const kept = segments.map((s) => ({ ...s, text: s.text.trim() })).filter((s) => s.text !== "");
    return { page: number, y: group[0]!.y, size, left: kept[0]?.x ?? 0, right: kept.at(-1)?.right ?? 0, segments: kept, text: kept.map((s) => s.text).join(" ") };
  }).filter((l) => l.segments.length > 0);
}

/** Returns the page furniture: lines in a page's top or bottom band that are a page number or recur in that band on another page. */
function furnitureOf(pages: readonly PdfPage[], lines: PageLine[][]): Set<PageLine> {
  const band = (l: PageLine) => {
    const h = pages[l.page - 1]!.height;
    return l.y < h * MARGIN_BAND ? "top" : l.y > h * (1 - MARGIN_BAND) ? "bottom" : null;
  };
  const key = (l: PageLine) => `${band(l)}:${l.text.replace(/[0-9０-９]+/g, "#").replace(/\s+/g, "")}`;
  const seen = new Map<string, Set<number>>();
  for (const l of lines.flat()) if (band(l)) seen.set(key(l), (seen.get(key(l)) ?? new Set()).add(l.page));
  return new Set(lines.flat().filter((l) => band(l) && (PAGE_NUMBER.test(l.text.trim()) || (seen.get(key(l))?.size ?? 0) >= 2)));
}

/**
 * Whether `line` continues the paragraph whose last line is `last`: that one runs to the right edge and this one
 * is no heading and starts at the left edge — or, for a title (a size above the body's), is centred like it.
 */
function continues(last: PageLine, line: PageLine, edges: { left: number; right: number; size: number }): boolean {
  const { left, right, size: body } = edges;
  const size = line.size;
  if (last.right < right - 1.2 * size) return false;
  if (matchPart(line.text) !== null || matchSection(line.text) !== null || matchItem(line.text) !== null) return false;
  if (Math.abs(line.left - left) < size / 2) return true;
  const centred = line.left > left + size && Math.abs(line.left - left - (right - line.right)) < size;
  return centred && Math.abs(line.size - last.size) < 0.5 && line.size > body * 1.1;
}

/** Joins a wrapped line to the text before it: nothing between, but a space between two Latin words. */
function joinWrapped(before: string, after: string): string {
  return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after) ? `${before} ${after}` : `${before}${after}`;
}

/**
 * Reads a table from line `start` (a line of two or more columns): its columns are where the first row's
 * segments start; a line whose spacing from the one before is wider than the table's closest spacing, or
 * whose first column holds a row number while the row has one, starts a new row; each segment goes to the column it stands in, joined to what the cell holds. The table
 * ends at a line starting left of its first column, in another font size, or after a wide gap.
 */
function readTable(all: PageLine[], start: number, furniture: Set<PageLine>): { rows: string[][]; end: number; furniture: PageLine[] } {
  const first = all[start]!;
  const columns = first.segments.map((s) => s.x);
  const size = first.size;
  const column = (x: number) => {
    let c = -1;
    for (let i = 0; i < columns.length; i++) if (x >= columns[i]! - size / 2) c = i;
    return c;
  };
  const body: PageLine[] = [];
  const skipped: PageLine[] = [];
  let end = start;
  for (let i = start; i < all.length; i++) {
    const line = all[i]!;
    if (furniture.has(line)) {
      skipped.push(line);
      end = i + 1;
      continue;
    }
    const prev = body.at(-1);
    const samePage = prev && prev.page === line.page;
    if (prev && samePage && line.y - prev.y > 4 * size) break;
    if (prev && (line.segments.some((s) => column(s.x) === -1) || Math.abs(line.size - size) > size * 0.2)) break;
    body.push(line);
    end = i + 1;
  }
  const spacings = body.slice(1).map((l, i) => (l.page === body[i]!.page ? l.y - body[i]!.y : Infinity)).filter(Number.isFinite);
  const step = spacings.reduce((min, x) => Math.min(min, x), Infinity);
  const rows: string[][] = [];
  body.forEach((line, i) => {
    const gap = i === 0 ? Infinity : line.page !== body[i - 1]!.page ? Infinity : line.y - body[i - 1]!.y;
    const numbered = line.segments[0] && column(line.segments[0].x) === 0 && ROW_NUMBER.test(line.segments[0].text) && rows.at(-1)?.[0] !== "";
    if (i === 0 || gap > step * 1.2 || numbered) rows.push(columns.map(() => ""));
    const row = rows.at(-1)!;
    for (const s of line.segments) {
      const c = Math.max(0, column(s.x));
      row[c] = row[c] ? joinWrapped(row[c]!, s.text) : s.text;
    }
  });
  return { rows, end, furniture: skipped };
}

/**
 * Returns the right edge of the text block: the right end most lines share (to a point), when at least three do
 * — a line may run past it by a squeezed punctuation mark — else the rightmost end.
 */
function rightEdge(lines: readonly PageLine[]): number {
  const ends = lines.filter((l) => l.segments.length === 1).map((l) => Math.round(l.right));
  const common = mode(ends);
  const count = ends.filter((e) => Math.abs(e - common) <= 1).length;
  return count >= 3 ? common : lines.reduce((max, l) => Math.max(max, l.right), 0);
}

/** Returns the most frequent value (the smallest among ties); 0 for none. */
function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let count = 0;
  for (const [v, n] of [...counts].sort((a, b) => a[0] - b[0])) if (n > count) [best, count] = [v, n];
  return best;
}
