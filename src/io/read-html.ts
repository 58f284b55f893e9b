/** readHtml: the I/O edge for a web page saved from the portal (to be written). */
import { InputError } from "../pipeline/input-error.ts";
import type { ExtractedText } from "../pipeline/extracted-text.ts";

export async function readHtmlText(_bytes: Uint8Array, file: string): Promise<ExtractedText> {
  throw new InputError([{ file, line: 0, column: 0, reason: "暂不能读取网页文件" }]);
}
