/**
 * corpus: a synthetic corpus of plans for benchmarks and tests — never published as real.
 *
 * Each plan recombines and perturbs the structure of the two seed plans: the 要点 style (一、指导思想 /
 * 二、发展目标 / 三、工作要点 with （一） sections, numbered measures and responsibility annotations)
 * or the 计划 style (a preamble, 一、目标任务, 二、主要措施 with （一） paragraphs). Measures are
 * sampled from the seeds, their quantities changed, some withheld with a redaction mark, and the goal
 * values filled or withheld. Issuers are invented (“合成示例县…”), every title and catalogue row says
 * 合成测试数据, and the same seed number always gives the same bytes. Pure: text in, text out.
 */
import iconv from "iconv-lite";
import { stringify } from "csv-stringify/sync";
import { REDACTION_SOURCE } from "../../src/pipeline/redactions.ts";
import { seededRandom, type Random } from "./random.ts";

/** The seed material, split at the line level (no parser involved, so the parser can be tested against it). */
export interface SeedMaterial {
  guidance: string; // 2021: the 指导思想 paragraph
  goalsA: string; // 2021: the 发展目标 line
  sectionTitles: string[]; // 2021: （一）… titles, without the marker
  measures: { body: string; annotation: string | null }[]; // 2021: numbered measures without marker
  preamble: string; // 2022: the opening paragraph
  goalsB: string; // 2022: the 目标任务 line
  paragraphs: string[]; // 2022: （一）… section paragraphs, without the marker
}

/** What the generator wrote for one plan: the ground truth a parser must recover. */
export interface SyntheticPlan {
  id: string;
  file: string;
  year: number;
  issuer: string;
  title: string;
  style: "要点" | "计划";
  encoding: "utf8" | "gb18030";
  measures: number; // numbered measures (要点) or （一） paragraphs (计划)
  sections: number;
  goals: { disclosed: number; redacted: number }; // quantities in the goal line
  redactionMark: string;
  text: string;
}

export interface Corpus {
  plans: SyntheticPlan[];
  files: Map<string, Uint8Array>; // seeds/<file> → bytes
  catalogue: string; // data/plans.csv
  values: string; // data/indicator-values.csv
}

export const SYNTHETIC_LABEL = "合成测试数据";

const ISSUERS = [
  "工业和信息化局", "发展和改革委员会", "商务局", "科学技术局", "农业农村局", "住房和城乡建设局",
  "交通运输局", "市场监督管理局", "文化和旅游局", "教育局", "卫生健康委员会", "水利局",
  "自然资源和规划局", "人力资源和社会保障局", "民政局", "财政局", "应急管理局", "城市管理局",
  "数据资源管理局", "林业局", "统计局", "医疗保障局", "退役军人事务局", "生态环境分局",
];
const COUNTY = "合成示例县";
const MARKS = ["X", "XXX", "*", "xx", "××"];
const NUMERALS = "一二三四五六七八九十";
const UNIT = "(?:家|个|亩|台|项|户|%|亿元|万元|人)";
const QUANTITY = new RegExp(`(\\d+(?:\\.\\d+)?|${REDACTION_SOURCE})(?=${UNIT})`, "g");
const RANGES: Record<string, [number, number]> = { "%": [3, 15], 亩: [100, 2000], 亿元: [5, 120], 万元: [50, 900] };
const ANNOTATION = /\((责任领导[^()]*)\)$/;

/** Splits the two seed texts (2021 要点, 2022 计划) into the material plans are made of. */
export function seedMaterial(text2021: string, text2022: string): SeedMaterial {
  const a = text2021.split("\n");
  const b = text2022.split("\n");
  const measures = a
    .filter((l) => /^\d+[.、．]/.test(l))
    .map((l) => l.replace(/^\d+[.、．]/, ""))
    .map((l) => {
      const m = ANNOTATION.exec(l);
      return { body: m ? l.slice(0, m.index) : l, annotation: m?.[1] ?? null };
    });
  const after = (lines: string[], heading: string) => {
    const line = lines[lines.indexOf(heading) + 1];
    if (lines.indexOf(heading) < 0 || line === undefined) throw new Error(`seed material: no line after “${heading}”`);
    return line;
  };
  return {
    guidance: after(a, "一、指导思想"),
    goalsA: after(a, "二、发展目标"),
    sectionTitles: a.filter((l) => /^（[一二三四五六七八九十]+）/.test(l)).map((l) => l.replace(/^（[一二三四五六七八九十]+）/, "")),
    measures,
    preamble: b[0] ?? "",
    goalsB: after(b, "一、目标任务"),
    paragraphs: b.filter((l) => /^（[一二三四五六七八九十]+）/.test(l)).map((l) => l.replace(/^（[一二三四五六七八九十]+）/, "")),
  };
}

function chineseNumber(n: number): string {
  const digit = (d: number) => NUMERALS.charAt(d - 1);
  if (n <= 10) return digit(n);
  return (n >= 20 ? digit(Math.floor(n / 10)) : "") + "十" + (n % 10 ? digit(n % 10) : "");
}

/** Changes each quantity in `text`: withheld (mark) with probability `pRedact`, otherwise a new plausible value. */
function perturb(text: string, rnd: Random, pRedact: number, mark: string, tally: { disclosed: number; redacted: number }): string {
  return text.replace(QUANTITY, (found, _q, offset: number, whole: string) => {
    if (rnd.chance(pRedact)) {
      tally.redacted++;
      return mark;
    }
    tally.disclosed++;
    const unit = /^(亿元|万元|.)/.exec(whole.slice(offset + found.length))?.[1] ?? "";
    const n = Number(found);
    if (Number.isFinite(n) && n > 0) return String(Math.max(1, Math.round(n * (0.5 + rnd.int(0, 100) / 100))));
    const [lo, hi] = RANGES[unit] ?? [2, 60];
    return String(rnd.int(lo, hi));
  });
}

