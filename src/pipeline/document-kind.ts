/** document-kind: tells a plan from a progress or completion report, and from a summary with next year's plan — from the title and the words of the text. */
import type { DocumentKind } from "../schema/plan.ts";

/** Words that name a report in a title: what was done, not what will be. */
const REPORT_TITLE = /进展情况|推进情况|完成情况|执行情况|落实情况|进度|快报|统计表|形势分析|分析材料|工作报告(?!.*(?:分解|任务|责任|重点工作))|情况(?:的)?(?:报告|通报|汇报)|述职|督查/;
const SUMMARY_TITLE = /总结/;
const PLAN_TITLE = /计划|要点|方案|任务|分解|清单|安排|举措|措施|目标|意见|打算|思路/;
/** Phrases that only a report uses: how far a task has come. */
const PROGRESS = /序时进度|时序进度|序时推进|已完成|完成率|完成全年|完成年度|同比(?:增长|下降)|预计全年|预计(?:上半年|实现|完成)|累计(?:完成|实现)|1[~～至-]\d{1,2}月(?:份)?(?:，|,)?(?:全|实现|完成)/g;
/** Phrases that a plan uses: what is to be done. */
const INTENT = /力争|确保|推进|加快|实施|开展|落实|强化|完善|深化|培育|建设|目标/g;
/** A part title that looks back (总结, 完成情况) or forward (计划, 打算). */
const REVIEW_PART = /总结|完成情况|开展情况|进展情况|推进情况|基本情况|执行情况|主要成效|取得成效|工作成效|回顾|主要做法|存在(?:的)?问题/;
const FORWARD_PART = /计划|打算|思路|安排|要点|目标|措施|举措|下步|下一步|明年/;

/** What each kind is called on pages, in the outline and in warnings. */
export const KIND_NAME = { plan: "计划", report: "进展或完成情况报告", summary: "工作总结" } as const;

export interface DetectedKind {
  kind: DocumentKind;
  sure: boolean; // false: the words point both ways; the caller warns and the editor can say in the catalogue
}

/**
 * Returns what kind of document this is, from its title (or its first lines when it has none) and
 * how often its text reports progress (序时进度, 已完成, 完成率, 同比增长, 预计全年 …) against how often it
 * states intent. A title naming both a summary and a plan (2021年工作总结和2022年工作计划) is a summary.
 */
export function detectKind(title: string, text: string): DetectedKind {
  const progress = (text.match(PROGRESS) ?? []).length;
  const intent = (text.match(INTENT) ?? []).length;
  if (SUMMARY_TITLE.test(title)) return { kind: "summary", sure: true };
  if (REPORT_TITLE.test(title)) return { kind: "report", sure: true };
  if (PLAN_TITLE.test(title)) {
    // a title naming a task (任务29) over a text that reports progress throughout: a report, said to be unsure
    if (progress >= 3 && progress * 2 >= intent) return { kind: "report", sure: false };
    return { kind: "plan", sure: progress < intent };
  }
  if (progress >= 3 && progress * 2 >= intent) return { kind: "report", sure: progress >= 6 };
  return { kind: "plan", sure: progress < 2 || progress * 4 < intent };
}

/** Returns whether a part's title looks back on work done (一、2022年工作总结, 二、重点工作开展情况). */
export function isReviewTitle(title: string): boolean {
  return REVIEW_PART.test(title) && !FORWARD_PART.test(title.replace(REVIEW_PART, ""));
}
