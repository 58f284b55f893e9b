/** read-source: the I/O edge — reads the catalogue and one plan file from disk and builds its Plan. */
import { readProgress } from "../pipeline/progress.ts";
import { withDefaultJurisdiction } from "../pipeline/site-info.ts";
import type { ProgressRecord } from "../schema/progress.ts";
import { lstat, readFile, readdir } from "node:fs/promises";
import { existsSync, type Dirent } from "node:fs";
import { InputError } from "../pipeline/input-error.ts";
import { extname, join } from "node:path";
import type { CatalogueRow } from "../schema/catalogue.ts";
import type { Plan, PlanMeta } from "../schema/plan.ts";
import { readCsv } from "../pipeline/csv.ts";
import { readCatalogue, type SeedKind } from "../pipeline/catalogue.ts";
import { decodeText } from "../pipeline/decode.ts";
import { showControls } from "../pipeline/controls.ts";
import { LIMITS, megabytes } from "../pipeline/limits.ts";
import { sha256 } from "./hash.ts";
import { readPlanText } from "./read-plan-text.ts";
import { isTextFormat } from "../pipeline/extracted-text.ts";
import { parsePlan } from "../pipeline/parse-plan.ts";
import { quoteParagraphs, whereInSource } from "../pipeline/quote-lines.ts";
import { readIndicators, readIndicatorValues } from "../pipeline/indicators.ts";
import { linkPlan } from "../pipeline/link-plan.ts";
import { readThemes } from "../pipeline/themes.ts";
import { readEntities } from "../pipeline/entities.ts";
import { attachNotes } from "../pipeline/notes.ts";
import type { Problem } from "../pipeline/input-error.ts";
import type { Theme } from "../schema/theme.ts";
import type { Entity } from "../schema/entity.ts";
import type { Indicator } from "../schema/indicator.ts";
import type { Observation } from "../schema/observation.ts";

export interface Paths {
  catalogue: string; // data/plans.csv
  indicators: string; // data/indicators.csv
  values: string; // data/indicator-values.csv
  themes: string; // data/themes.csv
  entities: string; // data/entities.csv
  seeds: string; // seeds/
  notes: string; // notes/<plan-id>/*.md
  progress?: string; // data/progress.csv (may be absent)
}

export const DEFAULT_PATHS: Paths = {
  catalogue: "data/plans.csv",
  indicators: "data/indicators.csv",
  values: "data/indicator-values.csv",
  themes: "data/themes.csv",
  entities: "data/entities.csv",
  seeds: "seeds",
  notes: "notes",
  progress: "data/progress.csv",
};

/** What a plan is linked to after parsing: the indicator dictionary, the themes and the entities. */
export interface Dictionaries {
  indicators: Indicator[];
  themes: Theme[];
  entities: Entity[];
}

/** Returns the kind of a directory entry: only a regular file is ever read. */
function kindOf(entry: Dirent): SeedKind {
  return entry.isFile() ? "file" : entry.isSymbolicLink() ? "link" : entry.isDirectory() ? "folder" : "other";
}

/** Returns every entry of seeds/ with its kind (file, link, folder, other), by name. */
export async function listSeeds(seeds: string): Promise<Map<string, SeedKind>> {
  return new Map((await readdir(seeds, { withFileTypes: true })).map((d) => [d.name, kindOf(d)]));
}

/** Returns the validated catalogue rows; throws InputError on any bad row. */
export async function loadCatalogue(paths: Paths): Promise<CatalogueRow[]> {
  return readCatalogue(readCsv(await readFile(paths.catalogue), paths.catalogue), await listSeeds(paths.seeds));
}

/** Returns the indicator dictionary; throws InputError on any bad row. */
export async function loadIndicators(paths: Paths): Promise<Indicator[]> {
  return readIndicators(readCsv(await readFile(paths.indicators), paths.indicators));
}

/** Returns the theme list; throws InputError on any bad row. */
export async function loadThemes(paths: Paths): Promise<Theme[]> {
  return readThemes(readCsv(await readFile(paths.themes), paths.themes));
}

/** Returns the entity list; throws InputError on any bad row. */
export async function loadEntities(paths: Paths): Promise<Entity[]> {
  return readEntities(readCsv(await readFile(paths.entities), paths.entities));
}

/** Returns every list a plan is linked to. */
export async function loadDictionaries(paths: Paths): Promise<Dictionaries> {
  const [indicators, themes, entities] = await Promise.all([loadIndicators(paths), loadThemes(paths), loadEntities(paths)]);
  return { indicators, themes, entities };
}

