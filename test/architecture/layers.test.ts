// Layers only point down: schema ← pipeline ← model ← io, loaders ← presentation (lib, charts, components, layouts) ← pages.
// scripts/ and bench/ use the layers and are used by none of them; test/ and bench/ share helpers through support/ only.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..", "..");
const RANK: Record<string, number> = { schema: 0, pipeline: 1, model: 2, io: 3, loaders: 3, "content.config.ts": 3, lib: 4, charts: 4, components: 4, layouts: 4, styles: 4, pages: 5 };

/** Returns every source file under `dir` (relative to the project) with the project files it imports. */
function importsUnder(dir: string): { file: string; imports: string[] }[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|mts|mjs|astro)$/.test(f))
    .map((f) => {
      const file = join(dir, f);
      const text = readFileSync(join(ROOT, file), "utf8");
      const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
      return { file, imports: specifiers.map((s) => relative(ROOT, resolve(ROOT, dirname(file), s))) };
    });
}

/** Returns the layer of a file under src/ (its first folder, or content.config.ts), or undefined outside src/. */
const layerOf = (file: string) => (file.startsWith("src/") ? file.split("/")[1] : undefined);

describe("the layers of src/", () => {
  it("import only from their own layer or the layers below", () => {
    const upward = importsUnder("src").flatMap(({ file, imports }) =>
      imports
        .filter((target) => !target.startsWith("src/") || RANK[layerOf(target)!]! > RANK[layerOf(file)!]!)
        .filter((target) => !target.startsWith("node_modules"))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });
  it("knows the layer of every folder in src/", () => {
    expect(readdirSync(join(ROOT, "src")).filter((f) => !f.startsWith(".") && !(f in RANK) && f !== "env.d.ts")).toEqual([]);
  });
});

describe("scripts, bench, tests and their shared helpers", () => {
  const into = (from: string, forbidden: string[]) =>
    importsUnder(from).flatMap(({ file, imports }) => imports.filter((t) => forbidden.some((f) => t.startsWith(f))).map((t) => `${file} → ${t}`));
  it("test/ never imports bench/ or scripts' internals, bench/ never imports test/", () => {
    expect(into("test", ["bench/"])).toEqual([]);
    expect(into("bench", ["test/"])).toEqual([]);
  });
  it("support/ (helpers shared by tests and the bench) imports neither", () => {
    expect(into("support", ["test/", "bench/", "scripts/"])).toEqual([]);
  });
});
