/** notes: reads an editor's Markdown note (front matter + body), checks it against its plan, and renders it safely. */
import matter from "gray-matter";
import MarkdownIt from "markdown-it";
import { NoteKind, type Note } from "../schema/note.ts";
import type { Plan } from "../schema/plan.ts";
import { InputError, type Problem } from "./input-error.ts";
import { measuresOf } from "./plan-text.ts";

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
  const { data, content: body } = matter(content);
  const lineOf = (key: string) => content.split("\n").findIndex((l) => l.startsWith(`${key}:`)) + 1;
  const problems: Problem[] = [];
  const at = (key: string, reason: string) => problems.push({ file, line: lineOf(key), column: 1, reason });
  const kind = NoteKind.safeParse(data.type);
  if (!kind.success) at("type", `type 须为 解读、编者按 或 勘误，收到“${data.type ?? ""}”`);
  const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : data.date == null ? null : String(data.date);
  if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) at("date", `日期“${date}”请写成 2023-03-01`);
  if (kind.success && kind.data === "勘误" && date === null) at("type", "勘误必须注明日期（date: 2023-03-01）");
  const measure = data.measure == null ? null : String(data.measure);
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
