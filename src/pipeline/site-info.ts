/** site-info: reads data/site.csv (字段,值 — one field a row) into the site's identity; unknown fields are null. */
import { SITE_COLUMNS, SITE_FIELDS, SiteCsvRowSchema, SiteInfoSchema, type SiteInfo } from "../schema/site.ts";
import type { CsvTable } from "./csv.ts";
import { InputError, type Problem } from "./input-error.ts";
import { readRecords } from "./records.ts";

type Field = keyof SiteInfo;
const FIELD_OF = new Map(Object.entries(SITE_FIELDS).map(([key, name]) => [name, key as Field]));

/** The identity when data/site.csv is missing or empty: nothing known. */
export const NO_SITE_INFO: SiteInfo = SiteInfoSchema.parse(Object.fromEntries(Object.keys(SITE_FIELDS).map((k) => [k, ""])));

/**
 * Returns the site's identity from the rows of data/site.csv. Throws InputError naming file:line:column for a
 * bad header, a field name nobody knows (a misspelling), a field given twice, or a value of the wrong form
 * (a 网站标识码 that is not 10 letters or digits, an ICP number not shaped like one, a domain with https://).
 */
export function readSiteInfo(table: CsvTable): SiteInfo {
  const { rows, problems } = readRecords(table, SiteCsvRowSchema, SITE_COLUMNS);
  if (problems.length) throw new InputError(problems);
  const at = (line: number, column: number, reason: string): Problem => ({ file: table.file, line, column, reason });
  const lineOf = new Map<Field, number>();
  const input: Record<string, string> = Object.fromEntries(Object.keys(SITE_FIELDS).map((k) => [k, ""]));
  for (const { field: name, value, line } of rows) {
    const field = FIELD_OF.get(name);
    if (!field) problems.push(at(line, 1, `未知的字段“${name}”，应为：${Object.values(SITE_FIELDS).join("、")}`));
    else if (lineOf.has(field)) problems.push(at(line, 1, `字段“${name}”重复（第 ${lineOf.get(field)} 行已填写）：每个字段只填一行`));
    else {
      lineOf.set(field, line);
      input[field] = value;
    }
  }
  const parsed = SiteInfoSchema.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as Field;
      problems.push(at(lineOf.get(field) ?? 0, 2, `${SITE_FIELDS[field]}：${issue.message}`));
    }
  if (problems.length || !parsed.success) throw new InputError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  return parsed.data;
}

/** Returns `x` with the site's default 行政区划 (data/site.csv 默认行政区划) when it names none. */
export function withDefaultJurisdiction<T extends { jurisdiction: string | null }>(x: T, fallback: string | null): T {
  return x.jurisdiction === null && fallback ? { ...x, jurisdiction: fallback } : x;
}
