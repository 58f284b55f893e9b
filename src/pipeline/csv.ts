/** csv: reads a CSV file as saved by Excel — any encoding decode() knows, CRLF, quotes — into rows with line numbers. */
import { parse } from "csv-parse/sync";
import { decodeText } from "./decode.ts";
import { InputError, type Problem } from "./input-error.ts";
import { describeControl, findControl } from "./controls.ts";
import { LIMITS, megabytes } from "./limits.ts";

export interface CsvRow {
  line: number; // source line of the record
  cells: string[]; // trimmed
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

/**
 * Returns the header and the non-empty rows of a CSV file. Empty lines and rows of empty cells
 * (what Excel leaves at the end) are skipped. Throws InputError with the line of a broken quote or a
 * row with more or fewer cells than the header.
 */
export function readCsv(bytes: Uint8Array, file: string): CsvTable {
  if (bytes.length > LIMITS.csvBytes) throw new InputError([{ file, line: 0, column: 0, reason: `文件有 ${megabytes(bytes.length)}，超过表格文件的上限 ${megabytes(LIMITS.csvBytes)}：请检查是否选错了文件` }]);
  const { text } = decodeText(bytes, file);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as typeof records;
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new InputError([{ file, line: err.lines ?? 0, column: 0, reason: `CSV 格式错误（${err.message}）` }]);
  }
  const rows = records
    .map(({ record, info }) => ({ line: info.lines, cells: record.map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ""));
  const controls = rows.flatMap((r) => controlProblems(file, r));
  if (controls.length) throw new InputError(controls);
  const [head, ...body] = rows;
  if (!head) throw new InputError([{ file, line: 0, column: 0, reason: "文件是空的：缺少表头行" }]);
  const header = trimTrailingEmpty(head.cells);
  const problems = body
    .filter((r) => trimTrailingEmpty(r.cells).length > header.length)
    .map((r) => ({ file, line: r.line, column: header.length + 1, reason: `这一行有 ${trimTrailingEmpty(r.cells).length} 列，表头只有 ${header.length} 列（含逗号的内容请加英文双引号）` }));
  if (problems.length) throw new InputError(problems);
  return { file, header, rows: body.map((r) => ({ line: r.line, cells: header.map((_, i) => r.cells[i] ?? "") })) };
}

/** Returns a problem for each cell of `row` holding a control character (a Word line break pasted into Excel, a NUL …), at its line and column. */
function controlProblems(file: string, row: CsvRow): Problem[] {
  return row.cells.flatMap((cell, i) => {
    const found = findControl(cell);
    return found ? [{ file, line: row.line, column: i + 1, reason: `第 ${i + 1} 列含不可见的控制字符 ${describeControl(found.char)}：请在 Excel 中删除它（常见于从 Word 粘贴的文字）` }] : [];
  });
}

function trimTrailingEmpty(cells: string[]): string[] {
  let n = cells.length;
  while (n > 0 && cells[n - 1] === "") n--;
  return cells.slice(0, n);
}
