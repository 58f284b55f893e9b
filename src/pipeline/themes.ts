/** themes: reads the theme list and puts each measure under the themes its words name, falling back on text similarity. */
import { THEME_COLUMNS, ThemeCsvRowSchema, type Theme } from "../schema/theme.ts";
import type { Measure, Plan, Warning } from "../schema/plan.ts";
import type { CsvTable } from "./csv.ts";
import { InputError, type Problem } from "./input-error.ts";
import { columnNumber, readRecords } from "./records.ts";
import { bigrams, cosine } from "./similarity.ts";
import { mapMeasures, withWarnings } from "./plan-text.ts";

const FALLBACK_MIN = 0.08; // least bigram cosine with a theme's words for the fallback to place a measure

/** Returns the theme list; throws InputError for a bad cell or a duplicate id. */
export function readThemes(table: CsvTable): Theme[] {
  const { rows, problems } = readRecords(table, ThemeCsvRowSchema, THEME_COLUMNS);
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (seen.has(row.id)) problems.push({ file: table.file, line: row.line, column: columnNumber(table, THEME_COLUMNS, "id"), reason: `编号“${row.id}”重复（第 ${seen.get(row.id)} 行已使用）` } satisfies Problem);
    seen.set(row.id, row.line);
  }
  if (problems.length) throw new InputError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  return rows.map(({ line: _line, ...theme }) => theme);
}

/** Returns a measure's own words: its text without the responsibility annotation (so 技改与创新办公室 is not 创新). */
export function measureBody(m: Pick<Measure, "text" | "responsibility">): string {
  return m.responsibility ? m.text.replace(m.responsibility.raw, "") : m.text;
}

/**
 * Returns the theme ids for a measure's words, in theme-list order: every theme one of whose keywords
 * they contain; when none does, the one theme whose name, keywords and description share most
 * character bigrams with them (cosine ≥ 0.08); else none.
 */
export function themesOf(body: string, themes: Theme[]): { ids: string[]; by: "keyword" | "similarity" | null } {
  const ids = themes.filter((t) => t.keywords.some((k) => body.includes(k))).map((t) => t.id);
  if (ids.length > 0) return { ids, by: "keyword" };
  const words = bigrams(body);
  const best = themes
    .map((t) => ({ id: t.id, score: cosine(words, bigrams([t.name, ...t.keywords, t.description ?? ""].join("，"))) }))
    .sort((a, b) => b.score - a.score)[0];
  return best && best.score >= FALLBACK_MIN ? { ids: [best.id], by: "similarity" } : { ids: [], by: null };
}

/** Returns the plan with Measure.themes set, and a warning naming each measure that fits no theme. */
export function assignThemes(plan: Plan, themes: Theme[]): Plan {
  const warnings: Warning[] = [];
  const withThemes = mapMeasures(plan, (m) => {
    const { ids } = themesOf(measureBody(m), themes);
    if (ids.length === 0) warnings.push({ line: m.line, message: `措施“${m.title || m.text.slice(0, 20)}”不属于任何主题：请在 data/themes.csv 中补充关键词` });
    return { ...m, themes: ids };
  });
  return withWarnings(withThemes, warnings);
}

const CLAUSE_BREAK = /[，,、；;。！？!?\n]/; // ends a clause, or an item of a list

/**
 * Returns the themes a commitment belongs to: those of its measure whose keywords its own clause holds
 * (推动高罗输送装备等10家企业通过国家两化融合贯标认证 → 数字化转型), else — a clause naming none — all its
 * measure's themes. So a long paragraph's commitments are not all put under each of its themes.
 */
export function commitmentThemes(m: Pick<Measure, "text" | "themes">, c: { start: number; end: number }, themes: Theme[]): string[] {
  let [from, to] = [c.start, c.end];
  while (from > 0 && !CLAUSE_BREAK.test(m.text[from - 1]!)) from--;
  while (to < m.text.length && !CLAUSE_BREAK.test(m.text[to]!)) to++;
  const clause = m.text.slice(from, to);
  const named = themes.filter((t) => m.themes.includes(t.id) && t.keywords.some((k) => clause.includes(k))).map((t) => t.id);
  return named.length > 0 ? named : m.themes;
}
