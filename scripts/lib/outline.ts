/** outline: a plan record as a readable outline for the editor checking a document — kind, stated metadata, notice, parts, items with units and targets, warnings. */
import type { Measure, Plan, Responsibility } from "../../src/schema/plan.ts";
import { formatAmount } from "../../src/lib/format.ts";
import { KIND_NAME as KIND } from "../../src/pipeline/document-kind.ts";

const FIELD = { indexNumber: "索引号", docNumber: "文号", issuer: "发布机构", category: "信息分类", dateWritten: "成文日期", datePublished: "发布日期", validity: "有效性", keywords: "关键词" } as const;

/** Returns the outline: one line per heading and item, indented, with what was read from each. */
export function planOutline(plan: Plan): string {
  const out: string[] = [];
  const measures = plan.parts.flatMap((p) => p.sections.flatMap((s) => s.measures));
  out.push(`《${plan.title || "（目录未写标题）"}》 ${plan.year}年 · ${plan.issuer || "（发布机构未知）"}`);
  out.push(`类型：${KIND[plan.kind]}（${plan.kindFrom === "catalogue" ? "目录写明" : "按文字判断"}） · ${measures.length} 条措施 · ${plan.goals.length} 项目标 · ${measures.reduce((n, m) => n + m.commitments.length, 0)} 项量化承诺 · ${plan.redactions.length} 处隐去的值`);
  for (const f of plan.stated) out.push(`文中写明的${FIELD[f.field]}：${f.value}（第 ${f.line} 行${f.used ? "，已采用" : "，目录另有写法，以目录为准"}）`);
  if (plan.notice) out.push(`印发通知：第 ${plan.notice.line} 行起，${plan.notice.paragraphs.length} 段（与计划分开显示）`);
  if (plan.furniture.length) out.push(`页面附带文字：第 ${plan.furniture.map((f) => f.line).join("、")} 行（与正文分开显示）`);
  if (plan.preamble.length) out.push(`前言：${plan.preamble.length} 段`);
  for (const part of plan.parts) {
    if (part.marker || part.title) out.push(`${part.marker}${part.title}${part.kind === "review" ? "  〔回顾已做的工作〕" : part.kind === "goals" ? "  〔目标〕" : ""}`);
    for (const section of part.sections) {
      if (section.marker || section.title) out.push(`  ${section.marker}${section.title}`);
      for (const m of section.measures) out.push(...measureLines(m));
    }
  }
  for (const g of plan.goals) out.push(`目标 ${g.anchor}：${g.subject} ${formatAmount(g)}${g.stretch ? "（力争）" : ""}  ← ${g.text}`);
  if (plan.warnings.length) {
    out.push("", "请核对（只给编辑看，不在网页上显示）：");
    for (const w of plan.warnings) out.push(`  ${w.line === null ? "全文" : `第 ${w.line} 行`}：${w.message}`);
  }
  return out.join("\n");
}

function measureLines(m: Measure): string[] {
  const head = `    ${m.number === null ? "·" : `${m.number}.`} ${clip(m.title || m.text, 40)}`;
  const lines = [head];
  const who = responsibilityText(m.responsibility);
  if (who) lines.push(`        ${who}`);
  for (const c of m.cells ?? []) if (!["task", "target", "indicator", "lead", "responsible", "cooperating", "leader"].includes(c.role) && c.text) lines.push(`        ${c.column}：${clip(c.text, 50)}`);
  for (const c of m.commitments) lines.push(`        承诺：${c.subject || c.text} ${formatAmount(c)}${c.stretch ? "（力争）" : ""}`);
  return lines;
}

function responsibilityText(r: Responsibility | null): string {
  if (!r) return "";
  const from = r.from === "heading" ? "（沿用标题）" : r.from === "table" ? "（表格）" : "";
  return r.roles.map((role) => `${role.label}：${role.names.join("、")}`).join("；") + from;
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s*\n\s*/g, " ");
  return one.length > n ? `${one.slice(0, n)}…` : one;
}
