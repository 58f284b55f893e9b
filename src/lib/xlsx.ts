/** xlsx: a table as an Excel workbook (.xlsx) — what any spreadsheet opens without being told the encoding — the same bytes for the same rows. */
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";

const FIXED_TIME = new Date(Date.UTC(1980, 0, 1)); // the zip format's earliest date: no build time in the file

/**
 * Returns an .xlsx holding one sheet named `sheet`: the header row (bold, frozen) and `rows`. Cells keep
 * their types (numbers stay numbers; an empty string stays an empty cell). The workbook carries no
 * author and no date, and its zip entries are rewritten with a fixed time, so that a rebuild of the
 * same rows gives the same bytes.
 */
export async function tableXlsx(sheet: string, header: readonly string[], rows: (string | number | null)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = FIXED_TIME;
  workbook.creator = workbook.lastModifiedBy = "";
  const worksheet = workbook.addWorksheet(sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  worksheet.addRow([...header]).font = { bold: true };
  for (const row of rows) worksheet.addRow(row.map((cell) => (cell === "" ? null : cell)));
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  return zipSync(unzipSync(written), { level: 6, mtime: FIXED_TIME });
}
