/**
 * extractCache: keeps what a reader extracted from a PDF, web page, spreadsheet or Word file under
 * .build/cache/extract/ ($EXTRACT_CACHE), keyed by the file's bytes, its format and the parsing code, so that
 * a file is read once across builds — the content layer and the search index both read every plan, and a PDF
 * takes a tenth of a second or more. Each entry holds the SHA-256 of its JSON: an edited or damaged entry is
 * read again, never trusted.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ExtractedText } from "../pipeline/extracted-text.ts";
import { codeVersion } from "./code-version.ts";

let code: string | null = null; // the parsing code's digest, once per process

/** Returns `read()`'s extraction of `bytes` as `format`, from the cache when it holds it intact; stores a fresh one. A reader's InputError is thrown on, never cached. */
export async function cachedExtraction(bytes: Uint8Array, format: string, read: () => Promise<ExtractedText>): Promise<ExtractedText> {
  const dir = process.env.EXTRACT_CACHE ?? join(process.cwd(), ".build", "cache", "extract");
  code ??= codeVersion();
  const key = createHash("sha256").update(code).update(format).update(bytes).digest("hex");
  const file = join(dir, `${key}.json`);
  if (existsSync(file)) {
    try {
      const { sha256, json } = JSON.parse(readFileSync(file, "utf8")) as { sha256: string; json: string };
      if (createHash("sha256").update(json).digest("hex") === sha256) return JSON.parse(json) as ExtractedText;
    } catch {
      // damaged: read again below
    }
  }
  const extracted = await read();
  const json = JSON.stringify(extracted);
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify({ sha256: createHash("sha256").update(json).digest("hex"), json }));
  renameSync(`${file}.tmp`, file);
  return extracted;
}
