/** slug: readable, stable URL segments for Chinese names — their pinyin, without tones. */
import { pinyin } from "pinyin-pro";

/** Returns the name's pinyin syllables, lower case, joined by hyphens: 英科医疗 → ying-ke-yi-liao, 铝箔 → lv-bo; Latin letters and digits kept. */
export function slugify(name: string): string {
  return pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" })
    .map((s) => s.toLowerCase().replace(/ü/g, "v").replace(/[^a-z0-9]+/g, ""))
    .filter(Boolean)
    .join("-");
}
