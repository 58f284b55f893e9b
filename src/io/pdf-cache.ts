/**
 * pdf-cache: the PDFs printed from pages, kept across builds under the page's route digest
 * (.build/cache/pdf/<digest>.pdf, $PDF_CACHE): the same digest makes the same HTML, so its PDF is printed
 * once. $PRINT_PDFS is set when this build prints (npm run build -- --pdf).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Returns whether this build prints the PDFs of every plan. */
export function printingPdfs(): boolean {
  return process.env.PRINT_PDFS === "1";
}

/** Returns whether a PDF printed from a page with route digest `digest` is in the cache. */
export function hasCachedPdf(digest: string): boolean {
  const dir = process.env.PDF_CACHE;
  return Boolean(dir) && existsSync(join(dir!, `${digest}.pdf`));
}
