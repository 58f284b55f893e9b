/** readPlanText: the I/O edge for a plan file's text — decoded .txt/.md, or a .docx read by readDocxText. */
import { decodeText } from "../pipeline/decode.ts";
import { readDocxText } from "./read-docx.ts";

/**
 * Returns the text the parser reads from a plan file's bytes, and how it was read (utf-8, gb18030 …, or
 * docx). `file` names the file in errors: a Word document that cannot be read or published as it is
 * throws InputError (see readDocxText).
 */
export async function readPlanText(bytes: Uint8Array, format: string, file = "（未命名文件）"): Promise<{ text: string; encoding: string }> {
  if (format !== "docx") return decodeText(bytes, file);
  return { text: await readDocxText(bytes, file), encoding: "docx" };
}
