/** responsibility: reads who answers for a measure — (责任领导：…，责任股室：…), 牵头单位：… 责任单位：… */
import type { Responsibility, ResponsibilityName } from "../schema/plan.ts";

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
  responsibility: Responsibility; // its start, end and each name's offsets count in the measure text
  start: number; // offset of `raw` in the measure text
  end: number;
  closed: boolean; // false when the bracket is never closed
}

/** A name as found, with its offsets in the text it was read from. */
interface Token {
  name: string;
  start: number;
  end: number;
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
      return found(text, i, end, close !== -1, i + 1, close === -1 ? end : close);
    }
    if (OPEN.has(text[i]!)) {
      const close = matchingClose(text, i);
      const inner = close === -1 ? "" : text.slice(i + 1, close);
      if (VERB_ANNOTATION.test(inner)) return { responsibility: readVerbRoles(text.slice(i, close + 1), inner, i, i + 1), start: i, end: close + 1, closed: true };
    }
    if (atLineStart && i > 0 && ROLE_AT_START.test(text.slice(i, i + 40))) {
      // this line and each next one that also opens with a role label (牵头单位：… then 责任单位：…)
      let end = lineEndAt(text, i);
      while (end < text.length && ROLE_AT_START.test(text.slice(end + 1, end + 41))) end = lineEndAt(text, end + 1);
      return found(text, i, end, true, i, end);
    }
  }
  const inline = INLINE_ROLE.exec(text);
  if (inline) {
    const start = inline.index + inline[0].length - inline[1]!.length;
    return found(text, start, start + inline[1]!.length, true, start, start + inline[1]!.length);
  }
  return null;
}

/**
 * Returns the roles of a bracket that names who leads and who helps with verbs: (区科技局牵头),
 * (县发改委负责，县统计局配合). `start` is the bracket's offset in the measure text, `at` its inner text's.
 */
function readVerbRoles(raw: string, inner: string, start: number, at: number): Responsibility {
  const names: ResponsibilityName[] = [];
  const roles = tokens(inner, /[，,；;]/, at).map((clause) => {
    const verb = Object.keys(VERB_ROLES).find((v) => clause.name.endsWith(v))!;
    const lead = clause.name.startsWith("由") ? 1 : 0;
    const label = VERB_ROLES[verb]!;
    const found = joinCategoryWords(tokens(clause.name.slice(lead, -verb.length), /[、]/, clause.start + lead));
    names.push(...found.map((t) => ({ ...t, role: label, kind: "office" as const })));
    return { label, names: found.map((t) => t.name) };
  });
  return { raw, from: "text", start, end: start + raw.length, leaders: [], offices: unique(roles.flatMap((r) => r.names)), roles, names, note: null };
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

function found(text: string, start: number, end: number, closed: boolean, innerStart: number, innerEnd: number): FoundResponsibility {
  return { responsibility: readRoles(text.slice(start, end), text.slice(innerStart, innerEnd), start, innerStart), start, end, closed };
}

/**
 * Returns the roles of an annotation's inner text; the text after a role list's first 。 is its note.
 * `start` is the annotation's offset in the measure text, `at` its inner text's: each name keeps
 * where it stands, so pages mark exactly the names the parser read.
 */
export function readRoles(raw: string, inner: string, start = 0, at = 0): Responsibility {
  const labels = [...inner.matchAll(ROLE)];
  const roles: Responsibility["roles"] = [];
  const names: ResponsibilityName[] = [];
  let note: string | null = null;
  labels.forEach((m, k) => {
    const from = m.index + m[0].length;
    let value = inner.slice(from, labels[k + 1]?.index ?? inner.length);
    const stop = value.indexOf("。");
    if (stop !== -1) {
      note = value.slice(stop + 1).trim() || null;
      value = value.slice(0, stop);
    }
    const label = m[1]!;
    const found = joinCategoryWords(tokens(value, NAME_SEPARATOR, at + from));
    const kind = LEADER_ROLES.includes(label) ? "leader" : OFFICE_ROLES.includes(label) ? "office" : "other";
    names.push(...found.map((t) => ({ ...t, role: label, kind: kind as ResponsibilityName["kind"] })));
    roles.push({ label, names: found.map((t) => t.name) });
  });
  const namesOf = (set: string[]) => unique(roles.filter((r) => set.includes(r.label)).flatMap((r) => r.names));
  return { raw, from: "text", start, end: start + raw.length, leaders: namesOf(LEADER_ROLES), offices: namesOf(OFFICE_ROLES), roles, names, note };
}

/** Splits `text` at each separator into trimmed, non-empty tokens; `at` is the offset of `text` in the measure text. */
function tokens(text: string, separator: RegExp, at: number): Token[] {
  const out: Token[] = [];
  const re = new RegExp(separator.source, "g");
  let from = 0;
  for (const piece of [...text.split(re)]) {
    const lead = piece.length - piece.trimStart().length;
    const name = piece.trim();
    if (name) out.push({ name, start: at + from + lead, end: at + from + lead + name.length });
    from += piece.length + 1; // every separator is one character
  }
  return out;
}

/** Returns the names with a bare category word joined back to the name before it: [市直有关部门, 单位] → [市直有关部门、单位]. */
function joinCategoryWords(names: Token[]): Token[] {
  return names.reduce<Token[]>((out, t) => {
    const last = out.at(-1);
    return CATEGORY_WORD.test(t.name) && last ? [...out.slice(0, -1), { name: `${last.name}、${t.name}`, start: last.start, end: t.end }] : [...out, t];
  }, []);
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
