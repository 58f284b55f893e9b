#!/usr/bin/env -S npx tsx
// Checks one document before it is added: prints a readable outline (default) or its Plan JSON (--json),
// exit 0; or a clear error, exit 1.
// Usage: npm run --silent parse -- <file> [--year YYYY] [--json]
// The catalogue row for the file (data/plans.csv) supplies id, title, issuer, year and kind; without
// one, a saved copy's own header (source:/title:/year:/kind: lines) or the text itself does.
import { basename, extname } from "node:path";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { buildPlan, DEFAULT_PATHS, loadCatalogue, loadDictionaries } from "../src/io/read-source.ts";
import { sha256 } from "../src/io/hash.ts";
import { InputError } from "../src/pipeline/input-error.ts";
import { detectYear, headerKind, readFixtureHeader } from "../src/pipeline/fixture-header.ts";
import { planOutline } from "./lib/outline.ts";
import { readPlanText } from "../src/io/read-plan-text.ts";
import { SOURCE_EXTENSION, SOURCE_EXTENSION_HINT } from "../src/schema/catalogue.ts";
import { isTextFormat } from "../src/pipeline/extracted-text.ts";

const USAGE = "用法 usage: npm run --silent parse -- <文件 file> [--year YYYY] [--json]";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}


async function main() {
  const args = process.argv.slice(2);
  const yearAt = args.indexOf("--year");
  const yearArg = yearAt === -1 ? null : args[yearAt + 1] ?? "";
  const json = args.includes("--json");
  const file = args.find((a, i) => !a.startsWith("--") && (yearAt === -1 || i !== yearAt + 1));
  if (!file) fail(USAGE);
  if (yearArg !== null && !/^\d{4}$/.test(yearArg)) fail(`--year 须为四位数字的年份，收到“${yearArg}”\n${USAGE}`);
  if (!existsSync(file)) fail(`找不到文件 file not found: ${file}`);
  if (!SOURCE_EXTENSION.test(file)) fail(`不支持的文件格式 unsupported format: ${file}（${SOURCE_EXTENSION_HINT}）`);

  const name = basename(file);
  let row = null;
  try {
    row = (await loadCatalogue(DEFAULT_PATHS)).find((r) => r.file === name) ?? null;
  } catch (e) {
    if (!(e instanceof InputError)) throw e; // a broken catalogue does not stop checking a document
  }
  let bytes: Uint8Array = await readFile(file);
  const digest = sha256(bytes);
  // A saved copy may open with source:/title:/year:/kind: lines: they describe it, they are not its text.
  // They are blanked (not removed), so line numbers still count in the file as it is.
  const isText = isTextFormat(extname(file).slice(1).toLowerCase());
  const header = isText ? readFixtureHeader(new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "")) : null;
  if (header) bytes = new TextEncoder().encode("\n".repeat(header.lines) + header.body);
  const text = isText ? new TextDecoder("utf-8", { fatal: false }).decode(bytes) : yearArg || row ? "" : (await readPlanText(bytes, extname(file).slice(1).toLowerCase(), file)).text;
  const year = yearArg ? Number(yearArg) : row?.year ?? (header?.fields.year ? Number(header.fields.year) : null) ?? detectYear(text);
  if (!year) fail(`不知道“${name}”是哪一年的计划：目录 data/plans.csv 中没有它，文中也没有写年份，请加 --year YYYY\nthe year is unknown: pass --year YYYY`);
  const meta = row ?? {
    file: name, id: name.replace(/\.[^.]+$/, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "plan",
    year, title: header?.fields.title ?? "", issuer: header?.fields.issuer ?? "", note: null, indexNumber: null, docNumber: null, category: null,
    dateWritten: null, datePublished: null, validity: null, keywords: null, jurisdiction: null, reportsOn: null, period: null, asOf: null, kind: headerKind(header),
  };
  const plan = await buildPlan({ ...meta, year }, bytes, digest, await loadDictionaries(DEFAULT_PATHS));
  const out = json ? JSON.stringify(plan, null, 2) : planOutline(plan);
  process.stdout.write(out + "\n");
}

main().catch((e) => fail(`无法解析 cannot parse: ${e instanceof Error ? e.message : String(e)}`));
