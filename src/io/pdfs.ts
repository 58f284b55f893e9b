/** pdfs: the PDFs `npm run pdf` printed, handed to the build in $PDF_DIR so that it publishes them and pages link them. */
import { existsSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";

const dir = process.env.PDF_DIR || null;

/** Returns the PDF file names in $PDF_DIR, sorted; none when it is not set (a plain `npm run build`). */
export function listPdfs(): string[] {
  return dir && existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".pdf")).sort() : [];
}

/** Returns the bytes of one PDF of $PDF_DIR. */
export function readPdf(name: string): Promise<Uint8Array> {
  return readFile(join(dir!, name));
}
