/**
 * run-on-table: reads a task table flattened into one paragraph, cells parted by single spaces —
 * "统计表 序号 承担的重点工作 完成状态 工作进展情况 牵头责任单位 一、… 1 任务。 序时推进 进展… 市发展改革委 2 …".
 * The line is cut into pieces (caption, header, categories, rows): new Line objects with the line's number whose texts
 * are consecutive substrings of it, covering every character but the spaces between pieces.
 */
import { matchPart } from "./headings.ts";
import type { Line } from "./normalise.ts";
import { parseArabic } from "./numerals.ts";
// task-table calls readRunOn, and this module calls task-table's roleOf and headerRoles: the cycle is safe, since
// neither module uses the other's values while it loads
import { headerRoles, roleOf, type ColumnRole, type TableCell, type TableColumn, type TableFinding, type TableRead } from "./task-table.ts";

type Token = { text: string; start: number; end: number };
type Span = { from: number; to: number }; // token indices, `to` exclusive

/** A status cell: one short token. */
const STATUS = /^(序时推进|按序时推进|按计划推进|正常推进|持续推进|正在推进|推进中|进行中|达到序时进度|超序时进度|已完成|基本完成|超额完成|完成|未完成|暂未完成|滞后|进度滞后|已启动|未启动)[。.]?$/;
/** A unit's name ending a row: short, without punctuation, ending as an office does. */
const UNIT = /^[^\s。，,；;：:！？!?]{2,20}$/;
const UNIT_END = /(局|委|办|部|中心|政府|院|会|公司|单位|集团|室|厅)$/;
const TIME = /^((19|20)\d{2}年)?(\d{1,2}(-\d{1,2})?月|全年|年底|年内|长期|每季度|每月)|(底前|以前|之前|前完成)$/;
const SENTENCE_END = /[。；;]$/;
const CATEGORY_MAX = 40; // characters in a category heading
/** Columns that take the rest of a row's text, in the order tried; a subject column when there is none. */
const WIDE: ColumnRole[] = ["progress", "plan", "effect", "note"];
const SUBJECT: ColumnRole[] = ["task", "target", "indicator", "other"];
const UNIT_ROLES = new Set<ColumnRole>(["lead", "responsible", "cooperating"]);

const isStatus = (t: string) => STATUS.test(t);
const isUnit = (t: string) => UNIT.test(t) && UNIT_END.test(t);
/** Whether a row can end with this token: a unit's name, or a sentence end when its unit cell is empty. */
const endsRow = (t: string) => isUnit(t) || /[。；;！？!?]$/.test(t);
const numberOf = (t: string) => (/^[0-9０-９]{1,3}$/.test(t) ? parseArabic(t) : null);

/**
 * Reads the table held by `lines[start]`, or returns null. The line needs, as whole space-separated tokens, a header
 * of ≥ 3 known column names opening with 序号, then (after at most a category heading) a row opening with 1.
 * Rows open at the next number in turn; a part heading (一、…) between a row's end and the next row is a category.
 */
export function readRunOn(lines: Line[], start: number): TableRead | null {
  const line = lines[start]!;
  if (!/(^|\s)(序号|编号)\s/.test(line.text) || /[|｜\t]/.test(line.text)) return null;
  const tokens = [...line.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  for (let h = 0; h < tokens.length; h++) {
    if (roleOf(tokens[h]!.text) !== "number") continue;
    let e = h + 1;
    while (e < tokens.length && roleOf(tokens[e]!.text) !== null) e++;
    const names = tokens.slice(h, e).map((t) => t.text);
    const roles = names.length >= 3 ? headerRoles(names) : null;
    if (!roles || roles.slice(1).includes("number")) continue;
    const columns = names.map((name, c) => ({ name, role: roles[c]! }));
    const read = readBody(line, tokens, e, columns);
    if (!read) continue;
    const piece = (s: Span): Line => ({ no: line.no, text: line.text.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end) });
    const items = read.items.map((item) => {
      if ("cells" in item) return { lines: [piece(item.span)], number: numberOf(item.marker), marker: item.marker, cells: item.cells };
      const heading = piece(item.category);
      return { line: heading, title: heading.text };
    });
    const header = [piece({ from: h, to: e })];
    return { ...(h > 0 ? { caption: piece({ from: 0, to: h }) } : {}), header, columns, items, end: start + 1, findings: read.findings };
  }
  return null;
}

type Item = { category: Span } | { span: Span; marker: string; cells: TableCell[] };

