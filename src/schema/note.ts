/** Notes (notes/<plan-id>/*.md): what the editor adds beside a plan — an interpretation, an editor's note, a dated correction. The plan's text never changes. */
import { z } from "zod";

export const NoteKind = z.enum(["解读", "编者按", "勘误"]);

export const NoteSchema = z.object({
  file: z.string(), // notes/<plan-id>/<name>.md
  kind: NoteKind,
  title: z.string(),
  date: z.string().nullable(), // YYYY-MM-DD; required for a 勘误
  measure: z.string().nullable(), // the anchor of the measure it is about (m-13), or null for the whole plan
  markdown: z.string(), // the body as written
  html: z.string(), // the body rendered by markdown-it: raw HTML off, unsafe links dropped
});

export type Note = z.output<typeof NoteSchema>;
