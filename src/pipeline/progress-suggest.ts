/** progress-suggest: proposes data/progress.csv rows by matching what a progress report says to a plan's goals, commitments and measures. */
import { stringify } from "csv-stringify/sync";
import type { Indicator } from "../schema/indicator.ts";
import type { Measure, Plan } from "../schema/plan.ts";
import { resolveIndicator } from "./indicators.ts";
import { measuresOf } from "./plan-text.ts";
import { findQuantities, type Quantity } from "./quantities.ts";
import { findRedactionSpans } from "./redactions.ts";
import { readReport, statusOf, type ReportSentence, type ReportText } from "./report-sentences.ts";
import { bigrams, cosine, norm, tfidf } from "./similarity.ts";

/** One suggested row of data/progress.csv, for the editor to check before pasting. */
export interface ProgressSuggestion {
  plan: string;
  item: string; // g-2 a goal, m-13 a measure, m-13-c1 its first commitment
  asOf: string | null;
  period: string | null;
  status: string | null; // the report's own words: 已完成, 序时推进, 超时序进度3.5个百分点 …
  value: number | null; // as the report states it, signed for 增长/下降; null when redacted or for a measure
  redacted: boolean;
  glyphs: string | null; // the redaction as written (X, xx, XX) when redacted
  unit: string | null;
  quote: string; // verbatim, a substring of the report's line `line`
  source: string;
  line: number;
  reason: string; // why it matched, in Chinese
}

export interface ProgressReport {
  id: string;
  text: string; // the decoded source text, lines as in the file
  asOf: string | null;
  period: string | null;
}

/** The weight of a restated task (table task cell, target field) against a sentence reporting progress. */
const TASK_WEIGHT = 0.5;
/** Cosine of TF-IDF bigrams above which a measure and a report sentence say the same thing (measured on the test pairs). */
export const WORDING_THRESHOLD = 0.3;
/** The lower cosine enough when the sentence's row or section also names the measure's responsible unit. */
export const WORDING_WITH_OFFICE_THRESHOLD = 0.08;
/** The cosine enough when the sentence itself names the measure's responsible unit: some shared wording. */
export const OFFICE_IN_SENTENCE_THRESHOLD = 0.04;

/**
 * Returns suggested progress rows for `plan` from one report: each goal and commitment with a number
 * (or a redacted one) gets the first report sentence stating a value of the same subject — the same
 * indicator when `indicators` are given — in a comparable unit, outside restated targets; each measure
 * whose commitments found nothing gets the sentence most like it in wording, or like it and naming its
 * responsible unit. Values are read, never made up: a redacted value gives value null and redacted true.
 */
export function suggestProgress(plan: Plan, report: ProgressReport, indicators: Indicator[] = []): ProgressSuggestion[] {
  const text = readReport(report.text);
  const base = { plan: plan.id, asOf: report.asOf, period: report.period, source: report.id };
  const out: ProgressSuggestion[] = [];
  for (const target of targetsOf(plan, indicators)) {
    const hit = findValue(target, text);
    if (hit) out.push({ ...base, ...hit, item: target.item });
  }
  const matched = new Set(out.map((s) => s.item.replace(/-c\d+$/, "")));
  for (const hit of findWording(measuresOf(plan).filter((m) => !matched.has(m.anchor)), text))
    out.push({ ...base, ...hit, value: null, redacted: false, glyphs: null, unit: null });
  return out;
}

interface Target {
  item: string;
  text: string;
  unit: string;
  growth: boolean; // a rate of change: 增长6%, 下降5%
  names: { name: string; reason: string }[];
}

const GROWTH = /增长|增速|增幅|下降|降低|减少|提高|提升|涨幅|上涨|降幅/; // a target or a result stated as a change

function targetsOf(plan: Plan, indicators: Indicator[]): Target[] {
  const stated = [
    ...plan.goals.map((g) => ({ ...g, item: g.anchor })),
    ...measuresOf(plan).flatMap((m) => m.commitments.map((c, k) => ({ ...c, item: `${m.anchor}-c${k + 1}` }))),
  ];
  return stated
    .filter((t) => t.unit && (t.value !== null || t.redacted))
    .map((t) => {
      const id = t.indicator ?? (indicators.length ? resolveIndicator(t, indicators) : null);
      const ind = indicators.find((i) => i.id === id);
      const names = [
        ...(ind ? [ind.name, ...ind.aliases].map((name) => ({ name: normaliseName(name), reason: `同一指标“${ind.name}”` })) : []),
        { name: normaliseName(t.subject), reason: `同一计量对象“${t.subject}”` },
      ].filter((n) => [...n.name].length >= 2);
      return { item: t.item, text: t.text, unit: t.unit!, growth: t.unit === "%" && GROWTH.test(t.text), names };
    })
    .filter((t) => t.names.length);
}

