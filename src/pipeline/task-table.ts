/** task-table: finds task tables flattened to text (one cell per line, `|` rows, tab rows, or a whole table in one paragraph) and reads their rows into typed cells. */
import { matchPart, matchSection } from "./headings.ts";
import type { Line } from "./normalise.ts";
import { parseArabic, parseChineseNumeral } from "./numerals.ts";
import { readRunOn } from "./run-on-table.ts";

export type ColumnRole =
  | "number" | "task" | "target" | "indicator" | "lead" | "responsible" | "cooperating" | "leader" | "deadline"
  | "effect" | "attribute" | "unit" | "status" | "progress" | "plan" | "note" | "value" | "other";
export interface TableColumn {
  name: string; // header text as written, inner spaces kept: "指 标 名 称", or "2022年计划 绝对值" for a two-level header
  role: ColumnRole;
}
export interface TableCell {
  column: number; // index into columns
  text: string; // cell text as written, trimmed; "" for an empty cell
  line: number; // source line
  carried: boolean; // the original merged this cell with the row above; text is the value carried from there
}
export interface TableRow {
  lines: Line[]; // the source lines forming this row, in order
  number: number | null; // the 序号 cell as a number, if any
  marker: string; // the 序号 cell as written, "" if none
  cells: TableCell[]; // every column except the number column, in column order
}
export interface TaskTable {
  header: Line[]; // the header lines; [] for the rows that follow a category row
  columns: TableColumn[];
  rows: TableRow[];
}
export type Segment =
  | { kind: "lines"; lines: Line[] }
  | { kind: "table"; table: TaskTable }
  | { kind: "category"; line: Line; title: string; table: TaskTable };
export interface TableFinding {
  line: number;
  message: string; // in Chinese, for the editor
}

/** Column names by role, tried in order on a header cell without spaces (full-width brackets, % and dashes made ASCII). */
const NAMES: readonly (readonly [ColumnRole, RegExp])[] = [
  ["number", /^(序号|编号)$/],
  ["target", /^((19|20)\d{2}年)?(预期目标|年度目标)$|^目标任务$/],
  ["task", /^(重点任务|工作任务|重点工作|承担的重点工作|主要任务|任务内容|项目内容|工作内容|具体任务|重点工作任务|项目名称)$/],
  ["indicator", /^指标(名称)?$/],
  ["lead", /^(牵头单位|牵头部门|牵头负责司局|责任\(牵头\)部门|牵头责任单位|主办单位)$/],
  ["responsible", /^(责任单位|责任部门|责任股室|责任处室|主体责任单位|承办单位)$/],
  ["cooperating", /^(配合单位|配合部门|协办单位|协助单位|参与单位)$/],
  ["leader", /^(责任领导|分管领导|牵头领导|责任人)$/],
  ["deadline", /^(完成时限|时间节点|完成时间|时限|时间安排)$/],
  ["effect", /^预期(效果|成效)$/],
  ["attribute", /^指标属性$/],
  ["unit", /^(计量)?单位$/],
  ["status", /^(完成|进展)状态$/],
  ["progress", /^(工作进展情况|落实情况|进展情况|完成情况|当前进度)$/],
  ["plan", /^(月度工作计划|工作计划|年度阶段性工作目标)$/],
  ["note", /^备注$/],
  ["value", /^(19|20)\d{2}年(?!.*(底|前|内))|^\d{1,2}(-\d{1,2})?月|^(绝对值|(同比|比上年)?增长%?|增速%?|增幅%?|目标值|现状值|基期值|项目数量|数量|(计划|完成|总)投资|(投资计划)?完成率)$/],
  ["other", /^(项目类别|项目类型)$/], // a recognised "other" names what a row is about, like a task column
];
/** Roles one of which a header needs; "other" counts only when recognised by NAMES (项目类别). */
const SUBJECT = new Set<ColumnRole>(["task", "target", "indicator", "unit", "other"]);
/** Roles naming units or people: an empty (merged) cell in one of these carries the value of the row above. */
const CARRIED = new Set<ColumnRole>(["lead", "responsible", "cooperating", "leader"]);
const UNIT_LIKE = /(局|委|办|部|中心|政府|单位|公司|院|会|室|所|处|科|队|站|馆|集团|街道|镇|乡|组|厅|署|社)$/;
const STATUS_LIKE = /^(已完成|已|正在|序时|按序时|推进|完成|未完成|基本完成|持续|进行中|尚未|暂未)/;
const TIME_LIKE = /^((19|20)\d{2}年)?(\d{1,2}(-\d{1,2})?月|全年|年底|年内|长期|每季度|每月)|(底前|以前|之前|前完成)$/;
const NUMBER_CELL = /^([0-9０-９]{1,3}([.．-][0-9０-９]{1,3})*[.．、]?|[一二三四五六七八九十]+、?|合计|小计|总计)$/;
const ATTACHMENT = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*([：:].*)?$/;