/** Reads the rows after the header (tokens from `first`), or returns null if no row 1 follows it. */
function readBody(line: Line, tokens: Token[], first: number, columns: TableColumn[]): { items: Item[]; findings: TableFinding[] } | null {
  const endsWithUnit = UNIT_ROLES.has(columns.at(-1)!.role);
  const isCategory = (s: Span) => {
    if (s.to <= s.from || tokens[s.to - 1]!.end - tokens[s.from]!.start > CATEGORY_MAX) return false;
    const text = line.text.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end);
    return matchPart(text) !== null && !/[。；;！？]/.test(text);
  };
  // the first row: 1 right after the header, or after a category heading
  const one = tokens.findIndex((t, i) => i >= first && numberOf(t.text) === 1);
  if (one < 0 || one + 1 >= tokens.length || (one > first && !isCategory({ from: first, to: one }))) return null;
  const items: Item[] = one > first ? [{ category: { from: first, to: one } }] : [];
  const findings: TableFinding[] = [];
  for (let s = one, expected = 1; s >= 0; expected++) {
    // the next row opens at the next number that follows a row's end: a unit's name (or, the unit cell left empty,
    // a sentence end), maybe with a category after it; a number inside a sentence (完成 2 项) opens nothing
    const candidates = tokens.flatMap((t, i) => (i > s + 1 && numberOf(t.text) === expected + 1 ? [i] : []));
    const category = (i: number) => {
      for (let c = s + 2; c < i; c++) if (isCategory({ from: c, to: i }) && (!endsWithUnit || endsRow(tokens[c - 1]!.text))) return c;
      return i;
    };
    const before = (i: number) => tokens[category(i) - 1]!.text;
    const next = !endsWithUnit ? (candidates[0] ?? -1) : (candidates.find((i) => isUnit(before(i))) ?? candidates.find((i) => endsRow(before(i))) ?? -1);
    const end = next < 0 ? tokens.length : category(next);
    const marker = tokens[s]!.text;
    const cells = rowCells(line, tokens.slice(s + 1, end), columns);
    if (endsWithUnit && cells.at(-1)!.text === "") {
      const how = next < 0 ? "原文可能在此截断" : "这一格为空，或未能从这一段中分出";
      findings.push({ line: line.no, message: `第${line.no}行：整张表写在这一段里，序号${marker}一行没有“${columns.at(-1)!.name}”：${how}` });
    }
    items.push({ span: { from: s, to: end }, marker, cells });
    if (end < next) items.push({ category: { from: end, to: next } });
    s = next;
  }
  return { items, findings };
}

/**
 * Splits a row's tokens (after its number) into one cell per column but the number: from the right the columns after
 * the wide one (a unit's name, a status, a date — one token each, "" if it does not look like one), from the left the
 * columns before it (the task up to its first sentence end or status, a status token …), the rest to the wide column.
 */
function rowCells(line: Line, content: Token[], columns: TableColumn[]): TableCell[] {
  const idx = columns.map((_, c) => c).slice(1);
  const roles = idx.map((c) => columns[c]!.role);
  const found = [...WIDE, ...SUBJECT].map((r) => roles.indexOf(r)).find((j) => j >= 0);
  const wide = found ?? roles.length - 1;
  const texts: string[] = roles.map(() => "");
  const text = (from: number, to: number) => (to > from ? line.text.slice(content[from]!.start, content[to - 1]!.end) : "");
  let a = 0;
  let b = content.length;
  for (let j = roles.length - 1; j > wide; j--) {
    if (b > a && takes(roles[j]!, content[b - 1]!.text)) texts[j] = content[--b]!.text;
  }
  for (let j = 0; j < wide && a < b; j++) {
    const role = roles[j]!;
    if (SUBJECT.includes(role)) {
      let e = a;
      while (e < b && !isStatus(content[e]!.text) && !SENTENCE_END.test(content[e]!.text)) e++;
      if (e === b) e = a + 1; // neither a sentence end nor a status: one token
      else if (!isStatus(content[e]!.text)) e++; // through the sentence end
      texts[j] = text(a, e);
      a = e;
    } else if (takes(role, content[a]!.text)) texts[j] = content[a++]!.text;
  }
  texts[wide] = text(a, b);
  return idx.map((column, j) => ({ column, text: texts[j]!, line: line.no, carried: false }));
}

/** Whether one token fits a column other than the wide one. */
function takes(role: ColumnRole, token: string): boolean {
  if (UNIT_ROLES.has(role)) return isUnit(token);
  if (role === "status") return isStatus(token);
  if (role === "deadline") return token.length <= 20 && TIME.test(token);
  if (role === "leader") return /^[\u4e00-\u9fff、]{2,12}$/.test(token);
  return !SENTENCE_END.test(token);
}
