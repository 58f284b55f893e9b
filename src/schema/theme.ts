/** Themes (data/themes.csv): the lines of work a bureau plans, and the keywords that put a measure under one. */
import { z } from "zod";
import { optionalText } from "./cells.ts";

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/; // URL-safe: enterprise-growth

/** A theme as the site and the open data hold it. */
export const ThemeSchema = z.object({
  id: z.string().regex(ID),
  name: z.string(),
  keywords: z.array(z.string()), // a measure whose text holds one of these is under the theme
  description: z.string().nullable(),
});

/** One row of data/themes.csv as the editor writes it. */
export const ThemeCsvRowSchema = z.object({
  id: z.string().regex(ID, "编号只能用小写英文字母、数字和连字符，如 enterprise-growth"),
  name: z.string().min(1, "缺少名称"),
  keywords: z.string().transform((s) => s.split(/[|｜;；]/).map((k) => k.trim()).filter(Boolean)).refine((k) => k.length > 0, "至少填一个关键词（用 | 分隔）"),
  description: optionalText,
});

export type Theme = z.output<typeof ThemeSchema>;

export const THEME_COLUMNS: Record<keyof z.input<typeof ThemeCsvRowSchema>, string[]> = {
  id: ["id", "编号"],
  name: ["name", "名称"],
  keywords: ["keywords", "关键词"],
  description: ["description", "说明"],
};
