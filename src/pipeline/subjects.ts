/** subjects: names what a goal or commitment counts — 培育上云企业40家 → 上云企业. */

// Verbs and time phrases that open a clause but are not what is counted.
const LEADING = /^([（(][0-9０-９]{1,3}[）)]|[①-⑳]|其中|力争|争取|奋斗|确保|全年|累计|新认定|认定|培育|推动|推进|实现|完成|建成|打造|组织实施|滚动实施|实施|筛选|重点调度|调度|创建|通过|引进|处置|减少|催生|支持|推广应用|推广|开展|争创|做好|达到|\d{4}年(?:底|内|前)?|年底前?)/;
// What a rate is said to do: 增长X% counts 增加值, not 增长.
const TRAILING = /(同比)?(增长|提高|提升|下降|增加|减少|达到|达|为|突破)$/;
// Where a subject written after its number ends: 20家重点企业|实施技术改造.
const AFTER_STOP = /的|实施|进行|通过|开展|生产|参与|创建|申报|加快|完成|入|达/;
// Nouns that a number stands before: *家百亿企业.
const CATEGORY_NOUN = /(企业|项目|产品|工厂|园区|平台|中心|站点|基站|基地|车间|场景)$/;

/** Returns the subject before a number, without opening verbs or a trailing 增长: "力争推动" → "". */
export function subjectBefore(before: string): string {
  let s = before.trim();
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(LEADING, "").trim();
  }
  return s.replace(TRAILING, "").trim();
}

/** Returns the subject written after a number and its unit, up to where the clause's verb begins. */
export function subjectAfter(after: string): string {
  const stop = AFTER_STOP.exec(after);
  return (stop ? after.slice(0, stop.index) : after).trim();
}

/**
 * Returns true when a number's subject follows it ("推动20家重点企业…", "*家百亿企业的培育")
 * rather than precedes it ("培育上云企业40家").
 */
export function subjectFollows(before: string, after: string): boolean {
  const head = subjectAfter(after);
  if (!head) return false;
  const pre = subjectBefore(before);
  return pre === "" || pre.endsWith("等") || (head.length <= 8 && CATEGORY_NOUN.test(head));
}