/** Returns the reported indicator values; throws InputError on any bad row (unknown indicator, a year with no plan …). */
export async function loadIndicatorValues(paths: Paths): Promise<Observation[]> {
  const [indicators, rows] = await Promise.all([loadIndicators(paths), loadCatalogue(paths)]);
  return readIndicatorValues(readCsv(await readFile(paths.values), paths.values), indicators, rows.map((r) => r.year), rows.map((r) => r.jurisdiction ?? null));
}

/**
 * Returns the bytes of a file that must be a regular file directly inside `dir` (never a link out of it,
 * a folder or a device) and no larger than `limit`; throws InputError naming it otherwise.
 */
export async function readRegularFile(dir: string, name: string, limit: number): Promise<Uint8Array> {
  const path = join(dir, name);
  const fail = (reason: string): never => {
    throw new InputError([{ file: path, line: 0, column: 0, reason }]);
  };
  if (name.includes("/") || name.includes("\\") || name.startsWith(".")) fail("文件名不能含路径分隔符或以 . 开头");
  const stat = await lstat(path).catch(() => fail("找不到这个文件"));
  if (stat.isSymbolicLink()) fail("是一个链接（快捷方式），不是文件本身：只读取普通文件，请把文件本身放进来");
  if (!stat.isFile()) fail("不是普通文件");
  if (stat.size > limit) fail(`文件有 ${megabytes(stat.size)}，超过上限 ${megabytes(limit)}：请检查是否选错了文件`);
  return readFile(path);
}

/** Returns the bytes of a plan file and their SHA-256; throws InputError for a link, a folder or a file over the size limit. */
export async function readSourceBytes(seeds: string, file: string): Promise<{ bytes: Uint8Array; sha256: string }> {
  const bytes = await readRegularFile(seeds, file, LIMITS.seedBytes);
  return { bytes, sha256: sha256(bytes) };
}

/** Returns a plan's text as the parser reads it, every control character shown visibly with a warning; throws InputError for a text too large or with a line too long. */
async function readSourceText(file: string, bytes: Uint8Array, format: string) {
  const fail = (line: number, reason: string): never => {
    throw new InputError([{ file, line, column: 0, reason }]);
  };
  if (isTextFormat(format) && bytes.length > LIMITS.textBytes) fail(0, `文本有 ${megabytes(bytes.length)}，超过计划文本的上限 ${megabytes(LIMITS.textBytes)}：请检查是否选错了文件`);
  const { text, warnings: reading = [], ...extracted } = await readPlanText(bytes, format, file);
  if (text.length > LIMITS.textBytes) fail(0, `提取出的文字有 ${text.length} 个字符，超过上限：请检查是否选错了文件`);
  const long = text.split(/\r\n|\r|\n/).findIndex((l) => l.length > LIMITS.lineChars);
  if (long !== -1) fail(long + 1, `这一行超过 ${LIMITS.lineChars} 个字符：请检查文件是否完整、是否选错了文件`);
  const shown = showControls(text);
  return { ...shown, ...extracted, warnings: [...reading, ...shown.warnings] };
}

/**
 * Returns the Plan for a catalogue row and its file's bytes (text decoded, any other format read by its reader), linked
 * to the indicators, themes and entities. Throws InputError naming seeds/<file> for a file that cannot be
 * read or published as it is (bad encoding, too large, an unsafe Word document: see readDocxText).
 */
export async function buildPlan(row: Omit<CatalogueRow, "line">, bytes: Uint8Array, sha256: string, dict: Dictionaries): Promise<Plan> {
  const format = extname(row.file).slice(1).toLowerCase() as PlanMeta["source"]["format"];
  const { text, encoding, warnings, furniture, pages, merged } = await readSourceText(`${DEFAULT_PATHS.seeds}/${row.file}`, bytes, format);
  const meta: PlanMeta = {
    id: row.id,
    year: row.year,
    title: row.title,
    issuer: row.issuer,
    note: row.note,
    kind: row.kind ?? null,
    jurisdiction: row.jurisdiction ?? null,
    reporting: row.reportsOn || row.period || row.asOf ? { plan: row.reportsOn ?? null, period: row.period ?? null, asOf: row.asOf ?? null } : null,
    source: { file: row.file, sha256, format, encoding, bytes: bytes.length, pages },
    disclosure: {
      indexNumber: row.indexNumber,
      docNumber: row.docNumber,
      category: row.category,
      dateWritten: row.dateWritten,
      datePublished: row.datePublished,
      validity: row.validity,
      keywords: row.keywords,
    },
  };
  const plan = parsePlan(text, meta, { furniture, merged });
  const linked = linkPlan(warnings.length ? { ...plan, warnings: [...warnings, ...plan.warnings].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) } : plan, dict);
  // an extracted text has a line per paragraph or row of the original, not its lines: a warning quotes the paragraph
  return !isTextFormat(format) ? { ...linked, warnings: quoteParagraphs(linked.warnings, text, whereInSource(format, pages)) } : linked;
}

