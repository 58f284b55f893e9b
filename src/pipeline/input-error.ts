/** input-error: the error every bad input raises — where (file:line:column) and what is wrong, in Chinese. */

export interface Problem {
  file: string;
  line: number; // 1-based; 0 when the whole file is at fault
  column: number; // 1-based column (the CSV field's position); 0 when unknown
  reason: string;
}

/** Formats a problem as `file:line:column: reason`, the shape editors and editors' tools recognise. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.reason}`;
}

/** Thrown when input data cannot be published; carries every problem found, not just the first. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "InputError";
    // a problem of the input, not of the program: the editor is told file:line:column, never a stack trace (Astro prints one when there is a stack)
    this.stack = "";
  }
}
