#!/usr/bin/env tsx
/**
 * npm run bench [-- --quick] [-- --sizes 500,1500] [-- --seed 1] [-- --rounds 3] [-- --pdf-plans 50]
 *
 * Builds the project on a synthetic corpus (support/synthetic) at two sizes, then again after changing
 * one plan (an incremental build, checked byte for byte against a clean --full build of the same inputs),
 * and two baselines with the same number of pages of the same text: the bare Astro site (bench/baseline),
 * and the same site with a Pagefind index of its pages, as a Starlight site builds
 * (bench/baseline/build-with-search.mjs). Prints pages, wall time, ms per page, peak memory (and per plan),
 * fixed overhead, the content layer's time, parser throughput, Pagefind time and index size, page weights,
 * and the PDF step (npm run build -- --pdf) on a project of `pdf-plans` plans (0: none): every page
 * printed (cold), then nothing changed, against the build without PDFs. Each build is timed `rounds` times, the project's first builds
 * taking turns with the baselines', and the fastest run kept. Build logs are kept in .build/bench/logs.
 * The last lines are `ratio: R` (over bare Astro) and `ratio with search: R` (over Astro + Pagefind), the
 * project's ms per page over the baseline's at the larger size. Everything is written under .build/bench.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateCorpus, seedMaterial, type Corpus } from "../support/synthetic/corpus.ts";
import { measure, type Run } from "./lib/measure.ts";
import { ROOT, writeProject } from "../support/synthetic/write-project.ts";
import { pageWeights, treeBytes } from "./lib/weights.ts";
import { PAGE_BUNDLE, PLAN_BUNDLE } from "../scripts/lib/search-index.mjs";
import { publishPaths } from "../scripts/lib/publish.mjs";
import { filesUnder } from "../support/site-files.ts";
import { testMeta } from "../support/plan-meta.ts";
import { parsePlan } from "../src/pipeline/parse-plan.ts";

const { values: args } = parseArgs({ options: { quick: { type: "boolean" }, sizes: { type: "string" }, seed: { type: "string" }, rounds: { type: "string" }, "pdf-plans": { type: "string" } } });
const sizes = (args.sizes ?? (args.quick ? "10,40" : "500,1500")).split(",").map(Number);
const seed = Number(args.seed ?? 1);
const work = join(ROOT, ".build", "bench");
const astro = join(ROOT, "node_modules", "astro", "astro.js");
// Astro's usage report is off for the baseline too, as scripts/build.mjs turns it off for the project
const env = { ...process.env, TZ: "Asia/Shanghai", BASE_PATH: "", SITE_URL: "", NODE_ENV: "production", ASTRO_TELEMETRY_DISABLED: "1" };

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** How many plans the content layer parsed, and how many it reused unchanged from the last build, from the loader's log. */
function parsedPlans(output: string): string {
  const m = /Parsed (\d+) plans, reused (\d+)/.exec(output);
  return m ? `${m[1]} / ${m[2]}` : "?";
}

/** Waits until the replaced sites an earlier build deletes in the background are gone, so that builds are timed alone. */
async function settle(dir: string): Promise<void> {
  const { dir: publishing } = publishPaths(join(dir, "dist"));
  const pending = () => existsSync(publishing) && readdirSync(publishing).some((d) => d.startsWith("trash-") || d.startsWith("previous-"));
  while (pending()) await new Promise((r) => setTimeout(r, 200));
}

/** The time Astro took to collect build info — the content layer loading (or reusing) every entry — from its log. */
function contentMs(output: string): number {
  const m = /Collecting build info[\s\S]*?Completed in ([\d.]+)(ms|s)/.exec(output);
  return m ? Number(m[1]) * (m[2] === "s" ? 1000 : 1) : NaN;
}

