/** headings: recognises the three list markers of a plan — 一、 parts, （一） sections, 1. items. */
import { parseArabic, parseChineseNumeral, parseCircled } from "./numerals.ts";

export interface Heading {
  marker: string; // as written, trailing spaces included: "一、" "（二）" "21、 "
  number: string; // the numeral as written: "一", "二"
  rest: string; // the line after the marker
}

export type ItemFamily = "arabic" | "paren" | "circled";

export interface Item {
  marker: string;
  number: number;
  family: ItemFamily; // 1. 1、 1． are one family; （1） (1) another; ① a third
  rest: string;
}

const PART = /^([一二三四五六七八九十百]+)\s*[、.．,，]\s*(?![一二三四五六七八九十])/; // 一、 part heading (also 一. 一, ; not 一、二季度)
const SECTION = /^[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*/; // （一） section heading, full-width or ASCII
const ITEM_ARABIC = /^([0-9０-９]{1,3})\s*[.、．](?![0-9０-９](?![0-9０-９]{3}年))\s*/; // 1. 1、 1． (not 1.5; 1.2021年6月… is item 1)
const ITEM_PAREN = /^[（(]\s*([0-9０-９]{1,3})\s*[）)]\s*/; // （1） (1)
const ITEM_CIRCLED = /^([①-⑳])\s*/; // ①
const ITEM_PAREN_CHAR = /^([⑴-⒇])\s*/; // ⑴ — one character standing for (1)
const NOTE = /^注\s*\[\d+\]\s*[：:]/; // 注[1]： a footnote or endnote, as a Word document's notes are read

/** Returns the part heading at the start of `text` (一、指导思想), or null. */
export function matchPart(text: string): Heading | null {
  const m = PART.exec(text);
  if (!m || parseChineseNumeral(m[1]!) === null) return null;
  return { marker: m[0], number: m[1]!, rest: text.slice(m[0].length) };
}

/** Returns the section heading at the start of `text` (（一）… or (一)…), or null. */
export function matchSection(text: string): Heading | null {
  const m = SECTION.exec(text);
  if (!m || parseChineseNumeral(m[1]!) === null) return null;
  return { marker: m[0], number: m[1]!, rest: text.slice(m[0].length) };
}

/** Returns the numbered item at the start of `text` (1. 1、 1． （1） (1) ①, digits ASCII or full-width), or null. */
export function matchItem(text: string): Item | null {
  const arabic = ITEM_ARABIC.exec(text);
  if (arabic) return item(arabic, parseArabic(arabic[1]!), "arabic", text);
  const paren = ITEM_PAREN.exec(text);
  if (paren) return item(paren, parseArabic(paren[1]!), "paren", text);
  const parenChar = ITEM_PAREN_CHAR.exec(text);
  if (parenChar) return item(parenChar, parenChar[1]!.codePointAt(0)! - 0x2473, "paren", text);
  const circled = ITEM_CIRCLED.exec(text);
  if (circled) return item(circled, parseCircled(circled[1]!), "circled", text);
  return null;
}

function item(m: RegExpExecArray, number: number | null, family: ItemFamily, text: string): Item | null {
  if (number === null || m[0].length === text.length) return null; // a bare "1." is not an item
  return { marker: m[0], number, family, rest: text.slice(m[0].length) };
}

/** A task given by a label rather than a number — 重点工作：…, 工作任务：…, and the report's 进展情况：… after it. */
const LABELLED_TASK = /^(?:重点工作|工作任务|重点任务|主要任务|任务内容|工作内容|具体任务|任务名称|进展情况|落实情况|完成情况|工作进展)(?:[^：:。\n]{0,14}[：:]|[、，,][^。：:]{0,12}$)/;

/** Returns whether a line opens a task given by label (重点工作：实施…), which reads as an unnumbered item. */
export function isLabelledTask(text: string): boolean {
  return LABELLED_TASK.test(text);
}

/** Returns whether `text` opens a note after the body (注[1]：…). */
export function isNote(text: string): boolean {
  return NOTE.test(text);
}

const SENTENCE_END = /[。！？!?]/; // ends a title sentence
const RUN_ON = /(?<=[\u4e00-\u9fff”」》）)])(?=(?:一是|首先)[\u4e00-\u9fff“])/; // a heading running into its first point: …运行平稳一是认真…

/**
 * Splits a heading's text into its title and the body that follows on the same line:
 * "抓运行监测，稳定增长基本盘。进一步加强…" → title "抓运行监测，稳定增长基本盘。", body "进一步加强…".
 * A heading without a sentence end before its last character is all title (body "").
 */
export function splitTitle(rest: string): { title: string; body: string } {
  const runOn = RUN_ON.exec(rest);
  const stop = SENTENCE_END.exec(rest);
  if (runOn && (!stop || runOn.index < stop.index) && runOn.index >= 4) return { title: rest.slice(0, runOn.index), body: rest.slice(runOn.index) };
  const m = stop;
  if (!m || m.index === rest.length - 1) return { title: rest, body: "" };
  const end = m.index + 1;
  return { title: rest.slice(0, end), body: rest.slice(end).trim() };
}
