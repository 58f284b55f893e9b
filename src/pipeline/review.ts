/** review: what the editor should look at before publishing a plan — parser warnings, catalogue gaps, unlisted names, and redactions that disagree. */
import type { Entity } from "../schema/entity.ts";
import type { Plan } from "../schema/plan.ts";
import { proposeEntities } from "./entities.ts";
import { findRedactionSpans } from "./redactions.ts";
import { placedMeasures } from "./plan-text.ts";

export interface Finding {
  line: number | null; // 1-based source line; null for the whole plan
  message: string;
}

const DISCLOSURE_LABELS: [keyof Plan["disclosure"], string][] = [
  ["indexNumber", "索引号"], ["docNumber", "文号"], ["category", "信息分类"], ["dateWritten", "成文日期"], ["datePublished", "发布日期"], ["validity", "有效性"], ["keywords", "关键词"],
];
const SLIP = /^[A-Z]/; // a letter right after a redaction mark: *G站点 is more likely a redacted 5G than a hidden value

/**
 * Returns the findings for one plan, in line order: the parser's warnings (with goals that match no
 * indicator and measures under no theme); the disclosure fields the catalogue leaves empty; names the
 * plan enumerates that data/entities.csv lacks; a target withheld in one place but stated in another
 * (the 2021 plan: 新增规模工业企业X家 in its goals, 32家 in measure 13); and redaction marks that look
 * like slips (*G站点).
 */
export function reviewPlan(plan: Plan, entities: Entity[]): Finding[] {
  const findings: Finding[] = plan.warnings.map((w) => ({ line: w.line, message: w.message }));
  const missing = DISCLOSURE_LABELS.filter(([key]) => plan.disclosure[key] === null).map(([, label]) => label);
  if (missing.length) findings.push({ line: null, message: `目录 data/plans.csv 未填：${missing.join("、")}（页面显示“未注明”；知道的请补上）` });
  for (const c of proposeEntities(plan, entities)) findings.push({ line: c.line, message: `“${c.name}”可能是企业或项目，尚未登记在 data/entities.csv（原文：${c.context}）` });
  findings.push(...redactionConflicts(plan), ...redactionSlips(plan));
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Returns a finding for each goal whose value is withheld while a measure of the same plan states a value for the same indicator. */
export function redactionConflicts(plan: Plan): Finding[] {
  const stated = placedMeasures(plan).flatMap(({ measure, ref }) => measure.commitments.filter((c) => c.indicator && !c.redacted).map((c) => ({ c, measure, ref })));
  return plan.goals
    .filter((g) => g.redacted && g.indicator)
    .flatMap((g) =>
      stated
        .filter((s) => s.c.indicator === g.indicator)
        .map((s) => ({
          line: g.line,
          message: `发展目标“${g.text}”隐去了数值，但${s.ref.place}（第 ${s.measure.line} 行）写明“${s.c.text}”：同一目标一处隐去、一处公开，请确认应当公开还是两处都应隐去`,
        })),
    );
}

/** Returns a finding for each redaction mark followed by a capital letter, which is more likely a slip than a hidden value. */
export function redactionSlips(plan: Plan): Finding[] {
  return placedMeasures(plan).flatMap(({ measure }) => {
    const lines = measure.text.split("\n");
    return lines.flatMap((text, i) =>
      findRedactionSpans(text)
        .filter((r) => SLIP.test(text.slice(r.end)))
        .map((r) => ({
          line: measure.line + i,
          message: `“${text.slice(Math.max(0, r.start - 4), r.end + 3)}”中的“${r.glyphs}”后接字母，像是误把数字改成了隐去符号（如 5G 写成 ${r.glyphs}G）：请核对原件`,
        })),
    );
  });
}