// The same thing written differently: 规上 = 规模 = 规模以上, GDP = 地区生产总值, CPI = 居民消费价格.
const SYNONYMS: [RegExp, string][] = [
  [/规模以上|规上|规模(?=工业)/g, "规模以上"],
  [/规模以上企业/g, "规模以上工业企业"],
  [/地区生产总值|GDP/gi, "生产总值"],
  [/CPI(?:指数)?/gi, "居民消费价格"],
];
const SCOPE = /^(?:全市|全县|全区|全省|全镇|区属|县属|市属|全年|年度|当年)+/; // whose or when, not what
const TRAILING = /(?:涨幅|增幅|增速|增长率|完成|实现|达到)$/; // 居民消费价格涨幅 counts 居民消费价格, 工业投资完成 工业投资

/** Returns a subject or a sentence with synonyms made one spelling. */
function normalise(s: string): string {
  return SYNONYMS.reduce((t, [from, to]) => t.replace(from, to), s);
}

function normaliseName(s: string): string {
  return normalise(s).replace(SCOPE, "").replace(TRAILING, "");
}

// Units a value converts between: 亿元 = 10000 万元.
const UNIT_GROUPS = [["元", "万元", "亿元"], ["家", "户"], ["个", "项"], ["吨", "万吨"], ["千瓦", "万千瓦"], ["千瓦时", "万千瓦时"], ["平方米", "万平方米"], ["公里", "千米"]];

/** Returns "same", "convertible" or null for a target's unit and a report's. */
function compareUnits(a: string, b: string): "same" | "convertible" | null {
  if (a === b) return "same";
  return UNIT_GROUPS.some((g) => g.includes(a) && g.includes(b)) ? "convertible" : null;
}

const GROWTH_LEAD = /(?:同比|比上年|较上年)?(?:增长|同比增|同比减|增速|增幅|上涨|涨幅|提高|提升|下降|降低|减少|下跌|回落|降幅|负增长)(?:了|为|达|达到|在)?$/; // 同比增长 | 下降
const DECLINE = /(?:下降|降低|减少|同比减|下跌|回落|降幅|负增长)(?:了|为|达|达到|在)?$/; // a fall: the value is negative
const TARGET_BEFORE = /目标|预期|计划|力争|争取|任务/; // a restated target, not a result
const TARGET_AFTER = /^[^，,；;。]*?(?:目标|任务)/;

type ValueHit = Omit<ProgressSuggestion, "plan" | "item" | "asOf" | "period" | "source">;

/**
 * Returns the first report sentence stating the target's subject with a value in a comparable unit;
 * failing that, the first whose clause before the value holds nearly all of the subject's bigrams
 * (重点项目完成投资 ~ 重点项目累计完成投资).
 */
function findValue(target: Target, report: ReportText): ValueHit | null {
  const sentences = report.sentences.filter((s) => !s.task).map((s) => ({ sentence: s, text: normalise(s.text) }));
  for (const { sentence, text } of sentences) {
    const quantities = findQuantities(text);
    for (const { name, reason } of target.names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const q = quantities.find((q) => fits(target, text, at, at + name.length, q));
        if (q) return hitOf(target, report, sentence, text, q, at + name.length, reason);
      }
    }
  }
  for (const { sentence, text } of sentences) {
    for (const q of findQuantities(text)) {
      const from = lastBreak(text, q.start, /[，,；;。：:]/);
      const near = target.names.find(({ name }) => [...name].length >= 4 && sharedBigrams(name, text.slice(from, q.start)) >= NEAR_SUBJECT);
      const subjectEnd = near ? from + subjectEndIn(text.slice(from, q.start), target.growth) : -1;
      if (near && fits(target, text, from, subjectEnd, q)) return hitOf(target, report, sentence, text, q, subjectEnd, near.reason.replace("同一", "相近的"));
    }
  }
  return null;
}

/** Share of a name's bigrams a clause must hold to name the same thing in other words. */
const NEAR_SUBJECT = 0.85;

function sharedBigrams(name: string, clause: string): number {
  const grams = [...bigrams(name).keys()];
  return grams.length ? grams.filter((g) => clause.includes(g)).length / grams.length : 0;
}

/** Returns the offset after the last character before `before` matching `breaks`, or 0. */
function lastBreak(text: string, before: number, breaks: RegExp): number {
  for (let i = before - 1; i >= 0; i--) if (breaks.test(text[i]!)) return i + 1;
  return 0;
}

/** Returns where the subject ends in a clause: before its growth words for a rate, else at the clause's end. */
function subjectEndIn(clause: string, growth: boolean): number {
  const m = growth ? GROWTH_LEAD.exec(clause) : null;
  return m ? m.index : clause.length;
}

function hitOf(target: Target, report: ReportText, sentence: ReportSentence, text: string, q: Quantity, from: number, reason: string): ValueHit {
  const units = compareUnits(target.unit, q.unit)!;
  const value = readValue(q, text, from, sentence.text);
  const fall = value.redacted && q.unit === "%" && DECLINE.test(text.slice(from, q.start)) ? "；报告为下降，数值隐去" : "";
  return {
    ...value,
    status: statusOf(report, sentence, q.end),
    quote: sentence.text,
    line: sentence.line,
    reason: `${reason}、${units === "same" ? "单位相同" : `单位可比（计划用${target.unit}，报告用${q.unit}）`}${fall}`,
  };
}

