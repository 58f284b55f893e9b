/** readPdf: the I/O edge for a PDF with a text layer (to be written). */
import { InputError } from "../pipeline/input-error.ts";
import type { ExtractedText } from "../pipeline/extracted-text.ts";

export async function readPdfText(_bytes: Uint8Array, file: string): Promise<ExtractedText> {
  throw new InputError([{ file, line: 0, column: 0, reason: "暂不能读取 PDF 文件" }]);
}
