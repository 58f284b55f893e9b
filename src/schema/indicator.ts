/** The indicator dictionary (data/indicators.csv): what plans set targets for, and the names plans use for it. */
import { z } from "zod";
import { optionalText } from "./cells.ts";

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/; // URL-safe: industrial-value-added

/** An indicator as the site and the open data hold it. */
export const IndicatorSchema = z.object({
  id: z.string().regex(ID).describe("指标编号"),
  name: z.string().describe("名称"),
  unit: z.string().nullable().describe("单位；定性指标为 null"), // null for a qualitative indicator (工业节能完成上级下达任务)
  category: z.string().describe("类别"),
  aliases: z.array(z.string()).describe("计划中的其他叫法"), // the other names plans use: 规上工业增加值, 工业增加值 …
});

/** One row of data/indicators.csv as the editor writes it; parses to an Indicator. */
export const IndicatorRowSchema = z.object({
  id: z.string().regex(ID, "编号只能用小写英文字母、数字和连字符，如 industrial-value-added"),
  name: z.string().min(1, "缺少名称"),
  unit: optionalText,
  category: z.string().min(1, "缺少类别"),
  aliases: z.string().transform((s) => s.split(/[|｜;；]/).map((a) => a.trim()).filter(Boolean)), // 规上工业增加值|工业增加值
});

export type Indicator = z.output<typeof IndicatorSchema>;

export const INDICATOR_COLUMNS: Record<keyof z.input<typeof IndicatorRowSchema>, string[]> = {
  id: ["id", "编号"],
  name: ["name", "名称"],
  unit: ["unit", "单位"],
  category: ["category", "类别"],
  aliases: ["aliases", "别名"],
};
