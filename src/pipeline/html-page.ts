/** htmlPage: turns a web page saved from the portal into the lines the parser reads — the page's disclosure table, the article's title and its body; never the site's navigation, scripts or buttons. */
import { parseHTML } from "linkedom";
import { joinPieces, type CellPosition, type Piece } from "./extracted-text.ts";
import { tableGrid, tableRowsToLines } from "./docx-text.ts";

/** Elements whose content is never text of the page: code, embedded objects, forms and the site's chrome. */
const DROPPED = "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea, nav, link, meta, img, video, audio, map, [hidden], [aria-hidden=true]";
/** The containers portals put an article's body in (TRS, 政府网站集约化平台, common CMS), tried in order. */
const BODY_SELECTORS = ["#zoom", ".TRS_Editor", "#UCAP-CONTENT", ".trs_editor_view", ".article-content", ".article_content", ".pages_content", ".wzcon", ".zwnr", ".content_text", "#content", ".content", "article", "main"];
/** The labels of a page's disclosure table (see stated-metadata.ts); two of them in one block make it the table. */
const META_LABELS = ["索引号", "信息索取号", "发布机构", "发文机关", "发文单位", "文号", "发文字号", "成文日期", "发文日期", "发布日期", "主题分类", "组配分类", "信息分类", "有效性", "公开方式", "生效日期", "废止日期", "主题词", "关键词"];
/** Elements that end a line before and after them. */
const BLOCK = /^(P|DIV|H[1-6]|LI|UL|OL|DL|DT|DD|BLOCKQUOTE|SECTION|ARTICLE|HEADER|FOOTER|ASIDE|MAIN|PRE|CENTER|ADDRESS|FIGURE|FIGCAPTION|HR|TABLE|TR|CAPTION)$/;
const TITLE_SEPARATOR = /\s*(?:[_|｜]|--|—|-\s)\s*/; // 标题_金乡县人民政府, 标题 - 某网站

/** How deeply a page's elements may nest: browsers stop nesting at 512; the readers below recurse. */
const MAX_DEPTH = 512;

/** What a saved page gives the parser, or why it gives nothing. */
export type PageText = { text: string; merged: CellPosition[] } | { error: string };

/**
 * Returns the text of a saved portal page: first the label/value pairs of its disclosure table (索引号,
 * 发布机构, 文号, 成文日期 …), a line each, as the stated-metadata reader reads them; then the article's
 * title (its h1, else the page title before the site's name) unless the body opens with it; then the body
 * — the first of the portals' body containers that holds text, else the block holding the most paragraph
 * text — a line per paragraph, heading, list item or line break, tables as docx tables are written (task
 * tables as pipe rows, their merged cells known). Scripts, styles, forms, buttons, navigation, images,
 * hidden elements and comments are never text. Returns an error when the page has no body text or nests
 * deeper than MAX_DEPTH.
 */
export function htmlPageToLines(html: string): PageText {
  const { document } = parseHTML(html);
  if (deeperThan(document.documentElement, MAX_DEPTH)) return { error: `网页的标签嵌套超过 ${MAX_DEPTH} 层，浏览器也不会这样显示：文件可能已损坏或被人为构造；请在浏览器中打开后重新保存网页，或改用附件原件（.docx、.pdf）` };
  for (const el of [...document.querySelectorAll(DROPPED)]) el.remove();
  for (const el of [...document.querySelectorAll("[style]")]) if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute("style") ?? "")) el.remove();
  const root = document.body ?? document.documentElement;
  if (!root) return { error: "不是网页：找不到 HTML 内容" };
  const meta = metadataBlock(root);
  if (meta) meta.remove();
  const body = bodyOf(root);
  if (!body) return { error: "网页中找不到正文：请打开网页核对，或把正文另存为 .docx 或 .txt" };
  const lines = blockPieces(body);
  const title = titleOf(document, body);
  const first = lines.find((l) => (typeof l === "string" ? l : l.text).trim() !== "");
  const opening = typeof first === "string" ? first.replace(/\s+/g, "") : "";
  return joinPieces([...(meta ? metadataLines(meta) : []), ...(title && opening !== title.replace(/\s+/g, "") ? [title] : []), ...lines]);
}

/** Whether elements nest deeper than `limit` under `root`, found without recursion. */
function deeperThan(root: Element | null, limit: number): boolean {
  const stack: [Element, number][] = root ? [[root, 1]] : [];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of el.children) stack.push([child, depth + 1]);
  }
  return false;
}

