/** stated-metadata: reads the disclosure metadata (索引号, 文号, 发布机构, 成文日期 …) a document or its web page states in its header block. */
import type { Line } from "./normalise.ts";
import { parseChineseNumeral, toAsciiDigits } from "./numerals.ts";

export type StatedKey = "indexNumber" | "docNumber" | "issuer" | "category" | "dateWritten" | "datePublished" | "validity" | "keywords";

export interface StatedField {
  key: StatedKey;
  /** The value trimmed; for a date key, YYYY-MM-DD when it reads as a date, otherwise the value as written (the caller warns). */
  value: string;
  /** The value as written, trimmed. */
  raw: string;
  /** 1-based source line. */
  line: number;
  /** The label as written, e.g. "索  引  号"; "" for a document number standing alone on its line. */
  label: string;
}

/** The labels of each key. Several labels may share a key; only the first field of a key counts. */
const LABELS: readonly (readonly [StatedKey, readonly string[]])[] = [
  ["indexNumber", ["索引号", "信息索取号", "索取号"]],
  ["docNumber", ["发文字号", "发文文号", "文件编号", "文号"]],
  ["issuer", ["发布机构", "发文机关", "发文单位", "发布单位"]],
  ["category", ["主题分类", "组配分类", "信息分类", "公文种类", "文种", "分类"]],
  ["dateWritten", ["成文日期", "发文日期", "发文时间", "印发日期"]],
  ["datePublished", ["发布日期", "发布时间", "公开日期"]],
  ["validity", ["有效性", "效力状态", "时效"]],
  ["keywords", ["主题词", "关键词"]],
];

/** Labels that are read past, not kept: they end the value before them so they are not swallowed into it. */
const OTHER_LABELS: readonly string[] = [
  "公开方式", "公开时限", "公开范围", "公开形式", "公开属性", "废止日期", "失效日期", "生效日期", "实施日期",
  "信息来源", "文章来源", "来源", "更新时间", "浏览次数", "点击数", "访问次数", "责任编辑", "所属机构", "体裁分类", "服务对象",
];

const DATE_KEYS: ReadonlySet<StatedKey> = new Set(["dateWritten", "datePublished"]);

/** Only the first lines are the header block. */
const HEADER_LINES = 40;
/** A line longer than this that is not metadata is prose: the header block has ended. */
const PROSE_LENGTH = 60;
/** A value longer than this (or holding a full stop) means the line is prose, not a label/value pair. */
const VALUE_MAX = 50;

/**
 * A document number standing alone on its line: a CJK prefix, a bracketed four-digit year, a serial and 号
 * (金政发〔2021〕3号, 长政办发〔2023〕7号, 苍府办[2022]12号).
 */
const DOC_NUMBER_LINE = /^\p{Script=Han}[\p{Script=Han}\p{Script=Latin}]{0,15}\s*[〔[(（［【]\s*[0-9０-９]{4}\s*[〕\])）］】]\s*第?\s*[0-9０-９]+\s*号$/u;

const SPACE = "[ \\t\\u00a0\\u3000]";
/** A label may be spread out by spaces between its characters: 索  引  号. */
const spread = (label: string) => [...label].join(`${SPACE}*`);

const KEY_OF = new Map<string, StatedKey | null>([
  ...LABELS.flatMap(([key, labels]) => labels.map((l) => [l, key] as const)),
  ...OTHER_LABELS.map((l) => [l, null] as const),
]);

/**
 * A label: at the start of the line or after a space, a `|` cell border or a closing bracket — or anywhere when a
 * colon follows it — and followed by a colon, a space, a `|` or the end of the line. Longer labels are tried first
 * so that 组配分类 is not read as 分类.
 */
const ANY_LABEL = [...KEY_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map(spread)
  .join("|");
const LABEL = new RegExp(`(?<=^|[\\s|｜】])(?:${ANY_LABEL})(?=${SPACE}*[:：|｜]|${SPACE}|$)|(?:${ANY_LABEL})(?=${SPACE}*[:：])`, "gu");

interface Pair {
  key: StatedKey | null;
  label: string;
  raw: string;
}

/**
 * Reads a line as label/value pairs. Returns the pairs and whether the line is nothing but pairs, or null when the
 * line does not start with a label or a value reads as prose. A value runs from its label to the next label or to the
 * end of its `|` cell.
 */
function readPairs(text: string): { pairs: Pair[]; whole: boolean } | null {
  const body = text.replace(/^[|｜\s]+/, "");
  const found = [...body.matchAll(LABEL)];
  if (found.length === 0 || found[0]!.index !== 0) return null;
  const pairs: Pair[] = [];
  let whole = true;
  found.forEach((m, i) => {
    const label = m[0];
    const end = i + 1 < found.length ? found[i + 1]!.index : body.length;
    const rest = body.slice(m.index + label.length, end).replace(/^[\s:：]+/, "").replace(/^[|｜]\s*/, "");
    const cell = /^([^|｜]*)(?:[|｜]\s*)?([^]*)$/.exec(rest)!;
    const raw = cell[1]!.trim();
    if (cell[2]!.trim() !== "") whole = false; // text after the value's cell belongs to no label
    pairs.push({ key: KEY_OF.get(label.replace(new RegExp(`${SPACE}+`, "g"), "")) ?? null, label, raw });
  });
  if (pairs.some((p) => p.raw.length > VALUE_MAX || /[。；;]/.test(p.raw))) return null;
  return { pairs, whole };
}

/** Rewrites a date in Chinese numerals (二〇二二年一月五日) with Arabic digits; other text is returned as is. */
function arabicDate(s: string): string {
  const m = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/.exec(s);
  if (!m) return s;
  const year = [...m[1]!].map((c) => parseChineseNumeral(c)).join("");
  return `${year}年${parseChineseNumeral(m[2]!) ?? ""}月${parseChineseNumeral(m[3]!) ?? ""}日`;
}

/** Returns a date as YYYY-MM-DD (2021年2月22日, 2022-01-21, 2022/1/5, 二〇二二年一月五日; a time after it ignored), or null. */
export function readStatedDate(s: string): string | null {
  const text = arabicDate(toAsciiDigits(s.trim()));
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Reads the metadata stated in the header block: the first lines, up to the first prose line (over 60 characters and
 * not metadata) or the 40th line. A field comes from a line that starts with a label; the first non-empty value of
 * each key counts. A line that is just a document number (金政发〔2021〕3号) is a docNumber. Date values that do not
 * read as a date are kept as written in `value`, so the caller should check them.
 * `lines` lists the lines that are wholly metadata (label/value pairs or a document number, nothing else).
 */
export function readStatedMetadata(lines: Line[]): { fields: StatedField[]; lines: number[] } {
  const fields: StatedField[] = [];
  const metaLines: number[] = [];
  const has = (key: StatedKey) => fields.some((f) => f.key === key);
  for (const line of lines.slice(0, HEADER_LINES)) {
    if (DOC_NUMBER_LINE.test(line.text)) {
      if (!has("docNumber")) fields.push({ key: "docNumber", value: line.text, raw: line.text, line: line.no, label: "" });
      metaLines.push(line.no);
      continue;
    }
    const read = readPairs(line.text);
    if (!read) {
      if (line.text.length > PROSE_LENGTH) break;
      continue;
    }
    for (const { key, label, raw } of read.pairs) {
      if (key === null || raw === "" || has(key)) continue;
      const value = DATE_KEYS.has(key) ? (readStatedDate(raw) ?? raw) : raw;
      fields.push({ key, value, raw, line: line.no, label });
    }
    if (read.whole) metaLines.push(line.no);
  }
  return { fields, lines: metaLines };
}
