/** readSheet: the I/O edge for a spreadsheet (to be written). */
import { InputError } from "../pipeline/input-error.ts";
import type { ExtractedText } from "../pipeline/extracted-text.ts";

export async function readSheetText(_bytes: Uint8Array, file: string, _encoding: string): Promise<ExtractedText> {
  throw new InputError([{ file, line: 0, column: 0, reason: "暂不能读取表格文件" }]);
}
