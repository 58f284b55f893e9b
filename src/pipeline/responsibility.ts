/** responsibility: reads who answers for a measure — (责任领导：…，责任股室：…), 牵头单位：… 责任单位：… */
import type { Responsibility } from "../schema/plan.ts";

const LEADER_ROLES = ["责任领导", "分管领导", "牵头领导", "包保领导", "责任人"];
const OFFICE_ROLES = [
  "责任股室", "责任科室", "责任处室", "牵头股室", "牵头科室", "牵头单位", "牵头部门", "责任单位", "责任部门",
  "配合单位", "配合部门", "配合股室", "协办单位", "协同单位", "参与单位",
];
const TIME_ROLES = ["完成时限", "完成时间", "时间节点"]; // when, not who: kept as a role, never an office
const ALL_ROLES = [...LEADER_ROLES, ...OFFICE_ROLES, ...TIME_ROLES];
const ROLE = new RegExp(`(${ALL_ROLES.join("|")})\\s*(?:[：:]|为)`, "g"); // 责任股室： or 责任单位为 role label
const INLINE_ROLE = new RegExp(`[，,]\\s*((?:${OFFICE_ROLES.join("|")})为[^；;。\\n]+)`); // ，责任单位为县发改委、县统计局；
const VERB_ROLES: Record<string, string> = { 牵头: "牵头单位", 负责: "责任单位", 配合: "配合单位", 参与: "参与单位", 协同: "协同单位" };
// (区科技局牵头) / （县发改委负责，县统计局配合）: who, then what they do, in a bracket of its own
const VERB_ANNOTATION = /^\s*由?[^（）()，,；;。由的]{2,40}?(?:牵头|负责)(?:\s*[，,；;]\s*[^（）()，,；;。由的]{2,60}?(?:配合|参与|协同))?\s*$/;
const ROLE_AT_START = new RegExp(`^\\s*(?:${ALL_ROLES.join("|")})\\s*[：:]`); // annotation opening
const NAME_SEPARATOR = /[、，,；;]/; // splits a list of names
const CATEGORY_WORD = /^(?:单位|部门|机构)$/; // a bare kind of unit: 市直有关部门、单位 is one entry
const OPEN = new Set(["（", "("]);
const CLOSE = new Set(["）", ")"]);

export interface FoundResponsibility {
  responsibility: Responsibility;
  start: number; // offset of `raw` in the measure text
  end: number;
  closed: boolean; // false when the bracket is never closed
}

/**
 * Returns the first responsibility annotation in a measure's text: a bracket, full-width or ASCII,
 * opening with a role label, or a line that opens with one. Names are kept as written (XXX stays XXX).
 * Returns null when there is none. An unclosed bracket runs to the end of the text (closed: false).
 */
export function findResponsibility(text: string): FoundResponsibility | null {
  for (let i = 0; i < text.length; i++) {
    const atLineStart = i === 0 || text[i - 1] === "\n";
    if (OPEN.has(text[i]!) && ROLE_AT_START.test(text.slice(i + 1, i + 40))) {
      const close = matchingClose(text, i);
      const end = close === -1 ? text.length : close + 1;
      return found(text, i, end, close !== -1, text.slice(i + 1, close === -1 ? end : close));
    }
    if (OPEN.has(text[i]!)) {
      const close = matchingClose(text, i);
      const inner = close === -1 ? "" : text.slice(i + 1, close);
      if (VERB_ANNOTATION.test(inner)) return { responsibility: readVerbRoles(text.slice(i, close + 1), inner), start: i, end: close + 1, closed: true };
    }
    if (atLineStart && i > 0 && ROLE_AT_START.test(text.slice(i, i + 40))) {
      // this line and each next one that also opens with a role label (牵头单位：… then 责任单位：…)
      let end = lineEndAt(text, i);
      while (end < text.length && ROLE_AT_START.test(text.slice(end + 1, end + 41))) end = lineEndAt(text, end + 1);
      return found(text, i, end, true, text.slice(i, end));
    }
  }
  const inline = INLINE_ROLE.exec(text);
  if (inline) {
    const start = inline.index + inline[0].length - inline[1]!.length;
    return found(text, start, start + inline[1]!.length, true, inline[1]!);
  }
  return null;
}

/** Returns the roles of a bracket that names who leads and who helps with verbs: (区科技局牵头), (县发改委负责，县统计局配合). */
function readVerbRoles(raw: string, inner: string): Responsibility {
  const roles = inner.split(/[，,；;]/).map((clause) => clause.trim()).filter(Boolean).map((clause) => {
    const verb = Object.keys(VERB_ROLES).find((v) => clause.endsWith(v))!;
    return { label: VERB_ROLES[verb]!, names: joinCategoryWords(clause.slice(0, -verb.length).replace(/^由/, "").split(/[、]/).map((n) => n.trim()).filter(Boolean)) };
  });
  return { raw, leaders: [], offices: unique(roles.flatMap((r) => r.names)), roles, note: null };
}

function lineEndAt(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end === -1 ? text.length : end;
}

function matchingClose(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (OPEN.has(text[i]!)) depth++;
    else if (CLOSE.has(text[i]!) && --depth === 0) return i;
  }
  return -1;
}

function found(text: string, start: number, end: number, closed: boolean, inner: string): FoundResponsibility {
  return { responsibility: readRoles(text.slice(start, end), inner), start, end, closed };
}

/** Returns the roles of an annotation's inner text; the text after a role list's first 。 is its note. */
export function readRoles(raw: string, inner: string): Responsibility {
  const labels = [...inner.matchAll(ROLE)];
  const roles: Responsibility["roles"] = [];
  let note: string | null = null;
  labels.forEach((m, k) => {
    const from = m.index + m[0].length;
    let value = inner.slice(from, labels[k + 1]?.index ?? inner.length);
    const stop = value.indexOf("。");
    if (stop !== -1) {
      note = value.slice(stop + 1).trim() || null;
      value = value.slice(0, stop);
    }
    const names = joinCategoryWords(value.split(NAME_SEPARATOR).map((s) => s.trim()).filter(Boolean));
    roles.push({ label: m[1]!, names });
  });
  const namesOf = (set: string[]) => unique(roles.filter((r) => set.includes(r.label)).flatMap((r) => r.names));
  return { raw, leaders: namesOf(LEADER_ROLES), offices: namesOf(OFFICE_ROLES), roles, note };
}

/** Returns the names with a bare category word joined back to the name before it: [市直有关部门, 单位] → [市直有关部门、单位]. */
function joinCategoryWords(names: string[]): string[] {
  return names.reduce<string[]>((out, name) => (CATEGORY_WORD.test(name) && out.length ? [...out.slice(0, -1), `${out.at(-1)}、${name}`] : [...out, name]), []);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
