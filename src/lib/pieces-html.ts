/** pieces-html: marked pieces of source text as markup — each character once, each mark one element around its run (see segments.ts). */
import { html, type Html } from "./html.ts";
import { nest, paragraphPieces, type MarkNode, type Piece } from "./segments.ts";
import { formatAmount } from "./format.ts";

function nodeHtml(node: MarkNode): Html | string {
  if (!("mark" in node)) return node.text;
  const inner = node.children.map(nodeHtml);
  switch (node.mark) {
    case "title":
      return html`<strong class="m-title">${inner}</strong>`;
    case "commitment": {
      const c = node.commitment;
      const note = c ? `量化承诺：${c.subject || c.text} ${formatAmount(c)}${c.stretch ? "（力争）" : ""}` : "";
      return html`<mark class="commitment" title="${note}">${inner}</mark>`;
    }
    case "responsibility":
      return html`<span class="resp">${inner}</span>`;
    case "office":
      return html`<span class="chip office">${inner}</span>`;
    case "leader":
      return html`<span class="chip leader">${inner}</span>`;
    case "match":
      return html`<strong class="match">${inner}</strong>`;
    case "inserted":
      return html`<span class="inserted" title="转载网站插入的文字，不属于原文">${inner}<span class="sr-only">（转载网站插入，不属于原文）</span></span>`;
    case "redaction":
      return html`<span class="redacted" title="未公开：原文隐去的数值或名称">${inner}<span class="sr-only">（未公开）</span></span>`;
  }
}

/** Returns the pieces as markup: text escaped, marks as nested inline elements. */
export function piecesHtml(pieces: Piece[]): Html {
  return html`${nest(pieces).map(nodeHtml)}`;
}

/** Returns a passage of source text as markup, its redactions marked. */
export function textHtml(text: string): Html {
  return piecesHtml(paragraphPieces(text));
}