function planText(m: SeedMaterial, style: SyntheticPlan["style"], year: number, rnd: Random, mark: string, pRedact: number) {
  const goals = { disclosed: 0, redacted: 0 };
  const ignored = { disclosed: 0, redacted: 0 };
  const lines: string[] = [];
  let measures = 0;
  let sections = 0;
  if (style === "要点") {
    lines.push("一、指导思想", m.guidance, "二、发展目标", perturb(m.goalsA, rnd, pRedact, mark, goals), "三、工作要点");
    sections = rnd.int(4, m.sectionTitles.length);
    const annotated = m.measures.filter((x) => x.annotation);
    const chosen = rnd.sample(annotated, rnd.int(sections, annotated.length));
    const cuts = rnd.sample([...chosen.keys()].slice(1), sections - 1).sort((x, y) => x - y);
    for (const [i, title] of rnd.sample(m.sectionTitles, sections).entries()) {
      lines.push(`（${chineseNumber(i + 1)}）${title}`);
      for (const source of chosen.slice(i === 0 ? 0 : cuts[i - 1], cuts[i] ?? chosen.length)) {
        const marker = rnd.pick([".", ".", ".", "、", "．"]);
        lines.push(`${++measures}${marker}${perturb(source.body, rnd, pRedact, mark, ignored)}(${rnd.pick(annotated).annotation})`);
      }
    }
    lines.push(`${++measures}、全力做好县委、县政府交办的其他工作。`);
  } else {
    lines.push(m.preamble.replaceAll("2022", String(year)), "一、目标任务", perturb(m.goalsB, rnd, pRedact, mark, goals), "二、主要措施");
    sections = measures = rnd.int(3, m.paragraphs.length);
    for (const [i, p] of rnd.sample(m.paragraphs, sections).entries())
      lines.push(`（${chineseNumber(i + 1)}）${perturb(p.replaceAll("2022", String(year)), rnd, pRedact, mark, ignored)}`);
  }
  return { text: lines.join("\n") + "\n", measures, sections, goals };
}

/** The years a bureau's plans cover at most: a corpus grows by more bureaus, never into years before 2006. */
const YEARS = 20;

/** Returns the name of the `d`th bureau: the list's names, then the same again as numbered sub-bureaus (…第二分局). */
function issuerName(d: number): string {
  const round = Math.floor(d / ISSUERS.length);
  return `${COUNTY}${ISSUERS[d % ISSUERS.length]}${round > 0 ? `第${chineseNumber(round + 1)}分局` : ""}`;
}

/** Returns `count` synthetic plans (a bureau per 20 plans, at least two; consecutive years back from 2025, at most 20), with their catalogue and indicator values. */
export function generateCorpus(material: SeedMaterial, count: number, seed: number): Corpus {
  const rnd = seededRandom(seed);
  const issuerCount = Math.max(2, Math.ceil(count / YEARS));
  const plans: SyntheticPlan[] = [];
  for (let k = 0; k < count; k++) {
    const d = k % issuerCount;
    const issuer = issuerName(d);
    const year = 2025 - Math.floor(k / issuerCount);
    const style = rnd.chance(0.5) ? "要点" : "计划";
    const disclosure = rnd.pick(["open", "withheld", "mixed"] as const);
    const pRedact = disclosure === "open" ? 0 : disclosure === "withheld" ? 1 : 0.3;
    const mark = rnd.pick(MARKS);
    const encoding = rnd.chance(0.1) ? "gb18030" : "utf8";
    const made = planText(material, style, year, rnd, mark, pRedact);
    const title = `${issuer}${year}年工作${style === "要点" ? "要点" : "计划"}（${SYNTHETIC_LABEL}）`;
    plans.push({ id: `synth-d${String(d + 1).padStart(2, "0")}-${year}`, file: `synth-${String(k + 1).padStart(4, "0")}.txt`, year, issuer, title, style, encoding, redactionMark: mark, ...made });
  }
  const files = new Map(plans.map((p) => [p.file, p.encoding === "utf8" ? new TextEncoder().encode(p.text) : new Uint8Array(iconv.encode(p.text, "gb18030"))]));
  const note = `${SYNTHETIC_LABEL}：由 support/synthetic 以种子 ${seed} 生成，用于性能测试，不是真实文件。`;
  const catalogue = stringify(
    plans.map((p) => [p.file, p.id, p.year, p.title, p.issuer, "", "", "", "", "", "", "", note]),
    { header: true, columns: ["file", "id", "year", "title", "issuer", "索引号", "文号", "信息分类", "成文日期", "发布日期", "有效性", "关键词", "备注"] },
  );
  const years = [...new Set(plans.map((p) => p.year))].sort();
  const source = `${SYNTHETIC_LABEL}（种子 ${seed}）`;
  const values = stringify(
    years.flatMap((year) => [
      ["industrial-value-added", year, "actual", rnd.int(-60, 150) / 10, "%", rnd.chance(0.3) ? "预计数" : "", source, "", ""],
      ["new-above-scale-enterprises", year, "actual", rnd.int(5, 60), "家", "", source, "", ""],
    ]),
    { header: true, columns: ["indicator", "year", "kind", "value", "unit", "status", "source", "source_date", "note"] },
  );
  return { plans, files, catalogue, values };
}
