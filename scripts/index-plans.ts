// Writes the search bundle of the plans' text (see lib/search-index.mjs) to the directory given, from
// the seeds and data as the plan loader reads them. build.mjs runs it beside Astro, on the other core,
// so that indexing the plans adds no time of its own. Prints the number of records and the seconds taken.
// Usage: node --import tsx scripts/index-plans.ts <output directory>
import { DEFAULT_PATHS, readPlans } from "../src/io/read-source.ts";
import { writePlanIndex } from "./lib/search-index.mjs";

const output = process.argv[2];
if (!output) throw new Error("usage: node --import tsx scripts/index-plans.ts <output directory>");
const started = Date.now();
const records = await writePlanIndex(await readPlans(DEFAULT_PATHS), output);
process.stdout.write(`${records} plan records in ${((Date.now() - started) / 1000).toFixed(2)} s`);
