/** readPlanText: the I/O edge for a plan file's text — each format handed to its reader, every reader giving the parser lines (see ExtractedText). */
import { decodeText } from "../pipeline/decode.ts";
import { isTextFormat, plainText, type CellPosition, type ExtractedText } from "../pipeline/extracted-text.ts";
import { readDocxText } from "./read-docx.ts";
import { readPdfText } from "./read-pdf.ts";
import { readHtmlText } from "./read-html.ts";
import { readSheetText } from "./read-sheet.ts";
import { convertWithOffice } from "./office-convert.ts";
import { cachedExtraction } from "./extract-cache.ts";

/**
 * Returns the text the parser reads from a plan file's bytes, and how it was read. `format` is the file's
 * extension, lower-cased; `file` names the file in errors. A file that cannot be read or published as it
 * is throws InputError naming `file`, in Chinese (see each reader). What is read from a file of another
 * format than text is kept across builds (see cachedExtraction).
 */
export async function readPlanText(bytes: Uint8Array, format: string, file = "（未命名文件）"): Promise<ExtractedText> {
  return isTextFormat(format) ? readText(bytes, format, file) : cachedExtraction(bytes, format, () => readText(bytes, format, file));
}

/** Reads a plan file by its format (see readPlanText), without the cache. */
async function readText(bytes: Uint8Array, format: string, file: string): Promise<ExtractedText> {
  switch (format) {
    case "docx":
      return wordText(await readDocxText(bytes, file), "docx");
    case "pdf":
      return readPdfText(bytes, file);
    case "html":
    case "htm":
      return readHtmlText(bytes, file);
    case "xlsx":
      return readSheetText(bytes, file, "xlsx");
    case "xls":
    case "et":
      return readSheetText(await convertWithOffice(bytes, file, format, "xlsx"), file, "libreoffice");
    case "doc":
    case "wps":
      return wordText(await readDocxText(await convertWithOffice(bytes, file, format, "docx"), file), "libreoffice");
    default: {
      const { text, encoding } = decodeText(bytes, file);
      return plainText(text, encoding);
    }
  }
}

/** Returns a Word document's extraction: its lines and its tables' merged cells. */
function wordText({ text, merged }: { text: string; merged: CellPosition[] }, encoding: string): ExtractedText {
  return { ...plainText(text, encoding), merged };
}