/** The seconds the baseline's Pagefind step took, from its log. */
function searchSeconds(output: string): string {
  return /Pagefind: \d+ pages in ([\d.]+) s/.exec(output)?.[1] ? `${/Pagefind: \d+ pages in ([\d.]+) s/.exec(output)![1]} s` : "?";
}

/** Returns one hash over every file under `dir` (names and bytes). */
function hashTree(dir: string): string {
  const hash = createHash("sha256");
  for (const f of filesUnder(dir, "")) hash.update(f).update(readFileSync(join(dir, f)));
  return hash.digest("hex");
}

function ok(run: Run, what: string): Run {
  if (run.status !== 0) throw new Error(`${what} failed:\n${run.output.slice(-4000)}`);
  return run;
}

const material = seedMaterial(readFileSync(join(ROOT, "seeds/000_4d8b1ee954a7e0d1.txt"), "utf8"), readFileSync(join(ROOT, "seeds/001_63bf615f332166d9.txt"), "utf8"));

interface Pdfs {
  count: number;
  cold: Run; // --pdf with no PDF printed yet: every page printed
  unchanged: Run; // --pdf again, nothing changed
  plain: Run; // a build without --pdf, nothing changed
}

interface Row {
  plans: number;
  pages: number;
  cold: Run;
  warm: Run;
  warmEqualsClean: boolean; // the incremental site is byte-identical to a clean build of the same inputs
  reused: string; // files of incremental routes rendered / copied after changing one plan
  baseline: Run;
  baselineSearch: Run; // Astro + Pagefind, as Starlight builds

  astroMs: number;
  searchMs: number; // the plans' bundle, written beside Astro
  pageSearchMs: number; // the pages' bundle, written after it
  indexBytes: number;
  dist: string;
}

const ROUNDS = Number(args.rounds ?? 3);

/** The fastest of the runs (timings on this machine vary by up to ±15 % between runs), with its CPU time; peak memory is the largest seen. */
function fastest(runs: Run[]): Run {
  const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return { ...best, peakRss: Math.max(...runs.map((r) => r.peakRss)) };
}