type Value = { text: string; line: number };
type Category = { line: Line; title: string };
/** A table read from `lines[start]` up to `end`: the caption (text before the header on a run-on table's line), header, rows and categories. */
export type TableRead = { caption?: Line; header: Line[]; columns: TableColumn[]; items: (TableRow | Category)[]; end: number; findings: TableFinding[] };

const key = (name: string) => name.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")").replace(/％/g, "%").replace(/[—–～~]/g, "-");
export const roleOf = (name: string): ColumnRole | null => {
  const k = key(name);
  return k.length > 16 ? null : (NAMES.find(([, re]) => re.test(k))?.[0] ?? null);
};
/** A line's text as one cell: without the ` |` that ends each cell in some copies. */
const cellOf = (text: string) => text.replace(/\s*[|｜]\s*$/, "");
const rowNumber = (text: string) => (/^[0-9０-９]{1,3}$/.test(text) ? parseArabic(text) : null);
const isLabel = (text: string) => text !== "" && key(text).length <= 16 && !/[。，；：,;:！？]/.test(text) && rowNumber(text) === null;

/**
 * Finds the task tables among a document's lines. Every line lands in segments, in order: the lines of all segments
 * (a table's header lines, then its rows' lines; a category's line) are the input, object for object — except a line
 * holding a whole table in one paragraph (see run-on-table), which comes as pieces: new lines with its number (caption,
 * header, categories, one per row) whose texts, whitespace removed, join into its text with whitespace removed.
 * A table cut by category rows (一、创新驱动 | ||||) comes as a `table` segment with the header, then each category
 * followed by a `table` segment with `header: []` and the same columns. `merged` is given when the file's reader
 * knows its tables' merged cells (a Word document, a web page, a spreadsheet): `${line}:${column}` for each cell a
 * merged cell above covers — those, and only those, carry the value above; every row's cells then stand in their
 * columns as written. Without it, flattened text is read as it comes: an empty cell of a responsibility column carries
 * the value above, and a short row's cells are placed where they fit. Never throws.
 */
export function findTaskTables(lines: Line[], merged: ReadonlySet<string> | null = null): { segments: Segment[]; findings: TableFinding[] } {
  try {
    const segments: Segment[] = [];
    const findings: TableFinding[] = [];
    let pending: Line[] = [];
    for (let i = 0; i < lines.length; ) {
      const read = readVertical(lines, i) ?? readRows(lines, i, merged) ?? readRunOn(lines, i);
      if (!read) {
        pending.push(lines[i++]!);
        continue;
      }
      if (read.caption) pending.push(read.caption);
      if (pending.length) segments.push({ kind: "lines", lines: pending });
      pending = [];
      segments.push(...toSegments(read));
      findings.push(...read.findings);
      i = read.end;
    }
    if (pending.length) segments.push({ kind: "lines", lines: pending });
    return { segments, findings };
  } catch {
    return { segments: lines.length ? [{ kind: "lines", lines: [...lines] }] : [], findings: [] };
  }
}

