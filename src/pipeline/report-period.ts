/** report-period: how much of the year a report covers — 一季度, 上半年, 前三季度, 1—11月, 全年, or an as-of date. */

import { periodMonths } from "../schema/cells.ts";

export { periodMonths };

export interface Elapsed {
  share: number; // the share of the year elapsed, 0 < share ≤ 1
  months: number | null; // whole months when the period names them (上半年 → 6); null when read from a date
  basis: string; // how it was read, as a reader would say it: 报告期“上半年” / 截至日期 2022年6月30日
}

/**
 * Returns the share of the year a report covers: from its period label when it names months (1—11月 →
 * 11/12), else from its as-of date (the date's place in the year: 6月30日 → 181/365), else null.
 */
export function elapsedShare(period: string | null, asOf: string | null): Elapsed | null {
  const months = period ? periodMonths(period) : null;
  if (months !== null) return { share: months / 12, months, basis: `报告期“${period}”` };
  if (!asOf) return null;
  const [y, m, d] = asOf.split("-").map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  const passed = (Date.UTC(y, m - 1, d) - start) / 86_400_000 + 1;
  const lastOfMonth = new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
  return lastOfMonth ? { share: m / 12, months: m, basis: `截至${m}月底` } : { share: passed / days, months: null, basis: `截至${m}月${d}日（全年第 ${passed} 天，共 ${days} 天）` };
}
