// Writes the search bundle of the plans' text (see lib/search-index.mjs) to the directory given, from
// the seeds and data as the plan loader reads them. build.mjs runs it beside Astro, on the other core,
// so that indexing the plans adds no time of its own. Prints the number of records and the seconds taken;
// a bad input is reported as file:line:column, without a stack trace.
// Incremental: the bundle's key (the plans' records and the indexing code) is written to <output>.key; when
// the last good site's bundle was made from the same key (its manifest says so, and its files are the
// ones recorded), that bundle is copied instead of indexing again.
// Usage: node --import tsx scripts/index-plans.ts <output directory> [<last site's bundle> <last site's manifest>]
import { cpSync, writeFileSync } from "node:fs";
import { codeVersion } from "../src/io/code-version.ts";
import { DEFAULT_PATHS, readPlans } from "../src/io/read-source.ts";
import { InputError } from "../src/pipeline/input-error.ts";
import { planRecords, writePlanIndex } from "./lib/search-index.mjs";
import { readManifest, treeHash } from "./lib/incremental.mjs";
import { createHash } from "node:crypto";

const [output, previousBundle, previousManifest] = process.argv.slice(2);
if (!output) throw new Error("usage: node --import tsx scripts/index-plans.ts <output directory> [<last bundle> <last manifest>]");
const started = Date.now();
try {
  const plans = await readPlans(DEFAULT_PATHS);
  const code = codeVersion(process.cwd(), ["scripts/lib/search-index.mjs", "src/lib/search-bundles.mjs"], [""]);
  const key = createHash("sha256").update(code).update(JSON.stringify(plans.map(planRecords))).digest("hex");
  const last = previousManifest ? readManifest(previousManifest).planIndex : undefined;
  let records = plans.reduce((n, plan) => n + planRecords(plan).length, 0);
  if (last?.key === key && previousBundle && treeHash(previousBundle) === last.sha256) {
    cpSync(previousBundle, output, { recursive: true });
    process.stdout.write(`${records} plan records reused`);
  } else {
    records = await writePlanIndex(plans, output);
    process.stdout.write(`${records} plan records in ${((Date.now() - started) / 1000).toFixed(2)} s`);
  }
  writeFileSync(`${output}.key`, key);
} catch (e) {
  process.stderr.write(`搜索索引未能写出：${e instanceof InputError ? e.message : e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
