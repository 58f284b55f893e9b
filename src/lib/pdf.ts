/** pdf: the names of a plan's PDFs, and which of them this build publishes. */
import { listPdfs } from "../io/pdfs.ts";
import { pdfPath } from "./urls.ts";

/** The file names `npm run pdf` gives a plan's printed documents. */
export const pdfNames = (id: string) => ({ full: `${id}.pdf`, summary: `${id}-summary.pdf` });

/** The links to a plan's PDFs; null where none is published. */
export interface PdfLinks { full: string | null; summary: string | null }

/** Returns the links to the plan's PDFs that this build publishes (none unless built by `npm run pdf`). */
export function pdfLinks(id: string): PdfLinks {
  const present = new Set(listPdfs());
  const names = pdfNames(id);
  return { full: present.has(names.full) ? pdfPath(names.full) : null, summary: present.has(names.summary) ? pdfPath(names.summary) : null };
}
