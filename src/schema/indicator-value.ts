/** Indicator values (data/indicator-values.csv): reported results (and any target not stated in a plan), each with its source. */
import { z } from "zod";
import { optionalDate, optionalText } from "./cells.ts";
import { ObservationKind } from "./observation.ts";


/** One row of data/indicator-values.csv as the editor writes it; readIndicatorValues turns it into an Observation (X or * in value: redacted). */
export const IndicatorValueCsvRowSchema = z.object({
  indicator: z.string().min(1, "缺少指标编号"),
  year: z.string().regex(/^\d{4}$/, "年度须为四位数字的年份，如 2023").transform(Number),
  kind: z.enum(ObservationKind.options, { errorMap: () => ({ message: "类型须为 target（目标）、stretch（力争目标）或 actual（实际）" }) }),
  value: z.string(),
  unit: optionalText,
  status: optionalText, // e.g. 预计数
  source: z.string().min(1, "缺少来源：每个数字都必须注明出处"),
  sourceDate: optionalDate,
  note: optionalText,
  jurisdiction: z.string().optional().transform((s) => (s ?? "").trim() || null), // 行政区划: whose figure; empty: the site's one
});

export const INDICATOR_VALUE_COLUMNS: Record<keyof z.input<typeof IndicatorValueCsvRowSchema>, string[]> = {
  indicator: ["indicator", "指标"],
  year: ["year", "年度"],
  kind: ["kind", "类型"],
  value: ["value", "数值"],
  unit: ["unit", "单位"],
  status: ["status", "状态"],
  source: ["source", "来源"],
  sourceDate: ["source_date", "来源日期"],
  note: ["note", "备注"],
  jurisdiction: ["jurisdiction", "行政区划"],
};

/** Columns that may be left out of the header: a single-county site names no jurisdiction. */
export const OPTIONAL_VALUE_COLUMNS = new Set(["jurisdiction"]);