/** Returns what `read` returns, or null when it throws InputError, whose problems are added to `problems`; any other error is thrown on. */
export async function collectProblems<T>(problems: Problem[], read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problems.push(...e.problems);
    return null;
  }
}

/** Returns the raw Markdown notes beside each plan: notes/<plan-id>/*.md, by plan id, files sorted; throws InputError for a folder naming no plan. */
export async function readNoteFiles(paths: Paths, planIds: string[]): Promise<Map<string, { file: string; content: string }[]>> {
  const out = new Map<string, { file: string; content: string }[]>();
  if (!existsSync(paths.notes)) return out;
  const problems = [];
  for (const dir of (await readdir(paths.notes, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    if (!planIds.includes(dir)) {
      problems.push({ file: `${paths.notes}/${dir}`, line: 0, column: 0, reason: `没有编号为“${dir}”的计划：文件夹名须是 data/plans.csv 中的编号` });
      continue;
    }
    const files = (await readdir(join(paths.notes, dir))).filter((f) => f.endsWith(".md")).sort();
    const read = async (f: string) => {
      const file = `${paths.notes}/${dir}/${f}`;
      return { file, content: decodeText(await readRegularFile(join(paths.notes, dir), f, LIMITS.noteBytes), file).text };
    };
    out.set(dir, await Promise.all(files.map(read)));
  }
  if (problems.length) throw new InputError(problems);
  return out;
}

/** What every plan is read from: the catalogue rows, the lists plans are linked to, and each plan's notes; throws InputError on a bad catalogue, list or notes folder. */
export async function readPlanInputs(paths: Paths) {
  const [rows, dict] = await Promise.all([loadCatalogue(paths), loadDictionaries(paths)]);
  const noteFiles = await readNoteFiles(paths, rows.map((r) => r.id));
  return { rows: rows.map(({ line: _line, ...row }) => row), dict, notesOf: (id: string) => noteFiles.get(id) ?? [] };
}

/** Returns one plan (parsed, linked, its notes attached) and the problems of its notes; throws InputError for a file that cannot be read (see buildPlan). */
export async function readPlan(row: Omit<CatalogueRow, "line">, source: { bytes: Uint8Array; sha256: string }, dict: Dictionaries, notes: { file: string; content: string }[]) {
  return attachNotes(await buildPlan(row, source.bytes, source.sha256, dict), notes);
}

/**
 * Returns every plan of the catalogue as the plan loader stores it, for work outside Astro — the
 * search index is built from it while Astro renders the pages. Throws InputError on a bad catalogue,
 * list, note or plan file, as the loader does, listing the problems of every plan.
 */
export async function readPlans(paths: Paths): Promise<Plan[]> {
  const { rows, dict, notesOf } = await readPlanInputs(paths);
  const problems: Problem[] = [];
  const plans: Plan[] = [];
  for (const row of rows) {
    const read = await collectProblems(problems, async () => readPlan(row, await readSourceBytes(paths.seeds, row.file), dict, notesOf(row.id)));
    if (!read) continue;
    problems.push(...read.problems);
    plans.push(read.plan);
  }
  if (problems.length) throw new InputError(problems);
  return plans;
}

/**
 * Returns the progress rows of data/progress.csv (none when the file is absent), checked against the
 * plans they are about and the reports they quote — only those documents are read and parsed — and
 * against data/indicator-values.csv (jurisdictions left empty read as `defaultJurisdiction`); throws InputError on any bad row.
 */
export async function loadProgress(paths: Paths, defaultJurisdiction: string | null = null): Promise<ProgressRecord[]> {
  if (!paths.progress || !existsSync(paths.progress)) return [];
  const table = readCsv(await readFile(paths.progress), paths.progress);
  const [rows, dict, values] = await Promise.all([loadCatalogue(paths), loadDictionaries(paths), loadIndicatorValues(paths)]);
  const cited = new Set(table.rows.flatMap((r) => r.cells));
  const docs = [];
  for (const { line: _line, ...row } of rows.filter((r) => cited.has(r.id))) docs.push((await readPlan(row, await readSourceBytes(paths.seeds, row.file), dict, [])).plan);
  return readProgress(table, docs.map((d) => withDefaultJurisdiction(d, defaultJurisdiction)), values.map((o) => withDefaultJurisdiction(o, defaultJurisdiction)));
}

/** Returns a catalogued document's text as the parser reads it (for matching a report's sentences to its plan); throws InputError as the build would. */
export async function readDocumentText(paths: Paths, file: string): Promise<string> {
  const { bytes } = await readSourceBytes(paths.seeds, file);
  return (await readSourceText(`${paths.seeds}/${file}`, bytes, extname(file).slice(1).toLowerCase())).text;
}
