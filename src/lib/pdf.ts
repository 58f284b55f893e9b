/** pdf: the names of a plan's PDFs, and which of them this build publishes. */
import { listPdfs } from "../io/pdfs.ts";
import { pdfPath } from "./urls.ts";

/** The file names `npm run pdf` gives a plan's printed documents. */
export const pdfNames = (id: string) => ({ full: `${id}.pdf`, summary: `${id}-summary.pdf` });

/** Returns the links to the plan's PDFs that this build publishes (none unless built by `npm run pdf`). */
export function pdfLinks(id: string): { full: string | null; summary: string | null } {
  const present = new Set(listPdfs());
  const names = pdfNames(id);
  return { full: present.has(names.full) ? pdfPath(names.full) : null, summary: present.has(names.summary) ? pdfPath(names.summary) : null };
}
