/** catalogue: validates the plan catalogue (data/plans.csv) against itself and the files in seeds/. */
import { CATALOGUE_COLUMNS, CatalogueRowSchema, OPTIONAL_COLUMNS, type CatalogueRow } from "../schema/catalogue.ts";
import type { CsvTable } from "./csv.ts";
import { InputError, type Problem } from "./input-error.ts";
import { readRecords } from "./records.ts";

/**
 * Returns the catalogue's rows, in file order. Throws InputError naming file, line and column for a
 * bad header, a bad cell (id, year, date…), an id or file listed twice, or a file not in `seedFiles`.
 */
export function readCatalogue(table: CsvTable, seedFiles: string[]): CatalogueRow[] {
  const { rows, problems } = readRecords(table, CatalogueRowSchema, CATALOGUE_COLUMNS, OPTIONAL_COLUMNS);
  const column = (field: keyof typeof CATALOGUE_COLUMNS) => table.header.findIndex((h) => CATALOGUE_COLUMNS[field].includes(h)) + 1;
  const at = (row: CatalogueRow, field: keyof typeof CATALOGUE_COLUMNS, reason: string): Problem =>
    ({ file: table.file, line: row.line, column: column(field), reason });
  const firstLine = new Map<string, number>();
  const firstFile = new Map<string, number>();
  for (const row of rows) {
    if (firstLine.has(row.id)) problems.push(at(row, "id", `编号“${row.id}”重复（第 ${firstLine.get(row.id)} 行已使用）`));
    else firstLine.set(row.id, row.line);
    if (firstFile.has(row.file)) problems.push(at(row, "file", `文件“${row.file}”重复登记（第 ${firstFile.get(row.file)} 行已登记）`));
    else firstFile.set(row.file, row.line);
    if (!seedFiles.includes(row.file)) problems.push(at(row, "file", `找不到文件“${row.file}”：请把它放进 seeds/ 文件夹，或改正文件名`));
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ file: table.file, line: 0, column: 0, reason: "目录中没有任何计划" });
  if (problems.length) throw new InputError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  return rows;
}