/** Returns the roles of a header's cells, or null if they are not a header: ≥ 2 known names, one naming the subject, few unknown ones. */
export function headerRoles(names: string[]): ColumnRole[] | null {
  const roles = names.map(roleOf);
  const known = roles.filter((r) => r !== null);
  const unknown = names.filter((n, c) => roles[c] === null);
  if (known.length < 2 || !known.some((r) => SUBJECT.has(r)) || unknown.length > known.length) return null;
  if (unknown.some((n) => n !== "" && (!isLabel(n) || UNIT_LIKE.test(key(n))))) return null;
  return roles.map((r) => r ?? "other");
}

/** Splits a `|` or tab row into trimmed cells without trailing empty ones; null for a line without separators. */
function splitRow(text: string, leadingPipe: boolean): string[] | null {
  const sep = text.includes("\t") ? /\t/ : /[|｜]/.test(text) ? /[|｜]/ : null;
  if (!sep) return null;
  const cells = text.split(sep).map((c) => c.trim());
  if (leadingPipe && sep.source !== "\\t" && cells[0] === "") cells.shift();
  while (cells.length && cells.at(-1) === "") cells.pop();
  return cells;
}

const isRowHeader = (text: string) => {
  const cells = splitRow(text, /^[|｜]/.test(text));
  return cells !== null && cells.length >= 2 && headerRoles(cells) !== null;
};
const endsTable = (text: string) =>
  matchPart(text) !== null || matchSection(text) !== null || ATTACHMENT.test(text) || roleOf(cellOf(text)) === "number" || isRowHeader(text);

/** Reads a table written one cell per line from `start` (a 序号 line), rows opening at the next row number. */
function readVertical(lines: Line[], start: number): TableRead | null {
  if (roleOf(cellOf(lines[start]!.text)) !== "number") return null;
  let j = start + 1;
  while (j < lines.length && j - start < 16 && isLabel(cellOf(lines[j]!.text))) j++;
  let expected = j < lines.length ? rowNumber(cellOf(lines[j]!.text)) : null;
  const names = lines.slice(start, j).map((l) => cellOf(l.text));
  const roles = headerRoles(names);
  if (expected === null || !roles || roles.indexOf("number") !== 0) return null;
  const columns = names.map((name, c) => ({ name, role: roles[c]! }));
  const n = columns.length - 1;
  const findings: TableFinding[] = [];
  const rows: TableRow[] = [];
  let k = j;
  while (expected !== null) {
    let e = k + 1;
    let next: number | null = null;
    for (; e < lines.length && e - k <= 3 * n + 1 && !endsTable(lines[e]!.text); e++) {
      const num = rowNumber(cellOf(lines[e]!.text));
      if (num !== null && e > k + 1 && (num === expected + 1 || (num > expected + 1 && num <= expected + 5 && e - k > n))) {
        next = num;
        break;
      }
    }
    if (next === null) {
      // the last row: at most one line per column, and no long paragraph after its first cell
      const limit = e;
      for (e = k + 1; e < limit && e - k - 1 < n && !(e > k + 1 && key(lines[e]!.text).length > 60); e++);
    }
    rows.push(verticalRow(lines.slice(k, e), columns, rows.at(-1)?.cells ?? null, findings));
    k = e;
    expected = next;
  }
  return { header: lines.slice(start, j), columns, items: rows, end: k, findings };
}

/** Reads one row written one cell per line; lines beyond the column count belong to the task (widest text) column. */
function verticalRow(rowLines: Line[], columns: TableColumn[], prev: TableCell[] | null, findings: TableFinding[]): TableRow {
  const [markerLine, ...content] = rowLines as [Line, ...Line[]];
  const marker = cellOf(markerLine.text);
  const idx = columns.map((_, c) => c).slice(1);
  let values: Value[] = content.map((l) => ({ text: cellOf(l.text), line: l.no }));
  const extra = values.length - idx.length;
  if (extra > 0) {
    const wide = Math.max(0, ["task", "indicator", "target"].map((r) => idx.findIndex((c) => columns[c]!.role === r)).find((w) => w >= 0) ?? 0);
    const joined = values.slice(wide, wide + extra + 1);
    const text = joined.map((v) => v.text).reduce((a, b) => a + (/[!-~]$/.test(a) && /^[!-~]/.test(b) ? " " : "") + b);
    values = [...values.slice(0, wide), { text, line: joined[0]!.line }, ...values.slice(wide + extra + 1)];
    findings.push({
      line: joined[0]!.line,
      message: `第${joined[0]!.line}行：此行有${content.length}格，多于${idx.length}列，第${joined[0]!.line}至${joined.at(-1)!.line}行并作“${columns[idx[wide]!]!.name}”一格`,
    });
  }
  return { lines: rowLines, number: rowNumber(marker), marker, cells: place(values, columns, idx, prev, markerLine.no, findings) };
}

