/** code-version: a digest of the code that turns a plan file into its stored entry, so that entries are parsed again whenever that code changes. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const CODE = ["src/pipeline", "src/schema", "src/io", "src/loaders"];

/** Returns the SHA-256 of every file under the parsing code's folders and of the lock file (the libraries' versions), read from `root`. */
export function codeVersion(root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const dir of CODE.map((d) => join(root, d)).filter((d) => existsSync(d)))
    for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
      const path = join(dir, file);
      if (file.endsWith(".ts")) hash.update(file).update(readFileSync(path));
    }
  if (existsSync(join(root, "package-lock.json"))) hash.update(readFileSync(join(root, "package-lock.json")));
  return hash.digest("hex");
}
