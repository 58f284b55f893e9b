/** quantities: finds stated amounts — 40家, 40 家, 1万个, 1200亩, X%, *家以上 — and reads their value, unit and qualifier. */
import { REDACTION_SOURCE } from "./redactions.ts";
import { toAsciiDigits } from "./numerals.ts";

export interface Quantity {
  start: number; // offset of the value (or of a leading qualifier such as 不低于)
  end: number; // offset after the unit and any trailing qualifier
  value: number | null; // null when redacted
  unit: string;
  redacted: boolean;
  qualifier: string | null;
}

// Longest first, so that 亿元 wins over 元 and 个百分点 over 个.
const UNITS = [
  "个百分点", "百分点", "万平方米", "平方米", "万千瓦时", "千瓦时", "万千瓦", "千瓦", "亿元", "万元", "万吨", "公里", "千米",
  "%", "％", "家", "户", "个", "项", "台", "亩", "人", "次", "条", "座", "吨", "套", "件", "所", "批", "场", "辆", "名", "处", "栋", "间", "元", "倍",
];
const COUNT_UNITS = "个|家|户|人|台|项|亩|件|套|次|辆|名"; // units a 万/千/百/亿 multiplier may stand before
const NUMBER = "[0-9０-９]+(?:[.．][0-9０-９]+)?";
const SPACE = "[ \\u00a0]?"; // one space may stand between a number and its unit, as typed or as a PDF's text layer writes it: 40 家
const QUANTITY = new RegExp(
  `(?:(不低于|不少于|不超过|超过|控制在)${SPACE})?` + // leading qualifier
    `(?<![0-9０-９.．A-Za-z第])(?<!第[ \\u00a0])(${NUMBER}|${REDACTION_SOURCE})${SPACE}` + // the value; not an ordinal (第3, 第 3) or part of a word
    `(?:([万千百亿])(?=${COUNT_UNITS}))?` + // multiplier: 1万个
    `(${UNITS.map(escape).join("|")})` + // the unit: years (年), 5G, 100周年 have none
    "(及以上|以上|左右|以内|以下|上下)?", // trailing qualifier
  "g",
);
const MULTIPLIER: Record<string, number> = { 万: 1e4, 千: 1e3, 百: 1e2, 亿: 1e8 };

function escape(s: string): string {
  return s.replace(/[%]/g, "\\$&");
}

/** Returns the quantities in `text`, in order. Ordinals (第3), years (2022年) and names (5G, 建党100周年) are not quantities. */
export function findQuantities(text: string): Quantity[] {
  return [...text.matchAll(QUANTITY)].map((m) => {
    const [whole, before, raw, multiplier, unit, after] = m as unknown as (string | undefined)[];
    const redacted = !/^[0-9０-９]/.test(raw!);
    const scale = multiplier ? MULTIPLIER[multiplier]! : 1;
    return {
      start: m.index,
      end: m.index + whole!.length,
      value: redacted ? null : round(Number(toAsciiDigits(raw!)) * scale),
      unit: unit === "％" ? "%" : unit!,
      redacted,
      qualifier: after ?? before ?? null,
    };
  });
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
