/** catalogue: validates the plan catalogue (data/plans.csv) against itself and the files in seeds/. */
import { CATALOGUE_COLUMNS, CatalogueRowSchema, OPTIONAL_COLUMNS, type CatalogueRow } from "../schema/catalogue.ts";
import type { CsvTable } from "./csv.ts";
import { InputError, type Problem } from "./input-error.ts";
import { columnNumber, readRecords } from "./records.ts";

/** What an entry of seeds/ is: only a regular file is ever read or published. */
export type SeedKind = "file" | "link" | "folder" | "other";

const NOT_A_FILE: Record<Exclude<SeedKind, "file">, string> = {
  link: "是一个链接（快捷方式），不是文件本身：网站只发布 seeds/ 中的普通文件，请把文件本身放进来",
  folder: "是一个文件夹，不是文件",
  other: "不是普通文件（设备、管道或套接字）",
};

/**
 * Returns the catalogue's rows, in file order. Throws InputError naming file, line and column for a
 * bad header, a bad cell (id, year, date…), an id or file listed twice, or a file that is not a regular
 * file in `seedFiles` (the entries of seeds/ and their kinds: a link, a folder or a device is refused).
 */
export function readCatalogue(table: CsvTable, seedFiles: ReadonlyMap<string, SeedKind>): CatalogueRow[] {
  const { rows, problems } = readRecords(table, CatalogueRowSchema, CATALOGUE_COLUMNS, OPTIONAL_COLUMNS);
  const [idAt, fileAt] = [columnNumber(table, CATALOGUE_COLUMNS, "id") - 1, columnNumber(table, CATALOGUE_COLUMNS, "file") - 1];
  const firstId = new Map<string, number>();
  const firstFile = new Map<string, number>();
  const at = (line: number, index: number, reason: string): Problem => ({ file: table.file, line, column: index + 1, reason });
  if (idAt !== -1 && fileAt !== -1)
    for (const { line, cells } of table.rows) {
      const [id, file] = [cells[idAt]!, cells[fileAt]!];
      if (id && firstId.has(id)) problems.push(at(line, idAt, `编号“${id}”重复（第 ${firstId.get(id)} 行已使用）`));
      else firstId.set(id, line);
      if (file && firstFile.has(file)) problems.push(at(line, fileAt, `文件“${file}”重复登记（第 ${firstFile.get(file)} 行已登记）`));
      else firstFile.set(file, line);
      const kind = seedFiles.get(file);
      if (file && !kind) problems.push(at(line, fileAt, `找不到文件“${file}”：请把它放进 seeds/ 文件夹，或改正文件名`));
      else if (kind && kind !== "file") problems.push(at(line, fileAt, `“${file}”${NOT_A_FILE[kind]}`));
    }
  const onAt = columnNumber(table, CATALOGUE_COLUMNS, "reportsOn") - 1;
  if (onAt !== -1 && idAt !== -1)
    for (const { line, cells } of table.rows) {
      const on = cells[onAt]?.trim();
      if (!on) continue;
      if (on === cells[idAt]) problems.push(at(line, onAt, "报告对象不能是这份文件自己：请写它所报告的那份计划的编号"));
      else if (!firstId.has(on)) problems.push(at(line, onAt, `目录中没有编号为“${on}”的计划：报告对象须是本目录中一份计划的编号`));
    }
  if (table.rows.length === 0) problems.push({ file: table.file, line: 0, column: 0, reason: "目录中没有任何计划" });
  if (problems.length) throw new InputError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  return rows;
}
