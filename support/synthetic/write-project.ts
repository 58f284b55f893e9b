/** project: writes a copy of the project whose inputs are a synthetic corpus (code shared, node_modules linked). */
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Corpus } from "./corpus.ts";

export const ROOT = resolve(import.meta.dirname, "..", "..");
const CODE = ["src", "scripts", "public", "package.json", "astro.config.mjs", "tsconfig.json"];
const LISTS = ["data/indicators.csv", "data/themes.csv", "data/entities.csv"];

/** Writes the project into `dir` (emptied first) with the corpus as seeds/ and data/plans.csv. */
export function writeProject(dir: string, corpus: Corpus): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "seeds"), { recursive: true });
  mkdirSync(join(dir, "data"));
  for (const entry of [...CODE, ...LISTS]) if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  for (const [file, bytes] of corpus.files) writeFileSync(join(dir, "seeds", file), bytes);
  writeFileSync(join(dir, "data", "plans.csv"), corpus.catalogue);
  writeFileSync(join(dir, "data", "indicator-values.csv"), corpus.values);
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
}
