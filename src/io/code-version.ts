/** code-version: a digest of code, so that what it made is made again when it changes — plan entries (the parsing code), chart SVGs (the chart code), pages (all of src/). */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const CODE = ["src/pipeline", "src/schema", "src/io", "src/loaders"];

/**
 * Returns the SHA-256 of every file under `paths` (folders or files; by default the parsing code) whose name
 * ends with one of `endings` (by default .ts; "" for every file), and of the lock file (the libraries' versions), read from `root`.
 */
export function codeVersion(root = process.cwd(), paths = CODE, endings = [".ts"]): string {
  const hash = createHash("sha256");
  for (const path of paths.map((p) => join(root, p)).filter((p) => existsSync(p))) {
    const listed = statSync(path).isDirectory() ? readdirSync(path, { recursive: true, encoding: "utf8" }).sort().map((f) => join(path, f)) : [path];
    const files = listed.filter((f) => endings.some((e) => f.endsWith(e)) && statSync(f).isFile());
    for (const file of files) hash.update(relative(root, file)).update(readFileSync(file));
  }
  if (existsSync(join(root, "package-lock.json"))) hash.update(readFileSync(join(root, "package-lock.json")));
  return hash.digest("hex");
}