/** Reads a table of `|` or tab rows whose header (one or two lines) starts at `start`; category rows become items of their own. */
function readRows(lines: Line[], start: number, merged: ReadonlySet<string> | null): TableRead | null {
  const first = lines[start]!;
  const lead = /^[|｜]/.test(first.text);
  const names = splitRow(first.text, lead);
  const roles = names && names.length >= 2 ? headerRoles(names) : null;
  if (!names || !roles) return null;
  let columns: TableColumn[] = names.map((name, c) => ({ name, role: roles[c]! }));
  let k = start + 1;
  const sub = k < lines.length ? subColumns(splitRow(lines[k]!.text, lead), columns) : null;
  if (sub) columns = sub;
  const header = lines.slice(start, sub ? ++k : k);
  const numberCol = columns.findIndex((c) => c.role === "number");
  const idx = columns.map((_, c) => c).filter((c) => c !== numberCol);
  const fits = (cells: string[] | null): cells is string[] =>
    cells !== null && cells.length <= columns.length && cells.some((c) => c !== "") && (numberCol < 0 || NUMBER_CELL.test(cells[numberCol] ?? "") || !cells[numberCol]);
  const findings: TableFinding[] = [];
  const items: (TableRow | Category)[] = [];
  let prev: TableCell[] | null = null;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    const cells = splitRow(line.text, lead);
    if (cells && cells.length >= 2 && headerRoles(cells)) break; // the next table
    const heading = !cells && (matchPart(line.text) || matchSection(line.text)) && k + 1 < lines.length && fits(splitRow(lines[k + 1]!.text, lead));
    if (heading || (cells?.length === 1 && cells[0] !== "" && columns.length >= 3 && !(numberCol === 0 && NUMBER_CELL.test(cells[0]!)))) {
      items.push({ line, title: cells ? cells[0]! : line.text });
      prev = null;
      continue;
    }
    if (!fits(cells)) break;
    const marker = numberCol >= 0 ? (cells[numberCol] ?? "") : "";
    const values = cells.filter((_, c) => c !== numberCol).map((text) => ({ text, line: line.no }));
    const bare = marker.replace(/[.．、]$/, "");
    const row: TableRow = { lines: [line], number: parseArabic(bare) ?? parseChineseNumeral(bare), marker, cells: merged ? placeExactly(values, columns, idx, prev, line.no, merged, findings) : place(values, columns, idx, prev, line.no, findings) };
    items.push(row);
    prev = row.cells;
  }
  while (items.length && "title" in items.at(-1)!) (items.pop(), k--); // a category with no row under it is not the table's
  return items.some((item) => "cells" in item) ? { header, columns, items, end: k, findings } : null;
}

/** Returns the columns of a two-level header whose second line names the sub-columns of each value column; null if it is not one. */
function subColumns(subs: string[] | null, columns: TableColumn[]): TableColumn[] | null {
  const groups = columns.filter((c) => c.role === "value").length;
  if (!subs || subs.length < 2 || !groups || subs.length % groups || subs.some((s) => roleOf(s) !== "value")) return null;
  const span = subs.length / groups;
  let s = 0;
  return columns.flatMap((c) => (c.role !== "value" ? [c] : subs.slice(s, (s += span)).map((sub) => ({ name: `${c.name} ${sub}`, role: c.role }))));
}

