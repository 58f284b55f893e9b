/** errors: what an input error says — the messages of the InputError a call throws. */
import { InputError } from "../../src/pipeline/input-error.ts";

/** Returns the InputError messages `fn` throws (awaited when it returns a promise); fails when it throws anything else or nothing. */
export async function problemsOf(fn: () => unknown): Promise<string[]> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof InputError) return e.message.split("\n");
    throw e;
  }
  throw new Error("expected an InputError");
}

/** Returns the InputError messages the synchronous `fn` throws. */
export function errorsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e.message.split("\n");
    throw e;
  }
  throw new Error("expected an InputError");
}
