// The contract of a route that builds incrementally (src/lib/incremental.ts): its page renders from its
// props and what siteDigest covers. Reading the site model or a collection anywhere else would make a page
// that changes without its digest changing — the byte-identity test (test/site/incremental.test.ts) would
// catch the changes it tries; this catches the reads themselves.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const GLOBAL_READS = /\b(getSiteModel|getPlans|getCollection|getEntry|hasCachedPdf|printingPdfs)\s*\(/g; // what a page could read beside its props
const filesUnder = (dir: string, pattern: RegExp) => readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" }).filter((f) => pattern.test(f)).map((f) => join(dir, f));

/** Returns `text` without its getStaticPaths: a function declaration up to its closing brace at the line's start, or a const up to the first line ending with “;”. */
function withoutStaticPaths(text: string): string {
  const start = text.search(/export (async function|const) getStaticPaths/);
  if (start < 0) return text;
  const rest = text.slice(start);
  const end = text.slice(start, start + 30).includes("function") ? rest.search(/\n}\n/) + 3 : rest.search(/;\n/) + 2;
  return text.slice(0, start) + text.slice(start + end);
}

describe("routes that build incrementally", () => {
  const pages = filesUnder("src/pages", /\.(astro|ts)$/).filter((f) => readFileSync(join(ROOT, f), "utf8").includes("incrementalPaths("));

  it("are the pages of each plan, comparison and office, their files, and the open data workbooks", () => {
    expect(pages.sort()).toEqual([
      "src/pages/compare/[pair].astro", "src/pages/data/[table].xlsx.ts", "src/pages/data/compare/[pair].json.ts", "src/pages/data/plans/[id].json.ts",
      "src/pages/offices/[slug].astro", "src/pages/plans/[id]/index.astro", "src/pages/plans/[id]/print.astro", "src/pages/sources/[file].ts",
    ]);
  });
  it("read the site model, collections and the PDF cache only in getStaticPaths", () => {
    const reads = pages.flatMap((f) => [...withoutStaticPaths(readFileSync(join(ROOT, f), "utf8")).matchAll(GLOBAL_READS)].map((m) => `${f}: ${m[1]}`));
    expect(reads).toEqual([]);
  });
  it("use components that read nothing beside their props (the layouts' site identity and names are in siteDigest)", () => {
    const reads = filesUnder("src/components", /\.astro$/).flatMap((f) => [...readFileSync(join(ROOT, f), "utf8").matchAll(GLOBAL_READS)].map((m) => `${f}: ${m[1]}`));
    expect(reads).toEqual([]);
  });
});