async function buildProject(corpus: Corpus): Promise<Row> {
  const dir = join(work, `project-${corpus.plans.length}`);
  writeProject(dir, corpus);
  const dist = join(dir, "dist");
  // a first build: no dist/, nothing cached
  const buildCold = () => {
    for (const d of [dist, join(dir, ".build"), publishPaths(dist).dir]) rmSync(d, { recursive: true, force: true });
    return measure(process.execPath, ["scripts/build.mjs"], dir, env);
  };
  const first = ok(await buildCold(), "project build");
  const pages = filesUnder(dist, ".html").length;
  // the baseline: the same number of pages, each with the text of a plan and one chart
  const texts = join(work, `texts-${corpus.plans.length}`);
  rmSync(texts, { recursive: true, force: true });
  mkdirSync(texts, { recursive: true });
  for (const p of corpus.plans) writeFileSync(join(texts, `${p.id}.txt`), p.text);
  const manifest = join(work, `baseline-${corpus.plans.length}.json`);
  writeFileSync(manifest, JSON.stringify(Array.from({ length: pages }, (_, i) => {
    const p = corpus.plans[i % corpus.plans.length]!;
    return { slug: `p/${i}`, title: p.title, file: join(texts, `${p.id}.txt`) };
  })));
  const baseDir = join(ROOT, "bench", "baseline");
  const baseOut = join(work, `baseline-${corpus.plans.length}`);
  const buildBaseline = (withSearch: boolean) => {
    for (const d of [baseOut, join(work, "baseline-cache")]) rmSync(d, { recursive: true, force: true });
    const command = withSearch ? [join(baseDir, "build-with-search.mjs")] : [astro, "build"];
    return measure(process.execPath, command, baseDir, { ...env, OUT_DIR: baseOut, CACHE_DIR: join(work, "baseline-cache"), BASELINE_MANIFEST: manifest });
  };
  // the project and the baselines take turns, so that all are timed under the same conditions on this machine
  const coldRuns = [first];
  const baseRuns: Run[] = [];
  const searchRuns: Run[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round > 0) coldRuns.push(ok(await buildCold(), "project build"));
    baseRuns.push(ok(await buildBaseline(false), "baseline build"));
    searchRuns.push(ok(await buildBaseline(true), "baseline build with Pagefind"));
  }
  const cold = fastest(coldRuns);
  const baseline = fastest(baseRuns);
  const baselineSearch = fastest(searchRuns);
  const searchMs = Number(/plan records in ([\d.]+) s/.exec(cold.output)?.[1] ?? NaN) * 1000;
  const pageSearchMs = Number(/pages in ([\d.]+) s after/.exec(cold.output)?.[1] ?? NaN) * 1000;
  // change one plan (a punctuation mark) and build again: only that plan is parsed again
  const changed = corpus.plans.find((p) => p.encoding === "utf8")!;
  const warmRuns: Run[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await settle(dir);
    writeFileSync(join(dir, "seeds", changed.file), changed.text.replace("。", round % 2 ? "！" : "；"));
    warmRuns.push(ok(await measure(process.execPath, ["scripts/build.mjs"], dir, env), "second project build"));
  }
  const warm = fastest(warmRuns);
  const reused = /Incremental: (\d+) of (\d+) files of incremental routes rendered, (\d+) copied/.exec(warm.output);
  // the invariant: the incremental site equals a clean build of the same inputs
  await settle(dir);
  const cleanDist = join(dir, "dist-clean");
  ok(await measure(process.execPath, ["scripts/build.mjs", "--full"], dir, { ...env, DIST_DIR: cleanDist }), "clean project build");
  const warmEqualsClean = hashTree(dist) === hashTree(cleanDist);
  rmSync(cleanDist, { recursive: true, force: true });
  mkdirSync(join(work, "logs"), { recursive: true });
  const logs = { cold, warm, baseline, baselineSearch };
  for (const [name, run] of Object.entries(logs)) writeFileSync(join(work, "logs", `${corpus.plans.length}-${name}.log`), run.output);
  const astroMs = Number(/\(Astro ([\d.]+) s/.exec(cold.output)?.[1] ?? NaN) * 1000;
  const indexBytes = treeBytes(join(dist, PLAN_BUNDLE)) + treeBytes(join(dist, PAGE_BUNDLE));
  return { plans: corpus.plans.length, pages, cold, warm, warmEqualsClean, reused: reused ? `${reused[1]} / ${reused[3]}` : "?", baseline, baselineSearch, astroMs, searchMs, pageSearchMs, indexBytes, dist };
}

/** Builds a project of `corpus`, then with --pdf (every page printed), again with --pdf (nothing changed) and without it (nothing changed). */
async function measurePdfs(corpus: Corpus): Promise<Pdfs> {
  const dir = join(work, `project-pdf-${corpus.plans.length}`);
  writeProject(dir, corpus);
  ok(await measure(process.execPath, ["scripts/build.mjs"], dir, env), "project build");
  await settle(dir);
  const cold = ok(await measure(process.execPath, ["scripts/build.mjs", "--pdf"], dir, env), "project build with PDFs");
  await settle(dir);
  const unchanged = ok(await measure(process.execPath, ["scripts/build.mjs", "--pdf"], dir, env), "project build with PDFs, unchanged");
  await settle(dir);
  const plain = ok(await measure(process.execPath, ["scripts/build.mjs"], dir, env), "project build, unchanged");
  mkdirSync(join(work, "logs"), { recursive: true });
  for (const [name, run] of Object.entries({ cold, unchanged, plain })) writeFileSync(join(work, "logs", `pdf-${corpus.plans.length}-${name}.log`), run.output);
  return { count: Number(/PDF: printed (\d+)/.exec(cold.output)?.[1] ?? NaN), cold, unchanged, plain };
}

