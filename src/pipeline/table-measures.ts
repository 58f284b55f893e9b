/** table-measures: turns a task table's rows into measures — each row one measure, each cell kept with its column's role, units read from the unit columns. */
import type { Cell, Commitment, Measure, Responsibility, ResponsibilityName } from "../schema/plan.ts";
import type { ColumnRole, TaskTable, TableRow } from "./task-table.ts";
import { extractCommitments } from "./commitments.ts";
import { findRedactionSpans } from "./redactions.ts";
import { findInlineElisions } from "./furniture.ts";
import { findQuantities } from "./quantities.ts";
import { titleOf } from "./titles.ts";

/** Columns whose cells name who answers for the row, and the role label each stands for. */
const UNIT_ROLES: Partial<Record<ColumnRole, "leader" | "office">> = { lead: "office", responsible: "office", cooperating: "office", leader: "leader" };
/** Columns whose cells state what is to be done or reached: their quantities are commitments. */
const PROMISE_ROLES = new Set<ColumnRole>(["task", "target"]);
/** A unit list's separators; a single space also parts two units (示范区自贸办 示范区工业商务局). */
const UNIT_SEPARATOR = /[、，,；;\s]+/;
/** A plan-value column: 2022年计划, 2022年目标, 目标值 — its number in an indicator table is the target. */
const PLAN_VALUE = /计划|目标|预期/;

/**
 * Returns the measure for one table row. Its text is the row's source lines; its cells keep their offsets
 * in it. Its commitments come from its task and target cells only, so a report's progress column is never
 * read as a promise.
 */
export function rowMeasure(table: TaskTable, row: TableRow): Measure {
  const numberLine = row.marker !== "" && row.lines.length > 1 && row.lines[0]!.text.startsWith(row.marker) && row.lines[0]!.text.replace(/[\s|]+$/, "") === row.marker.replace(/[\s|]+$/, "");
  const marker = numberLine ? row.lines[0]!.text : "";
  const lines = numberLine ? row.lines.slice(1) : row.lines;
  const text = lines.map((l) => l.text).join("\n");
  const cells = placeCells(table, row, text);
  const main = cells.find((c) => c.role === "task" || c.role === "target" || c.role === "indicator") ?? cells.find((c) => c.text !== "");
  const commitments = rowCommitments(cells, text);
  return {
    number: row.number,
    marker,
    anchor: "",
    title: main ? titleOf(main.text, main.text.length) : "",
    text,
    line: row.lines[0]!.no,
    responsibility: rowResponsibility(cells),
    commitments,
    entities: [],
    themes: [],
    redactionSpans: findRedactionSpans(text).map(({ start, end }) => ({ start, end })),
    insertedSpans: findInlineElisions(text).map(({ start, end }) => ({ start, end })),
    cells,
  };
}

function placeCells(table: TaskTable, row: TableRow, text: string): Cell[] {
  let cursor = 0;
  return row.cells.map((c) => {
    const column = table.columns[c.column]!;
    const at = c.carried || c.text === "" ? -1 : text.indexOf(c.text, cursor);
    if (at !== -1) cursor = at + c.text.length;
    return { column: column.name, role: column.role, text: c.text, start: at === -1 ? null : at, end: at === -1 ? null : at + c.text.length, carried: c.carried };
  });
}

function rowResponsibility(cells: Cell[]): Responsibility | null {
  const names: ResponsibilityName[] = [];
  const roles: Responsibility["roles"] = [];
  for (const cell of cells) {
    const kind = UNIT_ROLES[cell.role];
    if (!kind || cell.text === "" || /^[-—–/无]$/.test(cell.text)) continue;
    const found: string[] = [];
    let from = 0;
    for (const piece of cell.text.split(UNIT_SEPARATOR)) {
      const at = cell.text.indexOf(piece, from);
      from = at + piece.length;
      if (!piece) continue;
      found.push(piece);
      names.push({ name: piece, role: cell.column, kind, start: cell.start === null ? null : cell.start + at, end: cell.start === null ? null : cell.start + at + piece.length });
    }
    roles.push({ label: cell.column, names: found });
  }
  if (roles.length === 0) return null;
  const namesOf = (k: "leader" | "office") => [...new Set(names.filter((n) => n.kind === k).map((n) => n.name))];
  return { raw: cells.filter((c) => UNIT_ROLES[c.role]).map((c) => c.text).join("；"), from: "table", start: null, end: null, leaders: namesOf("leader"), offices: namesOf("office"), roles, names, note: null };
}

/** The promises of a row: quantities in its task and target cells, and in an indicator table the planned value with the indicator as subject. */
function rowCommitments(cells: Cell[], text: string): Commitment[] {
  const out: Commitment[] = [];
  for (const cell of cells) {
    if (!PROMISE_ROLES.has(cell.role) || cell.start === null) continue;
    out.push(...extractCommitments(cell.text).map((c) => ({ ...c, start: c.start + cell.start!, end: c.end + cell.start! })));
  }
  const indicator = cells.find((c) => c.role === "indicator");
  const unit = cells.find((c) => c.role === "unit")?.text ?? null;
  if (indicator) {
    for (const cell of cells) {
      if (cell.role !== "value" || !PLAN_VALUE.test(cell.column) || cell.start === null) continue;
      const percent = /增长|%/.test(cell.column);
      const q = findQuantities(cell.text + (/%$/.test(cell.text) ? "" : percent ? "%" : unit ?? ""))[0];
      const value = q ?? null;
      if (!value || (value.value === null && !value.redacted)) continue;
      out.push({
        text: text.slice(cell.start, cell.end!),
        subject: /增长/.test(cell.column) && !indicator.text.endsWith("增长") ? `${indicator.text}增长` : indicator.text,
        indicator: null,
        value: value.value,
        unit: percent ? "%" : value.unit ?? unit,
        redacted: value.redacted,
        qualifier: value.qualifier,
        stretch: false,
        start: cell.start,
        end: cell.end!,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
