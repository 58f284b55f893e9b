/** hash: the SHA-256 the build keys and checks things by — original files, cached plans, cached charts. */
import { createHash } from "node:crypto";

/** Returns the SHA-256 of `data` as 64 lower-case hex digits. */
export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
