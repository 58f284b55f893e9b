/** Test helpers: Word documents generated with the docx library (test data). */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, type IPropertiesOptions } from "docx";

/** Returns a .docx of `children`, without the author ("Un-named") the docx library writes unless told otherwise. */
export async function docxOf(children: (Paragraph | Table)[], options: Partial<IPropertiesOptions> = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ creator: "", lastModifiedBy: "", ...options, sections: [{ children }] })));
}

/** Returns a Word table of `rows`, a cell being its text or its own paragraphs and tables. */
export function tableOf(rows: (string | (Paragraph | Table)[])[][]): Table {
  return new Table({ rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: typeof c === "string" ? [new Paragraph(c)] : c })) })) });
}
