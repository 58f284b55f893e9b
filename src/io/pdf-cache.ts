/**
 * pdf-cache: the PDFs printed from pages, kept across builds under the PDF's name and the page's route
 * digest (.build/cache/pdf/<name>~<digest>.pdf, $PDF_CACHE; see scripts/lib/print-pdfs.mjs): the same
 * digest makes the same HTML, so its PDF is printed once. $PRINT_PDFS is set when this build prints
 * (npm run build -- --pdf).
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

let cachedNames: Set<string> | null = null;

/** Returns whether this build prints the PDFs of every plan. */
export function printingPdfs(): boolean {
  return process.env.PRINT_PDFS === "1";
}

/** Returns whether the cache holds a PDF named `name` (from any page digest): when not, no digest need be computed. Listed once per build. */
export function hasCachedPdfNamed(name: string): boolean {
  const dir = process.env.PDF_CACHE;
  cachedNames ??= new Set(dir && existsSync(dir) ? readdirSync(dir).map((f) => f.split("~")[0]!) : []);
  return cachedNames.has(name);
}

/** Returns whether a PDF named `name` printed from a page with route digest `digest` is in the cache. */
export function hasCachedPdf(name: string, digest: string): boolean {
  const dir = process.env.PDF_CACHE;
  return Boolean(dir) && existsSync(join(dir!, cachedPdfFile(name, digest)));
}

/** Returns the cache's file name for the PDF `name` printed from a page with route digest `digest`. */
export function cachedPdfFile(name: string, digest: string): string {
  return `${name}~${digest}.pdf`;
}
