/** indicators: reads the indicator dictionary and values, and links each goal to the indicator its words name. */
import { INDICATOR_COLUMNS, IndicatorRowSchema, type Indicator } from "../schema/indicator.ts";
import { INDICATOR_VALUE_COLUMNS, IndicatorValueCsvRowSchema, OPTIONAL_VALUE_COLUMNS } from "../schema/indicator-value.ts";
import { ObservationSchema } from "../schema/observation.ts";
import { readValueCell } from "./redactions.ts";

import type { Commitment, Goal, Plan, Warning } from "../schema/plan.ts";
import type { Observation } from "../schema/observation.ts";
import type { CsvTable } from "./csv.ts";
import { InputError, type Problem } from "./input-error.ts";
import { columnNumber, readRecords } from "./records.ts";
import { mapMeasures, withWarnings } from "./plan-text.ts";

/** Returns the dictionary's rows; throws InputError for a bad cell, a duplicate id or an alias given to two indicators. */
export function readIndicators(table: CsvTable): Indicator[] {
  const { rows, problems } = readRecords(table, IndicatorRowSchema, INDICATOR_COLUMNS);
  const column = (field: string) => columnNumber(table, INDICATOR_COLUMNS, field);
  const ids = new Map<string, number>();
  const aliases = new Map<string, string>();
  for (const row of rows) {
    const at = (field: string, reason: string): Problem => ({ file: table.file, line: row.line, column: column(field), reason });
    if (ids.has(row.id)) problems.push(at("id", `编号“${row.id}”重复（第 ${ids.get(row.id)} 行已使用）`));
    ids.set(row.id, row.line);
    for (const alias of [row.name, ...row.aliases]) {
      const owner = aliases.get(alias);
      if (owner && owner !== row.id) problems.push(at("aliases", `别名“${alias}”已属于指标“${owner}”`));
      aliases.set(alias, row.id);
    }
  }
  if (problems.length) throw new InputError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  return rows.map(({ line: _line, ...indicator }) => indicator);
}

/**
 * Returns the id of the indicator a goal names: the indicator with the longest name or alias found
 * in the goal's subject, else in its text; null when none is found.
 */
export function resolveIndicator(goal: Pick<Goal, "subject" | "text">, indicators: Indicator[]): string | null {
  for (const field of [goal.subject, goal.text]) {
    let best: { id: string; length: number } | null = null;
    for (const ind of indicators)
      for (const alias of [ind.name, ...ind.aliases])
        if (field.includes(alias) && alias.length > (best?.length ?? 0)) best = { id: ind.id, length: alias.length };
    if (best) return best.id;
  }
  return null;
}

/**
 * Returns the plan with each goal linked to its indicator in the goal's unit (a warning names each goal that matches
 * none), and each commitment linked to the indicator it is a target of: one whose name it uses and
 * whose unit it shares (新增规模工业企业32家 → 新增规模以上工业企业, 家). Other commitments stay unlinked.
 */
export function linkIndicators(plan: Plan, indicators: Indicator[]): Plan {
  const warnings: Warning[] = [];
  const goals = plan.goals.map((goal) => {
    const indicator = resolveIndicator(goal, goal.unit === null ? indicators : indicators.filter((i) => i.unit === goal.unit)); // 完成技改投资50亿元 is the amount, not the growth rate
    if (!indicator) warnings.push({ line: goal.line, message: `目标“${goal.text}”不是指标表 data/indicators.csv 中任何指标的名称或别名：若它是表中某项指标的另一种说法，请给那项指标补充别名；表中没有这项指标时无需处理` });
    return { ...goal, indicator };
  });
  const linkCommitment = (c: Commitment): Commitment => ({ ...c, indicator: resolveIndicator(c, indicators.filter((i) => i.unit === c.unit)) });
  const { parts } = mapMeasures(plan, (m) => ({ ...m, commitments: m.commitments.map(linkCommitment) }));
  return withWarnings({ ...plan, parts, goals }, warnings);
}

/**
 * Returns the indicator values as observations, in file order. Throws InputError naming file, line and column for a
 * bad cell (a value that is not a number — X or * mean redacted), an unknown indicator, a year with
 * no plan, or a second value for the same (indicator, year, kind).
 */
export function readIndicatorValues(table: CsvTable, indicators: Indicator[], planYears: number[], jurisdictions: (string | null)[] = [null]): Observation[] {
  const { rows, problems } = readRecords(table, IndicatorValueCsvRowSchema, INDICATOR_VALUE_COLUMNS, OPTIONAL_VALUE_COLUMNS);
  const column = (field: string) => columnNumber(table, INDICATOR_VALUE_COLUMNS, field);
  const seen = new Map<string, number>();
  const observations: Observation[] = [];
  for (const row of rows) {
    const at = (field: keyof typeof INDICATOR_VALUE_COLUMNS, reason: string): Problem => ({ file: table.file, line: row.line, column: column(field), reason });
    const cell = readValueCell(row.value);
    if (!cell || (!cell.redacted && cell.value === null)) problems.push(at("value", `value：“${row.value}”不是数字（未公开的数值请填 X 或 *）`));
    else
      observations.push(ObservationSchema.parse({
        indicator: row.indicator, year: row.year, kind: row.kind, value: cell.value, unit: row.unit, redacted: cell.redacted, qualifier: null, status: row.status, text: null, jurisdiction: row.jurisdiction,
        source: { title: row.source, date: row.sourceDate, plan: null, anchor: null, place: null },
        note: row.note,
      }));
    if (!indicators.some((i) => i.id === row.indicator)) problems.push(at("indicator", `未知的指标编号“${row.indicator}”：请先在 data/indicators.csv 中登记`));
    if (!planYears.includes(row.year)) problems.push(at("year", `${row.year} 年没有已发布的计划（已有：${[...planYears].sort().join("、")}）`));
    if (!jurisdictions.includes(row.jurisdiction)) {
      const known = [...new Set(jurisdictions)].map((j) => j ?? "（未写行政区划的）").join("、");
      problems.push(at("jurisdiction", row.jurisdiction === null
        ? `这一行没有写行政区划，而计划目录中的计划都写了（${known}）：请写明这个数字是哪里的`
        : `行政区划“${row.jurisdiction}”没有已发布的计划（已有：${known}）：一个地方的数字不能放在另一个地方的计划旁`));
    }
    const key = `${row.indicator}|${row.year}|${row.kind}|${row.jurisdiction ?? ""}`;
    if (seen.has(key)) problems.push(at("kind", `“${row.indicator}”${row.year} 年的 ${row.kind} 已在第 ${seen.get(key)} 行填写`));
    else seen.set(key, row.line);
  }
  if (problems.length) throw new InputError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  return observations;
}
