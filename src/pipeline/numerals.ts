/** numerals: reads Chinese numerals (一 … 九十九), full-width digits and circled numbers. */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Returns the value of a Chinese numeral such as 三, 十二, 二十四, 一百零五; null if `s` is not one. */
export function parseChineseNumeral(s: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch === "百" || ch === "十") {
      total += (digit ?? 1) * (ch === "百" ? 100 : 10);
      digit = null;
    } else {
      if (digit !== null && digit !== 0) return null; // 二三 is not a numeral
      digit = DIGITS[ch] ?? null;
    }
  }
  return total + (digit ?? 0);
}

/** Returns `s` with full-width digits and full-width dots turned into ASCII. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, ".");
}

/** Returns the number written in ASCII or full-width digits, or null. */
export function parseArabic(s: string): number | null {
  const ascii = toAsciiDigits(s);
  return /^\d+(\.\d+)?$/.test(ascii) ? Number(ascii) : null;
}

/** Returns 1 … 20 for ① … ⑳, or null. */
export function parseCircled(s: string): number | null {
  const code = s.codePointAt(0) ?? 0;
  return s.length === 1 && code >= 0x2460 && code <= 0x2473 ? code - 0x245f : null;
}

/** Returns the Arabic form of a Chinese part/section number for anchors: 三 → "3"; unknown → the input. */
export function anchorNumber(s: string | null): string {
  if (s === null || s === "") return "0";
  const n = parseChineseNumeral(s);
  return n === null ? encodeURIComponent(s) : String(n);
}
