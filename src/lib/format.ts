/** format: how numbers, dates and undisclosed values read in Chinese on the page. */

export const REDACTED_LABEL = "未公开";
export const UNKNOWN_LABEL = "未注明";

/** Returns 2023-01-12 as 2023年1月12日; null as 未注明. */
export function formatDate(iso: string | null): string {
  if (!iso) return UNKNOWN_LABEL;
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

const NUMBER = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 6 }); // made once: toLocaleString makes one per call

/** Returns a number with Chinese digit grouping rules (10000 → 10,000; 40.5 → 40.5). */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** Returns a stated amount as it should read: "40 家", "−6%", "未公开（家）" for a redaction, "—" for none. */
export function formatAmount(q: { value: number | null; unit: string | null; redacted: boolean; qualifier?: string | null }): string {
  if (q.redacted) return q.unit ? `${REDACTED_LABEL}（单位：${q.unit}）` : REDACTED_LABEL;
  if (q.value === null) return "—";
  const n = formatNumber(q.value).replace(/^-/, "−");
  const unit = q.unit === "%" ? "%" : q.unit ? ` ${q.unit}` : "";
  return `${n}${unit}${q.qualifier && !/^(不|超|控)/.test(q.qualifier) ? q.qualifier : ""}`;
}

/** Returns the size of a file in 字节/KB, as people read it. */
export function formatBytes(n: number): string {
  return n < 1024 ? `${n} 字节` : `${(n / 1024).toFixed(1)} KB`;
}

export const NO_DATA_LABEL = "尚无数据";
export const NO_TARGET_LABEL = "计划未列目标";

/** What each kind of observation is called on the page. */
export const KIND_LABEL = { target: "目标", stretch: "力争目标", actual: "实际" } as const;

/** Returns what an observation is on the page: 目标, 力争目标, 实际 — or 措施承诺 for a number a measure states (第 13 条 32家), which is not the plan's goal. */
export function observationRole(o: { kind: keyof typeof KIND_LABEL; source: { anchor: string | null } }): string {
  return o.kind !== "actual" && o.source.anchor?.startsWith("m-") ? "措施承诺" : KIND_LABEL[o.kind];
}

/** Returns an observation's value as it reads: "−6%", "32 家以上", 未公开, or 定性目标 for a target without a number. */
export function formatObservation(o: { value: number | null; unit: string | null; redacted: boolean; qualifier?: string | null }): string {
  if (o.redacted) return REDACTED_LABEL;
  if (o.value === null) return "定性目标";
  return formatAmount(o);
}

/** Returns a source as it is cited: its title, then its date unless the title already gives it. */
export function formatSource(source: { title: string; date: string | null }): string {
  const date = source.date ? formatDate(source.date) : null;
  return date && !source.title.includes(date) ? `${source.title}（${date}）` : source.title;
}

/** Returns a source's short name for lists: "2022年计划" for a plan's target, a report's title without a closing （…） note. */
export function shortSourceTitle(o: { year: number; kind?: string; source: { title: string; plan: string | null } }): string {
  return o.source.plan && o.kind !== "actual" ? `${o.year}年计划` : o.source.title.replace(/[（(][^（()）]*[)）]$/, ""); // trailing （2023年1月12日在…会议上）
}

/** Returns a measure's title where it adds to how the measure is cited (第 9 条 推动存量企业技改。), null where the citation already is the title (a section heading). */
export function titleBeyondPlace(ref: { place: string; title: string }): string | null {
  return ref.place.includes(ref.title.replace(/[。；;]$/, "")) ? null : ref.title;
}
