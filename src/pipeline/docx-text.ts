/** docxText: turns a Word document (as mammoth's HTML) into the plain text the parser reads — paragraphs as lines, task tables as numbered items. */
import { parseHTML } from "linkedom";

const TASK = /工作任务|重点任务|主要任务|任务内容|工作内容|具体措施|主要措施|任务/; // the column holding the task
const NUMBER = /^序号$|^编号$/; // the row-number column
const ROLE = /牵头单位|责任单位|责任股室|责任科室|配合单位|责任领导|牵头部门|责任部门|完成时限|完成时间/; // a column the parser reads as responsibility

/**
 * Returns the document's text, a line per paragraph (heading or list item), blank paragraphs kept so
 * that line numbers match the document. A task table — a header row with a task column and at least one
 * responsibility column (牵头单位, 责任单位, 完成时限 …) — becomes one numbered line per row:
 * "1.任务（牵头单位：甲，责任单位：乙）", its labels taken from the header, so that each row is a measure
 * with its responsibility. Any other table becomes a line per row, cells joined by a full-width space.
 */
export function docxHtmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const lines: string[] = [];
  for (const el of document.body.children) {
    if (el.tagName === "TABLE") lines.push(...tableLines(el));
    else if (el.tagName === "UL" || el.tagName === "OL") for (const li of el.querySelectorAll("li")) lines.push(textOf(li));
    else lines.push(textOf(el));
  }
  return lines.join("\n");
}

function textOf(el: Element): string {
  for (const br of el.querySelectorAll("br")) br.replaceWith("\n");
  return (el.textContent ?? "").replace(/\u00a0/g, " ");
}

function tableLines(table: Element): string[] {
  const rows = [...table.querySelectorAll("tr")].map((tr) => [...tr.querySelectorAll("td, th")].map((c) => textOf(c).replace(/\s*\n\s*/g, "").trim()));
  const [header, ...body] = rows;
  const task = header?.findIndex((h) => TASK.test(h)) ?? -1;
  const roles = header?.flatMap((h, i) => (ROLE.test(h) ? [i] : [])) ?? [];
  if (!header || task === -1 || roles.length === 0) return rows.map((r) => r.join("\u3000"));
  const number = header.findIndex((h) => NUMBER.test(h));
  return body
    .filter((r) => r.some(Boolean))
    .map((r, i) => {
      const annotation = roles.filter((c) => r[c]).map((c) => `${header[c]}：${r[c]}`).join("，");
      const n = number !== -1 && /^\d+$/.test(r[number] ?? "") ? r[number] : String(i + 1);
      return `${n}.${r[task] ?? ""}${annotation ? `（${annotation}）` : ""}`;
    });
}
