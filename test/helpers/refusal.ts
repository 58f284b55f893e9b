/** Test helper: the message a reader stops with. */
import { readPlanText } from "../../src/io/read-plan-text.ts";
import { InputError } from "../../src/pipeline/input-error.ts";

/** Returns the message readPlanText stops with for `bytes` read as `format`, named `file`; fails the test when it reads them, or stops with anything but an InputError. */
export async function refusal(bytes: Uint8Array, format: string, file: string): Promise<string> {
  try {
    await readPlanText(bytes, format, file);
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  throw new Error("read without a problem");
}
