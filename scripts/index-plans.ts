// Writes the search bundle of the plans' text (see lib/search-index.mjs) to the directory given, from
// the seeds and data as the plan loader reads them. build.mjs runs it beside Astro, on the other core,
// so that indexing the plans adds no time of its own. Prints the number of records and the seconds taken;
// a bad input is reported as file:line:column, without a stack trace.
// Incremental: the bundle's key (the plans' records and the indexing code) is written to <output>.key; when
// the last good site's bundle was made from the same key (its manifest says so, and its files are the
// ones recorded), that bundle is copied instead of indexing again.
// Usage: node --import tsx scripts/index-plans.ts <output directory> [<last site's bundle> <last site's manifest>]
import { cpSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { codeVersion } from "../src/io/code-version.ts";
import { DEFAULT_PATHS, loadDictionaries, loadIndicatorValues, loadProgress, readPlans } from "../src/io/read-source.ts";
import { encodeGroups, measureNameGroups, measureNotes } from "../src/lib/search-vocabulary.ts";
import { loadSiteIdentity } from "../src/io/site-identity.ts";
import { planProgress } from "../src/model/progress.ts";
import { withDefaultJurisdiction } from "../src/pipeline/site-info.ts";
import { STATUS_LABEL } from "../src/pipeline/status.ts";
import { InputError } from "../src/pipeline/input-error.ts";
import type { Plan } from "../src/schema/plan.ts";
import { planRecords, writePlanIndex } from "./lib/search-index.mjs";
import { readManifest, treeHash } from "./lib/incremental.mjs";

const [output, previousBundle, previousManifest] = process.argv.slice(2);
if (!output) throw new Error("usage: node --import tsx scripts/index-plans.ts <output directory> [<last bundle> <last manifest>]");
const started = Date.now();
try {
  const [plans, vocabulary] = await Promise.all([readPlans(DEFAULT_PATHS), loadDictionaries(DEFAULT_PATHS)]);
  const fallback = (await loadSiteIdentity()).info.defaultJurisdiction;
  const withDefault = <T extends { jurisdiction: string | null }>(x: T): T => withDefaultJurisdiction(x, fallback);
  const progress = planProgress(plans.map(withDefault), await loadProgress(DEFAULT_PATHS, fallback), (await loadIndicatorValues(DEFAULT_PATHS)).map(withDefault));
  // each measure's statuses, with its commitments': the 落实情况 filter (the plan page shows the same)
  const statuses = (plan: string, anchor: string) => [...new Set((progress.get(plan)?.items ?? []).filter((i) => i.anchor === anchor).map((i) => STATUS_LABEL[i.status.code]))];
  const describe = (plan: Plan, m: Parameters<typeof measureNameGroups>[0]) => ({ names: encodeGroups(measureNameGroups(m, vocabulary)), note: measureNotes(plan, m.anchor), statuses: statuses(plan.id, m.anchor) });
  const code = codeVersion(process.cwd(), ["scripts/lib/search-index.mjs", "src/lib/search-bundles.mjs"], [""]);
  const key = createHash("sha256").update(code).update(JSON.stringify(plans.map((plan) => planRecords(plan, describe)))).digest("hex");
  const last = previousManifest ? readManifest(previousManifest).planIndex : undefined;
  let records = plans.reduce((n, plan) => n + planRecords(plan, describe).length, 0);
  if (last?.key === key && previousBundle && treeHash(previousBundle) === last.sha256) {
    cpSync(previousBundle, output, { recursive: true });
    process.stdout.write(`${records} plan records reused`);
  } else {
    records = await writePlanIndex(plans, output, describe);
    process.stdout.write(`${records} plan records in ${((Date.now() - started) / 1000).toFixed(2)} s`);
  }
  writeFileSync(`${output}.key`, key);
} catch (e) {
  process.stderr.write(`搜索索引未能写出：${e instanceof InputError ? e.message : e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