/** Returns the smallest element holding two or more disclosure labels and no long prose: the page's 公开信息 table; null when there is none. */
function metadataBlock(root: Element): Element | null {
  const candidates = [...root.querySelectorAll("table, div, ul, dl, section")].filter((el) => {
    const text = (el.textContent ?? "").replace(/\s+/g, "");
    return META_LABELS.filter((l) => text.includes(l)).length >= 2 && text.length < 600;
  });
  return candidates.find((el) => !candidates.some((other) => other !== el && el.contains(other))) ?? null;
}

/** Returns the disclosure table's pairs as “label：value” lines, in the page's order. */
function metadataLines(block: Element): string[] {
  const cells = [...block.querySelectorAll("td, th, li, dt, dd, span, p, div")].filter((el) => !el.querySelector("td, th, li, dt, dd, span, p, div"));
  const texts = (cells.length ? cells : [block]).map((el) => clean(el.textContent ?? "")).filter(Boolean);
  const isLabel = (t: string) => META_LABELS.includes(t.replace(/[\s:：]+/g, ""));
  const lines: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    if (isLabel(t)) {
      const value = i + 1 < texts.length && !isLabel(texts[i + 1]!) ? texts[++i]! : "";
      lines.push(`${t.replace(/[\s:：]+$/, "")}：${value}`);
    } else lines.push(t);
  }
  return lines;
}

/** Returns the article's body: the first known container with text, else the element whose paragraphs hold the most text. */
function bodyOf(root: Element): Element | null {
  for (const selector of BODY_SELECTORS) {
    const found = [...root.querySelectorAll(selector)].find((el) => clean(el.textContent ?? "").length > 0);
    if (found) return found;
  }
  const scores = new Map<Element, number>();
  for (const p of root.querySelectorAll("p, td, li, br")) {
    const block = p.tagName === "BR" ? p.parentElement : p;
    const length = clean(block?.textContent ?? "").length - linkText(block);
    for (let el = block?.parentElement ?? null, share = 1; el && share > 0.2; el = el.parentElement, share /= 2) scores.set(el, (scores.get(el) ?? 0) + length * share);
  }
  let best: Element | null = null;
  for (const [el, score] of scores) if (!best || score > scores.get(best)!) best = el;
  return best && clean(best.textContent ?? "") ? best : clean(root.textContent ?? "") ? root : null;
}

function linkText(el: Element | null): number {
  return el ? [...el.querySelectorAll("a")].reduce((n, a) => n + clean(a.textContent ?? "").length, 0) : 0;
}

/** Returns the article's title: an h1 outside the body (or the page's title before the site's name); null when there is none. */
function titleOf(document: Document, body: Element): string | null {
  const h1 = [...document.querySelectorAll("h1")].find((h) => !body.contains(h) && clean(h.textContent ?? ""));
  if (h1) return clean(h1.textContent ?? "");
  const title = clean(document.querySelector("title")?.textContent ?? "");
  return title ? title.split(TITLE_SEPARATOR)[0]!.trim() || null : null;
}

/** Returns an element's lines: block elements and line breaks end a line, tables are written row by row, empty lines are left out. */
function blockPieces(el: Element): Piece[] {
  const pieces: Piece[] = [];
  let run = "";
  const flush = () => {
    const line = run.replace(/^[ \t\r\n\f]+|[ \t\r\n\f]+$/g, "");
    if (line) pieces.push(line);
    run = "";
  };
  const visit = (node: Element) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) run += (child.textContent ?? "").replace(/[ \t\r\n\f]+/g, " ").replace(/\u00a0/g, " ");
      else if (child.nodeType !== 1) continue;
      else if ((child as Element).tagName === "BR") flush();
      else if ((child as Element).tagName === "TABLE") {
        flush();
        const { rows, covered } = tableGrid(child as Element);
        pieces.push(...tableRowsToLines(rows, covered));
      } else if (BLOCK.test((child as Element).tagName)) {
        flush();
        visit(child as Element);
        flush();
      } else visit(child as Element);
    }
  };
  visit(el);
  flush();
  return pieces;
}

/** Returns text with its whitespace runs made single spaces and no-break spaces plain, trimmed. */
function clean(text: string): string {
  return text.replace(/\u00a0/g, " ").replace(/\s+/g, " ").trim();
}
