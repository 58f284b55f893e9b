/** records: validates CSV rows against a zod schema, naming file:line:column for every bad cell. */
import type { z } from "zod";
import type { CsvTable } from "./csv.ts";
import type { Problem } from "./input-error.ts";

/** Returns the 1-based column of `field` in the table's header (0 when absent), for error positions. */
export function columnNumber(table: CsvTable, columns: Record<string, string[]>, field: string): number {
  return table.header.findIndex((h) => columns[field]!.includes(h)) + 1;
}

/**
 * Returns the rows of `table` parsed by `schema`, each with its source line, and every problem found:
 * a header that misses a required column or has one nobody knows (a misspelling), and each cell the
 * schema rejects, at its line and column. `columns` maps each field to the header names it accepts.
 */
export function readRecords<S extends z.ZodTypeAny>(
  table: CsvTable,
  schema: S,
  columns: Record<string, string[]>,
  optional: Set<string> = new Set(),
): { rows: (z.output<S> & { line: number })[]; problems: Problem[] } {
  const { file, header } = table;
  const problems: Problem[] = [];
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const field = Object.keys(columns).find((f) => columns[f]!.includes(name));
    if (field) index.set(field, i);
    else problems.push({ file, line: 1, column: i + 1, reason: `未知的列名“${name}”，应为：${Object.values(columns).map((c) => c[0]).join("、")}` });
  });
  for (const field of Object.keys(columns))
    if (!index.has(field) && !optional.has(field))
      problems.push({ file, line: 1, column: 0, reason: `缺少列“${columns[field]![0]}”` });
  if (problems.length) return { rows: [], problems };

  const rows: (z.output<S> & { line: number })[] = [];
  for (const row of table.rows) {
    const input = Object.fromEntries(Object.keys(columns).map((f) => [f, index.has(f) ? row.cells[index.get(f)!]! : ""]));
    const parsed = schema.safeParse(input);
    if (parsed.success) rows.push({ ...parsed.data, line: row.line });
    else
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        problems.push({ file, line: row.line, column: (index.get(field) ?? -1) + 1, reason: `${columns[field]?.[0] ?? field}：${issue.message}` });
      }
  }
  return { rows, problems };
}
