/** notice: finds the issuing notice wrapped around a plan — title, 文号, addressees, cover letter, signature, date, 附件 — so that the plan starts at its own title. */
import type { Line } from "./normalise.ts";

/** 各乡镇人民政府、街道办事处，县政府各部门： — whom a notice is sent to. */
const ADDRESSEE = /^[^。！？!?]{2,160}[：:]$/;
const ADDRESSEE_WORDS = /各|有关单位|有关部门|直属/;
const ADDRESSEE_BODIES = /政府|部门|单位|办事处|管委会|机构|委员会|街道|乡镇|局|委|园区/;
/** 2023年2月24日, 2021年2月22 (日 lost), 2022121日 (garbled), 2022-01-21, with (此件公开发布) before or after. */
const PUBLICATION_NOTE = /[（(]\s*此件[^）)]{0,12}[）)]/;
const DATE = /(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{5,8}\s*日)/;
const DATE_LINE = new RegExp(`^(?:${PUBLICATION_NOTE.source}\\s*)?${DATE.source}(?:\\s*${PUBLICATION_NOTE.source})?$`);
const ATTACHMENT = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]?$/; // 附件1 / 附件： on a line of its own
/** A notice's own title: 关于印发…的通知, …关于下达…的通知. */
const NOTICE_TITLE = /关于(?:印发|下发|下达|转发|公布|发布).{2,80}(?:通知|决定)$/;

export interface FoundNotice {
  lines: Line[]; // the notice, in order: everything up to the signature's date and the 附件 label after it
  rest: Line[]; // the plan after it
}

/**
 * Returns the notice at the head of a document and the plan after it, or null when the document is
 * not wrapped in one. A notice is recognised by an addressee line (各…单位：) followed, within the
 * next lines, by a signature date on a line of its own (2023年2月24日, with or without 日, or with
 * (此件公开发布)); the plan starts after that date, its publication note and any bare 附件1 label.
 * Text before the addressee (a page title, the notice's own title and 文号, a news lead) belongs to the
 * notice too. Nothing is dropped: lines + rest are the input.
 */
export function findNotice(lines: Line[]): FoundNotice | null {
  const addressee = lines.findIndex((l, i) => i < 40 && isAddressee(l.text));
  const titled = lines.findIndex((l, i) => i < 40 && NOTICE_TITLE.test(l.text));
  const from = addressee !== -1 ? addressee : titled;
  if (from === -1) return null;
  const date = lines.findIndex((l, i) => i > from && i <= from + 30 && DATE_LINE.test(l.text));
  if (date === -1) return null;
  let end = date + 1;
  while (end < lines.length && (PUBLICATION_NOTE.test(lines[end]!.text) && lines[end]!.text.length <= 12 || ATTACHMENT.test(lines[end]!.text))) end++;
  if (end >= lines.length) return null; // nothing after it: the notice is the document
  return { lines: lines.slice(0, end), rest: lines.slice(end) };
}

function isAddressee(text: string): boolean {
  return ADDRESSEE.test(text) && ADDRESSEE_WORDS.test(text) && ADDRESSEE_BODIES.test(text) && !/^[一二三四五六七八九十]+[、.]|^[（(][一二三四五六七八九十]+[）)]|^\d+[.、]/.test(text);
}