/** How well a text fits a column: a unit's name fits a unit column, a progress report or a date does not. */
function fit(text: string, role: ColumnRole): number {
  const status = STATUS_LIKE.test(text);
  const time = text.length <= 20 && TIME_LIKE.test(text);
  const unit = !status && text.length <= 30 && !/[。；;]/.test(text) && UNIT_LIKE.test(text);
  if (CARRIED.has(role)) return status ? -3 : time ? -2 : unit ? 2 : 0;
  if (role === "status" || role === "progress") return status ? 2 : unit ? -2 : 0;
  if (role === "deadline") return time ? 1 : unit ? -2 : 0;
  return 0;
}

/** Returns the k-element subsets of `items`, in order. */
const subsets = (items: number[], k: number): number[][] =>
  k === 0 ? [[]] : items.flatMap((x, i) => subsets(items.slice(i + 1), k - 1).map((rest) => [x, ...rest]));

/**
 * Places a row's values into the columns `idx`. A row with fewer values than columns lost merged cells: the missing
 * columns are the ones (among unit columns and the last ones) that make the values fit best. An empty unit cell
 * carries the value of the row above.
 */
/** Returns a row's cells read from a file whose merged cells are known: each value in its column, and only a cell a merged cell covers carrying the value above. */
function placeExactly(values: Value[], columns: TableColumn[], idx: number[], prev: TableCell[] | null, line: number, merged: ReadonlySet<string>, findings: TableFinding[]): TableCell[] {
  return idx.map((column, j) => {
    const v = values[j] ?? { text: "", line };
    const above = prev?.[j];
    if (v.text === "" && merged.has(`${line}:${column}`) && above && above.text !== "") {
      findings.push({ line, message: `第${line}行：原表此格与上一行合并，沿用上一行的“${columns[column]!.name}”：${above.text}` });
      return { column, text: above.text, line, carried: true };
    }
    return { column, text: v.text, line: v.line, carried: false };
  });
}

function place(values: Value[], columns: TableColumn[], idx: number[], prev: TableCell[] | null, line: number, findings: TableFinding[]): TableCell[] {
  const roles = idx.map((c) => columns[c]!.role);
  const n = idx.length;
  const k = n - values.length;
  const layout = (missing: number[]) => {
    let v = 0;
    return roles.map((_, j) => (missing.includes(j) ? { text: "", line } : (values[v++] ?? { text: "", line })));
  };
  const tail = roles.map((_, j) => j).slice(n - k);
  let best = layout(tail);
  if (k > 0 && k <= 3) {
    const candidates = [...new Set([...roles.flatMap((r, j) => (CARRIED.has(r) ? [j] : [])), ...tail])].sort((a, b) => a - b);
    const score = (cells: Value[]) => cells.reduce((sum, c, j) => sum + fit(c.text, roles[j]!), 0);
    for (const missing of subsets(candidates, k)) {
      const option = layout(missing);
      if (score(option) > score(best)) best = option;
    }
  }
  return best.map((v, j) => {
    const above = prev?.[j];
    if (v.text === "" && CARRIED.has(roles[j]!) && above && above.text !== "") {
      const name = columns[idx[j]!]!.name;
      findings.push({ line, message: `第${line}行：原表此格与上一行合并，沿用上一行的“${name}”：${above.text}` });
      return { column: idx[j]!, text: above.text, line, carried: true };
    }
    return { column: idx[j]!, text: v.text, line: v.line, carried: false };
  });
}

/** Splits a read table at its category rows into segments, keeping the order of the lines. */
function toSegments(read: TableRead): Segment[] {
  const table: TaskTable = { header: read.header, columns: read.columns, rows: [] };
  const segments: Segment[] = [{ kind: "table", table }];
  let current: TaskTable | null = table;
  for (const item of read.items) {
    if ("title" in item) {
      segments.push({ kind: "category", line: item.line, title: item.title, table });
      current = null;
      continue;
    }
    if (!current) segments.push({ kind: "table", table: (current = { header: [], columns: read.columns, rows: [] }) });
    current.rows.push(item);
  }
  return segments;
}
