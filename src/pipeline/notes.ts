/** notes: reads an editor's Markdown note (YAML front matter + body), checks it against its plan, and renders it safely. */
import MarkdownIt from "markdown-it";
import { parseDocument } from "yaml";
import { NoteKind, type Note } from "../schema/note.ts";
import type { Plan } from "../schema/plan.ts";
import { InputError, type Problem } from "./input-error.ts";
import { measuresOf } from "./plan-text.ts";
import { readDate } from "../schema/cells.ts";
import { describeControl, findControl } from "./controls.ts";

const FIELDS = ["type", "title", "date", "measure"]; // what a note's front matter may hold

/**
 * Returns the front matter's fields as strings and the body. The front matter is YAML and nothing else:
 * a fence that names another language (`---js`, `---coffee`) is refused, never run, and so is YAML with
 * custom tags, anchors, duplicate keys or anything but plain text values. Throws InputError at file:line.
 */
export function readFrontMatter(file: string, content: string): { data: Record<string, string | null>; body: string; lineOf: (key: string) => number } {
  const fail = (line: number, reason: string): never => {
    throw new InputError([{ file, line, column: 1, reason }]);
  };
  const control = findControl(content);
  if (control) fail(control.line, `含不可见的控制字符 ${describeControl(control.char)}：请删除`);
  const lines = content.split(/\r?\n/);
  if (!/^---\s*$/.test(lines[0] ?? "")) fail(1, /^---/.test(lines[0] ?? "") ? `开头须是单独一行 ---，后面写 YAML；“${lines[0]}”不被接受（说明中不能含程序代码）` : "开头须是 --- 行，写明 type 等信息，再以 --- 行结束");
  const end = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  if (end === -1) fail(1, "开头的 --- 没有对应的结束行 ---");
  const lineOf = (key: string) => lines.findIndex((l, i) => i < end && l.startsWith(`${key}:`)) + 1;
  const yaml = parseDocument(lines.slice(1, end).join("\n"), { schema: "core", uniqueKeys: true, customTags: [], merge: false });
  const problem = yaml.errors[0] ?? yaml.warnings[0];
  if (problem) fail((problem.linePos?.[0]?.line ?? 0) + 1, `开头的 YAML 写得不对（${problem.code === "TAG_RESOLVE_FAILED" ? "不接受 !! 标签" : problem.code === "DUPLICATE_KEY" ? "同一项写了两次" : problem.message.split("\n")[0]}）`);
  const raw: unknown = yaml.toJS({ maxAliasCount: 0 });
  if (raw !== null && (typeof raw !== "object" || Array.isArray(raw))) fail(2, "开头须是“名称: 值”的形式，如 type: 解读");
  const data: Record<string, string | null> = {};
  for (const [key, value] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    if (!FIELDS.includes(key)) fail(lineOf(key) || 2, `不认识的项“${key}”，只能写 ${FIELDS.join("、")}`);
    if (value !== null && typeof value === "object") fail(lineOf(key), `“${key}”须是一段文字，不能是列表或嵌套`);
    data[key] = value == null ? null : String(value);
  }
  return { data, body: lines.slice(end + 1).join("\n"), lineOf };
}

// html: false — tags in a note are shown as text; markdown-it's validateLink drops javascript:, vbscript:, file: and data: links.
const markdown = new MarkdownIt({ html: false, linkify: true });
const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx]!.attrSet("rel", "nofollow noopener noreferrer"); // a note's links point away from the government site
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Returns the note's body rendered as HTML: no raw HTML, no script links. */
export function renderNote(body: string): string {
  return markdown.render(body);
}

/**
 * Returns the note in `content` (front matter: type 解读/编者按/勘误, title, date, measure), checked
 * against `plan`. Throws InputError naming the file and line of each problem: an unknown type, a 勘误
 * without a date, a date that is not YYYY-MM-DD, a measure anchor the plan does not have.
 */
export function readNote(file: string, content: string, plan: Pick<Plan, "id" | "parts">): Note {
  const { data, body, lineOf } = readFrontMatter(file, content);
  const problems: Problem[] = [];
  const at = (key: string, reason: string) => problems.push({ file, line: lineOf(key), column: 1, reason });
  const kind = NoteKind.safeParse(data.type);
  if (!kind.success) at("type", `type 须为 解读、编者按 或 勘误，收到“${data.type ?? ""}”`);
  const date = data.date == null ? null : /^\d{4}-\d{2}-\d{2}$/.test(data.date) ? readDate(data.date) : null;
  if (data.date != null && date === null) at("date", `日期“${data.date}”不是一个真实的日期，请写成 2023-03-01`);
  if (kind.success && kind.data === "勘误" && data.date == null) at("type", "勘误必须注明日期（date: 2023-03-01）");
  const measure = data.measure ?? null;
  if (measure !== null && !measuresOf(plan).some((m) => m.anchor === measure)) at("measure", `计划“${plan.id}”没有措施“${measure}”（写成 m-13 这样的锚点）`);
  if (problems.length) throw new InputError(problems);
  return {
    file,
    kind: kind.data!,
    title: String(data.title ?? (kind.data === "勘误" ? "勘误" : kind.data)),
    date,
    measure,
    markdown: body.trim(),
    html: renderNote(body),
  };
}

/** Returns the plan with the notes of `files` beside it, and the problems of those that cannot be read (reported together). */
export function attachNotes(plan: Plan, files: { file: string; content: string }[]): { plan: Plan; problems: Problem[] } {
  const problems: Problem[] = [];
  const notes = files.flatMap((n) => {
    try {
      return [readNote(n.file, n.content, plan)];
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(...e.problems);
      return [];
    }
  });
  return { plan: { ...plan, notes }, problems };
}
