/** slug: readable, stable URL segments for Chinese names — their pinyin, without tones — that never collide. */
import { createHash } from "node:crypto";
import { pinyin } from "pinyin-pro";

/**
 * Returns the name's pinyin syllables, lower case, joined by hyphens: 英科医疗 → ying-ke-yi-liao, 铝箔 →
 * lv-bo; Latin letters and digits kept. A name with nothing to spell (only punctuation or symbols) gets
 * `n-` and the first 8 hex digits of its SHA-256, so that no slug is empty.
 */
export function slugify(name: string): string {
  const slug = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" })
    .map((s) => s.toLowerCase().replace(/ü/g, "v").replace(/[^a-z0-9]+/g, ""))
    .filter(Boolean)
    .join("-");
  return slug || `n-${createHash("sha256").update(name).digest("hex").slice(0, 8)}`;
}

/**
 * Returns a slug for each of `keys` (by key) that no other key shares: `slugOf(key)`, and where several
 * keys spell the same (综合股办公室, 综合股（办公室）), the shortest key (then the first in code-point order)
 * keeps it and the others add -2, -3 … in that order. The same keys always give the same slugs.
 */
export function uniqueSlugs(keys: string[], slugOf: (key: string) => string = slugify): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const key of new Set(keys)) groups.set(slugOf(key), [...(groups.get(slugOf(key)) ?? []), key]);
  const taken = new Set(groups.keys());
  const out = new Map<string, string>();
  for (const [slug, group] of groups) {
    const [first, ...rest] = group.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    out.set(first!, slug);
    let n = 2;
    for (const key of rest) {
      while (taken.has(`${slug}-${n}`)) n++;
      taken.add(`${slug}-${n}`);
      out.set(key, `${slug}-${n}`);
    }
  }
  return out;
}
