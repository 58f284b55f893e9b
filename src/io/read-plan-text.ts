/** readPlanText: the I/O edge for a plan file's text — decoded .txt/.md, or a .docx converted by mammoth. */
import mammoth from "mammoth";
import { decodeText } from "../pipeline/decode.ts";
import { docxHtmlToText } from "../pipeline/docx-text.ts";

/** Returns the text the parser reads from a plan file's bytes, and how it was read (utf-8, gb18030 …, or docx). */
export async function readPlanText(bytes: Uint8Array, format: string, _file?: string): Promise<{ text: string; encoding: string }> {
  if (format !== "docx") return decodeText(bytes);
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return { text: docxHtmlToText(value), encoding: "docx" };
}
