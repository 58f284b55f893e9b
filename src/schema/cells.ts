/** cells: how a CSV cell or note field reads — an empty cell is null, never "" or 0; a date is a real calendar date. */
import { z } from "zod";

/** A text cell: "" → null. */
export const optionalText = z.string().transform((s) => (s === "" ? null : s));

/** Returns YYYY-MM-DD for 2023-01-12, 2023/1/12 (Excel's display) or 2023年1月12日 when it names a real calendar day (no 2023-02-30, no month 13); otherwise null. */
export function readDate(s: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A date cell: "" → null; a real calendar date → YYYY-MM-DD; anything else is an issue naming what was written. */
export const optionalDate = z.string().transform((s, ctx) => {
  if (s === "") return null;
  const iso = readDate(s);
  if (iso === null) {
    ctx.addIssue({ code: "custom", message: `“${s}”不是一个真实的日期，请写成 2023-01-12` });
    return z.NEVER;
  }
  return iso;
});

const NAMED: [RegExp, number][] = [
  [/^(?:第?一|1)季度$/, 3],
  [/^(?:上半年|半年|1[-—–~～至到]6月份?)$/, 6],
  [/^(?:前三季度|1[-—–~～至到]9月份?)$/, 9],
  [/^(?:全年|年度|年底|年末|1[-—–~～至到]12月份?)$/, 12],
];

/** Returns the months a period label covers from January: 一季度 3, 上半年 6, 前三季度 9, 1—11月 11, 全年 12; null for anything else. */
export function periodMonths(label: string): number | null {
  const s = label.trim().replace(/\s+/g, "");
  for (const [re, months] of NAMED) if (re.test(s)) return months;
  const range = /^1[-—–~～至到](\d{1,2})月份?$/.exec(s);
  if (range) {
    const n = Number(range[1]);
    return n >= 1 && n <= 12 ? n : null;
  }
  return null;
}
