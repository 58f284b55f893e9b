/** cells: how a CSV cell that may be left empty reads — an empty cell is null, never "" or 0. */
import { z } from "zod";

/** A text cell: "" → null. */
export const optionalText = z.string().transform((s) => (s === "" ? null : s));