function parserThroughput(corpus: Corpus): { mbps: number; bytes: number } {
  const texts = corpus.plans.map((p) => p.text);
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
  let rounds = 0;
  const started = performance.now();
  while (performance.now() - started < 2000 || rounds < 2) {
    for (const p of corpus.plans) parsePlan(p.text, { ...testMeta(p.id), year: p.year });
    rounds++;
  }
  return { mbps: (bytes * rounds) / 2 ** 20 / ((performance.now() - started) / 1000), bytes };
}

const startedAll = performance.now();
console.log(`npm run bench — ${cpus().length} × ${cpus()[0]?.model.trim()}, ${mb(totalmem())} RAM, Node ${process.version}; sizes ${sizes.join(" and ")} plans, seed ${seed}\n`);
const rows: Row[] = [];
for (const size of sizes) {
  const corpus = generateCorpus(material, size, seed);
  process.stdout.write(`building ${size} plans … `);
  const row = await buildProject(corpus);
  rows.push(row);
  console.log(`${row.pages} pages: project ${s(row.cold.ms)}, after changing one plan ${s(row.warm.ms)}, baseline ${s(row.baseline.ms)}, with Pagefind ${s(row.baselineSearch.ms)}`);
}
const pdfPlans = Number(args["pdf-plans"] ?? (args.quick ? 4 : 50));
let pdfs: Pdfs | null = null;
if (pdfPlans > 0) {
  process.stdout.write(`PDFs at ${pdfPlans} plans … `);
  pdfs = await measurePdfs(generateCorpus(material, pdfPlans, seed));
  console.log(`${pdfs.count} PDFs in ${s(pdfs.cold.ms)}`);
}
const largest = generateCorpus(material, sizes.at(-1)!, seed);
const parser = parserThroughput(largest);

