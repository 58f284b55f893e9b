/**
 * plan-html: the repeated pieces of a plan page as markup — a paragraph, a measure, an editor's note —
 * built with `html` (every value escaped), as a plan page has hundreds of them.
 */
import type { Measure } from "../schema/plan.ts";
import type { Note } from "../schema/note.ts";
import type { SiteModel } from "../model/site-model.ts";

type Labels = SiteModel["labels"];
import { Html, html } from "./html.ts";
import { piecesHtml, textHtml } from "./pieces-html.ts";
import { measurePieces, slicePieces } from "./segments.ts";
import { entityPath, themePath } from "./urls.ts";
import { formatDate } from "./format.ts";
import type { MeasureAcross } from "../model/carry-on.ts";
import { acrossHtml } from "./carry-on-html.ts";

/** A paragraph of source text with its redactions marked. */
export function paragraphHtml(text: string): Html {
  return html`<p>${textHtml(text)}</p>`;
}

/** Quantified commitments as a list reads: 量化承诺：a；b — each in its source words, linked to `href(c)` when given. */
export function commitmentsHtml<C extends { text: string }>(commitments: C[], href?: (c: C) => string): Html {
  return html`量化承诺：${commitments.map((c, i) => html`${i > 0 && "；"}${href ? html`<a href="${href(c)}">${textHtml(c.text)}</a>` : textHtml(c.text)}`)}`;
}

const NOTE_CLASS = { 解读: "interpretation", 编者按: "editor", 勘误: "correction" } as const;

/** An editor's note beside the plan: its kind (解读 / 编者按 / 勘误), date and title, and its body as markdown-it rendered it (raw HTML off). */
export function noteHtml(note: Note): Html {
  const date = note.date && html`<time datetime="${note.date}">${formatDate(note.date)}</time>`;
  return html`<aside class="note-block ${NOTE_CLASS[note.kind]}" aria-label="${note.kind}：${note.title}"><p class="note-head"><strong>${note.kind}</strong>${date}<span>${note.title}</span></p><div class="note-body">${new Html(note.html)}</div></aside>`;
}

/** One measure: its marker, its text with title, commitments, responsibility and redactions marked, a permalink, its themes, entities and notes, its counterparts in the previous and next plan, and what became of it (`progress`). */
export function measureHtml(measure: Measure, labels: Labels, notes: Note[], across?: MeasureAcross, progress: Html | null = null): Html {
  const label = measure.number === null ? measure.title.replace(/[。！？!?]$/, "") : `第 ${measure.number} 条`;
  const links = (ids: string[], names: Map<string, string>, path: (id: string) => string) =>
    ids.filter((id) => names.has(id)).map((id, i) => html`${i > 0 && "、"}<a href="${path(id)}">${names.get(id)!}</a>`);
  const themes = links(measure.themes, labels.themes, themePath);
  const entities = links(measure.entities, labels.entities, entityPath);
  const tags = (themes.length > 0 || entities.length > 0) && html`<p class="measure-tags">${themes.length > 0 && html`<span>主题：${themes}</span>`}${entities.length > 0 && html`<span>企业与项目：${entities}</span>`}</p>`;
  const body = measure.cells ? cellsHtml(measure) : html`<p>${measure.marker && html`<span class="marker">${measure.marker}</span>`}${piecesHtml(measurePieces(measure))}</p>`;
  return html`<article class="measure${measure.cells ? " row" : ""}" id="${measure.anchor}" aria-label="${label}">${body}${progress}${tags}${acrossHtml(across, labels)}${notes.map(noteHtml)}<a class="permalink" href="#${measure.anchor}" title="本条的固定链接"><span aria-hidden="true">#</span><span class="sr-only">${label}的固定链接</span></a></article>`;
}

/**
 * A task-table row: its number, then each cell under its column name, marked as in the text. A cell
 * the original merged with the row above shows the value it carries, said to be carried.
 */
function cellsHtml(measure: Measure): Html {
  const pieces = measurePieces(measure);
  const cells = (measure.cells ?? []).map((c) => {
    const value = c.start !== null && c.end !== null ? piecesHtml(slicePieces(pieces, c.start, c.end)) : c.carried ? html`${c.text}<span class="carried">（原表与上一行合并）</span>` : html`<span class="empty">（空）</span>`;
    return html`<div class="cell ${c.role}"><dt>${c.column}</dt><dd>${value}</dd></div>`;
  });
  const number = measure.marker ? measure.marker.replace(/[\s|]+$/, "") : measure.number !== null ? String(measure.number) : "";
  return html`${number && html`<p class="row-number">序号 <span class="marker">${number}</span></p>`}<dl class="cells">${cells}</dl>`;
}
