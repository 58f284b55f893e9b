#!/usr/bin/env -S npx tsx
// Checks one document before it is added: prints its Plan JSON (exit 0) or a clear error (exit 1).
// Usage: npm run --silent parse -- <file> [--year YYYY]
// The catalogue row for the file (data/plans.csv) supplies id, title, issuer and year; --year overrides it.
import { basename } from "node:path";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { buildPlan, DEFAULT_PATHS, loadCatalogue, loadDictionaries } from "../src/io/read-source.ts";
import { InputError } from "../src/pipeline/input-error.ts";

const USAGE = "用法 usage: npm run --silent parse -- <文件 file> [--year YYYY]";

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main() {
  const args = process.argv.slice(2);
  const yearAt = args.indexOf("--year");
  const yearArg = yearAt === -1 ? null : args[yearAt + 1] ?? "";
  const file = args.find((a, i) => !a.startsWith("--") && (yearAt === -1 || i !== yearAt + 1));
  if (!file) fail(USAGE);
  if (yearArg !== null && !/^\d{4}$/.test(yearArg)) fail(`--year 须为四位数字的年份，收到“${yearArg}”\n${USAGE}`);
  if (!existsSync(file)) fail(`找不到文件 file not found: ${file}`);
  if (!/\.(txt|md|docx)$/i.test(file)) fail(`不支持的文件格式 unsupported format: ${file}（支持 .txt、.md、.docx）`);

  const name = basename(file);
  let row = null;
  try {
    row = (await loadCatalogue(DEFAULT_PATHS)).find((r) => r.file === name) ?? null;
  } catch (e) {
    if (!(e instanceof InputError)) throw e; // a broken catalogue does not stop checking a document
  }
  const year = yearArg ? Number(yearArg) : row?.year;
  if (!year) fail(`不知道“${name}”是哪一年的计划：目录 data/plans.csv 中没有它，请加 --year YYYY\nthe year is unknown: pass --year YYYY`);
  const bytes = await readFile(file);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const meta = row ?? {
    file: name, id: name.replace(/\.[^.]+$/, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "plan",
    year, title: "", issuer: "", note: null, indexNumber: null, docNumber: null, category: null,
    dateWritten: null, datePublished: null, validity: null, keywords: null,
  };
  const plan = await buildPlan({ ...meta, year }, bytes, sha256, await loadDictionaries(DEFAULT_PATHS));
  process.stdout.write(JSON.stringify(plan, null, 2) + "\n");
}

main().catch((e) => fail(`无法解析 cannot parse: ${e instanceof Error ? e.message : String(e)}`));
