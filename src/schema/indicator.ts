/** The indicator dictionary (data/indicators.csv): what plans set targets for, and the names plans use for it. */
import { z } from "zod";
import { optionalText } from "./cells.ts";

export const IndicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "编号只能用小写英文字母、数字和连字符，如 industrial-value-added"),
  name: z.string().min(1, "缺少名称"),
  unit: optionalText, // empty for a qualitative indicator
  category: z.string().min(1, "缺少类别"),
  aliases: z.string().transform((s) => s.split(/[|｜;；]/).map((a) => a.trim()).filter(Boolean)), // 规上工业增加值|工业增加值
});

export type Indicator = z.output<typeof IndicatorSchema>;

export const INDICATOR_COLUMNS: Record<keyof z.input<typeof IndicatorSchema>, string[]> = {
  id: ["id", "编号"],
  name: ["name", "名称"],
  unit: ["unit", "单位"],
  category: ["category", "类别"],
  aliases: ["aliases", "别名"],
};