/** Returns true when `q`, after the subject written at start–from, is the value the target asks for. */
function fits(target: Target, text: string, start: number, from: number, q: Quantity): boolean {
  if (q.start < from || !compareUnits(target.unit, q.unit)) return false;
  const lead = text.slice(from, q.start);
  const clause = text.slice(lastBreak(text, start, /[，,；;。]/), start);
  if (/[。；;]/.test(lead) || TARGET_BEFORE.test(clause + lead) || TARGET_AFTER.test(text.slice(q.end))) return false;
  if (target.growth) return lead.length <= 30 && (lead.match(/[，,]/g) ?? []).length <= 2 && GROWTH_LEAD.test(lead) && !/百分点|比上月/.test(lead);
  return lead.length <= 12 && !/[，,、]/.test(lead) && !GROWTH.test(lead);
}

/** Returns the value, sign, unit and redaction of a quantity as the report writes it. */
function readValue(q: Quantity, text: string, from: number, original: string): Pick<ProgressSuggestion, "value" | "redacted" | "glyphs" | "unit"> {
  if (q.redacted) {
    const glyphs = findRedactionSpans(text.slice(q.start, q.end))[0]?.glyphs ?? null;
    return { value: null, redacted: true, glyphs: glyphs && original.includes(glyphs) ? glyphs : null, unit: q.unit };
  }
  const sign = q.unit === "%" && DECLINE.test(text.slice(from, q.start)) ? -1 : 1;
  return { value: sign * q.value!, redacted: false, glyphs: null, unit: q.unit };
}

type WordingHit = Pick<ProgressSuggestion, "item" | "status" | "quote" | "line" | "reason">;

/** Returns, for each measure, the report sentence most like it, when it is also the measure most like that sentence. */
function findWording(measures: Measure[], report: ReportText): WordingHit[] {
  if (!measures.length || !report.sentences.length) return [];
  const vectors = tfidf([...measures.map(ownWords), ...report.sentences.map((s) => s.text)]);
  const norms = vectors.map(norm);
  const sim = (m: number, s: number) => cosine(vectors[m]!, vectors[measures.length + s]!, norms[m], norms[measures.length + s]);
  // A sentence restating the promise identifies it less well than one reporting on it.
  const scores = measures.map((_, m) => report.sentences.map((sentence, s) => sim(m, s) * (sentence.task ? TASK_WEIGHT : 1)));
  const out: WordingHit[] = [];
  measures.forEach((measure, m) => {
    const ranked = report.sentences.map((sentence, s) => ({ sentence, s, score: scores[m]![s]! })).sort((a, b) => b.score - a.score);
    for (const { sentence, s, score } of ranked) {
      if (score < OFFICE_IN_SENTENCE_THRESHOLD) break;
      if (scores.some((other, k) => k !== m && other[s]! > score)) continue; // another measure says it better
      const office = officeNamed(measure, sentence, report);
      const enough = !office ? WORDING_THRESHOLD : sentence.text.includes(office) ? OFFICE_IN_SENTENCE_THRESHOLD : WORDING_WITH_OFFICE_THRESHOLD;
      if (score < enough) continue;
      const wording = `措辞相近（相似度 ${sim(m, s).toFixed(2)}）`;
      out.push({ item: measure.anchor, status: statusOf(report, sentence), quote: sentence.text, line: sentence.line, reason: office ? `同一责任单位“${office}”、${wording}` : wording });
      break;
    }
  });
  return out;
}

/** Returns a measure's words without its responsibility annotation. */
function ownWords(m: Measure): string {
  const r = m.responsibility;
  return r && r.start !== null && r.end !== null ? m.text.slice(0, r.start) + m.text.slice(r.end) : m.text;
}

/** Returns the measure's responsible unit named in the sentence's row or paragraph (else in its section), or null. */
function officeNamed(measure: Measure, sentence: ReportSentence, report: ReportText): string | null {
  const offices = measure.responsibility?.offices ?? [];
  const block = report.blocks[sentence.block]!;
  const section = report.blocks.filter((b) => b.section === block.section).map((b) => b.text).join("\n");
  return offices.find((o) => block.text.includes(o)) ?? offices.find((o) => section.includes(o)) ?? null;
}

/** The columns of data/progress.csv, in order. */
export const PROGRESS_COLUMNS = ["plan", "item", "as_of", "period", "status", "value", "unit", "quote", "source", "line", "source_date", "url", "note"];

/** Returns the suggestions as data/progress.csv text with its header; a redacted value is written as its glyphs, the reason goes to note. */
export function progressCsv(suggestions: ProgressSuggestion[]): string {
  const rows = suggestions.map((s) => [
    s.plan, s.item, s.asOf ?? "", s.period ?? "", s.status ?? "",
    s.redacted ? (s.glyphs ?? "") : (s.value ?? ""), s.unit ?? "", s.quote, s.source, s.line, "", "", `建议：${s.reason}`,
  ]);
  return stringify([PROGRESS_COLUMNS, ...rows]);
}
