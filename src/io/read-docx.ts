/** readDocx: the I/O edge for a Word document — unzipped within bounds, inspected, then read by mammoth; every failure an InputError naming the file. */
import mammoth from "mammoth";
import { zipSync } from "fflate";
import { unzipDocx } from "./docx-zip.ts";
import { inspectDocx } from "../pipeline/docx-inspect.ts";
import { docxHtmlToLines } from "../pipeline/docx-text.ts";
import type { CellPosition } from "../pipeline/extracted-text.ts";
import { InputError } from "../pipeline/input-error.ts";

const XML_PART = /\.(?:xml|rels)$/i; // the parts mammoth parses as XML
const noImages = mammoth.images.imgElement(async () => ({ src: "" })); // the text is all that is read: pictures are never decoded

/**
 * Returns the text of a .docx and its tables' merged cells (see docxHtmlToLines). Refuses, with an InputError naming `file`, what
 * unzipDocx refuses (too large, not a zip, a zip bomb …) and what inspectDocx finds (no main document,
 * XML too deep or too large, tracked changes, comments, hidden text, personal details): the original is
 * published byte for byte, so it is never cleaned here. mammoth then reads exactly the entries that were
 * inspected, repacked, and any error of its own is reported with the file's name.
 */
export async function readDocxText(bytes: Uint8Array, file: string): Promise<{ text: string; merged: CellPosition[] }> {
  const fail = (reason: string): never => {
    throw new InputError([{ file, line: 0, column: 0, reason }]);
  };
  const entries = unzipDocx(bytes, file);
  const decoder = new TextDecoder();
  const refusal = inspectDocx(new Map([...entries].filter(([name]) => XML_PART.test(name)).map(([name, data]) => [name, decoder.decode(data)])));
  if (refusal) fail(refusal);
  const repacked = zipSync(Object.fromEntries(entries), { level: 0 });
  const html = await mammoth.convertToHtml({ buffer: Buffer.from(repacked.buffer, repacked.byteOffset, repacked.byteLength) }, { convertImage: noImages }).then(
    (result) => result.value,
    (error: unknown) => fail(`无法读取 Word 文档（${String(error instanceof Error ? error.message : error).replace(/\s+/g, " ").trim()}）：请在 Word 中打开后另存为 .docx`),
  );
  return docxHtmlToLines(html);
}
