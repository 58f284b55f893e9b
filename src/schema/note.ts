/** Notes (notes/<plan-id>/*.md): what the editor adds beside a plan — an interpretation, an editor's note, a dated correction. The plan's text never changes. */
import { z } from "zod";

export const NoteKind = z.enum(["解读", "编者按", "勘误"]);

export const NoteSchema = z.object({
  file: z.string().describe("说明文件 notes/<计划编号>/<文件名>.md"), // notes/<plan-id>/<name>.md
  kind: NoteKind.describe("类型：解读、编者按、勘误"),
  title: z.string().describe("标题"),
  date: z.string().nullable().describe("日期 YYYY-MM-DD（勘误必填）"), // YYYY-MM-DD; required for a 勘误
  measure: z.string().nullable().describe("针对的措施锚点（如 m-13），针对整份计划时为 null"), // the anchor of the measure it is about (m-13), or null for the whole plan
  markdown: z.string().describe("正文（Markdown 原文）"), // the body as written
  html: z.string().describe("正文（渲染后的 HTML：不含原始 HTML，过滤危险链接）"), // the body rendered by markdown-it: raw HTML off, unsafe links dropped
});

export type Note = z.output<typeof NoteSchema>;