const line = (cells: string[]) => console.log(cells.map((c, i) => (i === 0 ? c.padEnd(28) : c.padStart(12))).join(""));
console.log("");
line(["", ...rows.flatMap((r) => [`${r.plans} plans`, "", ""])]);
line(["", ...rows.flatMap(() => ["project", "Astro", "+Pagefind"])]);
line(["pages (HTML)", ...rows.flatMap((r) => [String(r.pages), String(r.pages), String(r.pages)])]);
line(["wall time", ...rows.flatMap((r) => [s(r.cold.ms), s(r.baseline.ms), s(r.baselineSearch.ms)])]);
line(["ms per page", ...rows.flatMap((r) => [(r.cold.ms / r.pages).toFixed(1), (r.baseline.ms / r.pages).toFixed(1), (r.baselineSearch.ms / r.pages).toFixed(1)])]);
line(["CPU time (whole machine)", ...rows.flatMap((r) => [s(r.cold.cpuMs), s(r.baseline.cpuMs), s(r.baselineSearch.cpuMs)])]);
line([`cores busy (of ${cpus().length})`, ...rows.flatMap((r) => [(r.cold.cpuMs / r.cold.ms).toFixed(2), (r.baseline.cpuMs / r.baseline.ms).toFixed(2), (r.baselineSearch.cpuMs / r.baselineSearch.ms).toFixed(2)])]);
line(["peak memory (process tree)", ...rows.flatMap((r) => [mb(r.cold.peakRss), mb(r.baseline.peakRss), mb(r.baselineSearch.peakRss)])]);
line(["peak memory per plan", ...rows.flatMap((r) => [`${(r.cold.peakRss / r.plans / 2 ** 20).toFixed(2)} MB`, "—", "—"])]);
line(["ratio (ms per page)", ...rows.flatMap((r) => ["", (r.cold.ms / r.baseline.ms).toFixed(2), (r.cold.ms / r.baselineSearch.ms).toFixed(2)])]);
line(["after changing one plan", ...rows.flatMap((r) => [s(r.warm.ms), "—", "—"])]);
line(["  share of the first build", ...rows.flatMap((r) => [`${((100 * r.warm.ms) / r.cold.ms).toFixed(0)} %`, "—", "—"])]);
line(["  rendered / copied files", ...rows.flatMap((r) => [r.reused, "—", "—"])]);
line(["  equals a clean build", ...rows.flatMap((r) => [r.warmEqualsClean ? "yes" : "NO", "—", "—"])]);
line(["content layer, first build", ...rows.flatMap((r) => [s(contentMs(r.cold.output)), s(contentMs(r.baseline.output)), "—"])]);
line(["content layer, after change", ...rows.flatMap((r) => [s(contentMs(r.warm.output)), "—", "—"])]);
line(["plans parsed / reused", ...rows.flatMap((r) => [parsedPlans(r.cold.output), "—", "—"])]);
line(["  after changing one plan", ...rows.flatMap((r) => [parsedPlans(r.warm.output), "—", "—"])]);
line(["of which Astro", ...rows.flatMap((r) => [s(r.astroMs), s(r.baseline.ms), "—"])]);
line(["Pagefind: plans, beside Astro", ...rows.flatMap((r) => [s(r.searchMs), "—", "—"])]);
line(["Pagefind: pages, after Astro", ...rows.flatMap((r) => [s(r.pageSearchMs), "—", searchSeconds(r.baselineSearch.output)])]);
line(["Pagefind index size", ...rows.flatMap((r) => [kb(r.indexBytes), "—", "—"])]);
if (pdfs) {
  const p = pdfs;
  const printing = Number(/PDF: printed \d+, \d+ unchanged since they were printed, in ([\d.]+) s/.exec(p.cold.output)?.[1] ?? NaN);
  console.log(`\nPDFs at ${pdfPlans} plans (npm run build -- --pdf, two pages printed at a time):`);
  console.log(`  every page printed: ${p.count} PDFs, build ${s(p.cold.ms)}; printing ${printing.toFixed(1)} s, ${(printing / p.count).toFixed(2)} s per PDF`);
  console.log(`  nothing changed: ${s(p.unchanged.ms)} with --pdf against ${s(p.plain.ms)} without: ${(p.unchanged.ms / p.plain.ms).toFixed(2)} ×`);
}
if (rows.length >= 2) {
  const [a, b] = [rows[0]!, rows.at(-1)!];
  const fit = (ta: number, tb: number) => {
    const perPage = (tb - ta) / (b.pages - a.pages);
    return { perPage, fixed: ta - perPage * a.pages };
  };
  const p = fit(a.cold.ms, b.cold.ms);
  const q = fit(a.baseline.ms, b.baseline.ms);
  line(["marginal ms per page", (p.perPage).toFixed(1), (q.perPage).toFixed(1)]);
  line(["fixed overhead", s(p.fixed), s(q.fixed)]);
}
console.log(`\nparser: ${parser.mbps.toFixed(1)} MB/s over ${largest.plans.length} plans (${kb(parser.bytes)} of text)`);
console.log(`\npage weight at ${rows.at(-1)!.plans} plans (HTML + CSS gzip: median / largest; JavaScript)`);
for (const t of pageWeights(rows.at(-1)!.dist)) console.log(`  ${t.type.padEnd(26)}${String(t.pages).padStart(6)} pages ${kb(t.medianGzip).padStart(10)} ${kb(t.maxGzip).padStart(10)}   JS ${t.js ? kb(t.js) : "0"}`);
console.log(`\nbench took ${s(performance.now() - startedAll)}`);
const last = rows.at(-1)!;
console.log(`ratio: ${(last.cold.ms / last.pages / (last.baseline.ms / last.pages)).toFixed(2)}`);
console.log(`ratio with search: ${(last.cold.ms / last.pages / (last.baselineSearch.ms / last.pages)).toFixed(2)}`);
