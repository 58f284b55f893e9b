/** report-sentences: splits a progress report into sentences, each with its line, its table row or paragraph, and the status words around it. */

/** One sentence of a report, quoted verbatim from its line. */
export interface ReportSentence {
  line: number; // 1-based line of the report file
  text: string; // verbatim, a substring of the line
  block: number; // index of its paragraph or flattened table row
  task: boolean; // a table row's task cell, a target field (年度阶段性工作目标:) or a planning part (二、下步工作计划): it restates promises, it reports nothing
}

/** A paragraph or a flattened table row, with the status cell it carries. */
export interface ReportBlock {
  text: string;
  status: string | null; // a status standing alone: the row's 完成状态 cell, a line "已完成。", a lead "已完成。 完成筛查…"
  section: number;
}

export interface ReportText {
  sentences: ReportSentence[];
  blocks: ReportBlock[];
  sectionStatus: (string | null)[]; // a status line applying to its whole section (label-field pages: 已完成。)
}

// Status words as reports write them: 已完成, 序时推进, 达时序进度, 超时序进度3.5个百分点, 滞后 …
const STATUS_SOURCE =
  "(?:(?:已经?|未|超额)?完成(?:了)?年度目标(?:任务)?|已经?完成|未完成|基本完成|全面完成|超额完成|按序时推进|序时推进|(?:已|基本)?达到?(?:序时|时序)进度|超过?(?:序时|时序)进度(?:[0-9０-９.．]+个百分点)?|未达到?(?:序时|时序)进度|(?:滞后|落后)于?(?:序时|时序)进度|进度滞后|滞后|正在推进|按计划推进|推进中|进行中)";
const STATUS = new RegExp(STATUS_SOURCE, "g"); // a status phrase inside a sentence
const CELL = new RegExp(`(?<=^|\\s)(${STATUS_SOURCE}|完成|推进)[。.]?(?=\\s|$)`, "g"); // a status standing alone as a cell or a line
const SENTENCE = /[^。；;！？!?]+[。；;！？!?]?/g; // a sentence with its closing mark
const SECTION_HEAD = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|(?:重点工作|重点任务|工作任务|任务名称|事项)\s*[:：]|任务\s*[0-9０-９]+\s*$)/; // 一、 （一） 重点工作: 任务29
const TABLE_HEADER = /序号.*(?:完成状态|完成情况|进展情况|工作进展|进度)/; // a table flattened into one line
const PART_HEAD = /^\s*[一二三四五六七八九十]+[、.．]/; // 一、 a part of the report
const PLANNING = /计划|打算|思路|下步|下一步|安排|目标任务|预期目标|主要目标/; // 二、下步工作计划, 2022年工作思路
const DONE = /完成|执行|进展|落实|情况|总结|成效/; // 一、计划执行情况 reports on the plan
const FIELD_LABEL = /^\s*([^\s:：，,。]{2,12})\s*[:：]/; // 重点工作: 牵头单位: a label-field page
const TIME_LABEL = /季度|月|半年|年度$/; // 第二季度: continues the field above
const TARGET_LABEL = /目标|任务|重点工作|工作内容/; // a field restating the promise
const ROW_NUMBER = /(?<=^|\s)([0-9]{1,3})\s+(?=\S)/g; // the 序号 cell of a flattened row

/** Returns the report's sentences, paragraphs (or flattened table rows) and section status lines. */
export function readReport(text: string): ReportText {
  const out: ReportText = { sentences: [], blocks: [], sectionStatus: [null] };
  let targetField = false;
  let planning = false; // under 二、下步工作计划: what will be done, not what was
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (SECTION_HEAD.test(line)) out.sectionStatus.push(null);
    if (PART_HEAD.test(line)) planning = PLANNING.test(line) && !DONE.test(line);
    const section = out.sectionStatus.length - 1;
    const alone = new RegExp(`^\\s*(${STATUS_SOURCE}|完成)[。.]?\\s*$`).exec(line);
    if (alone) out.sectionStatus[section] ??= alone[1]!;
    const label = FIELD_LABEL.exec(line)?.[1];
    if (label && !TIME_LABEL.test(label)) targetField = TARGET_LABEL.test(label);
    for (const row of splitRows(line)) addBlock(out, line, row, i + 1, section, targetField || planning);
  });
  return out;
}

interface Row {
  start: number;
  end: number;
  table: boolean;
}

/** Returns a line's flattened table rows (1, 2, 3 … in order after a 序号 header), or the whole line. */
function splitRows(line: string): Row[] {
  const header = TABLE_HEADER.exec(line);
  if (!header) return [{ start: 0, end: line.length, table: false }];
  const starts: number[] = [];
  for (const m of line.slice(header.index).matchAll(ROW_NUMBER))
    if (Number(m[1]) === starts.length + 1) starts.push(header.index + m.index);
  if (starts.length < 2) return [{ start: 0, end: line.length, table: false }];
  return starts.map((start, k) => ({ start, end: starts[k + 1] ?? line.length, table: true }));
}

function addBlock(out: ReportText, line: string, row: Row, no: number, section: number, promises: boolean): void {
  const text = line.slice(row.start, row.end);
  const cell = [...text.matchAll(CELL)][0];
  const block = out.blocks.push({ text, status: cell ? cell[1]! : null, section }) - 1;
  // A row reads 序号 task status progress office: the status cell divides the task from the report.
  const cut = cell ? cell.index : -1;
  const pieces = cell ? [[0, cell.index], [cell.index + cell[0].length, text.length]] : [[0, text.length]];
  for (const [from, to] of pieces) {
    for (const s of text.slice(from, to).matchAll(SENTENCE)) {
      const quote = s[0].trim();
      if ([...quote].length < 4) continue;
      out.sentences.push({ line: no, text: quote, block, task: promises || (row.table && cut >= 0 && from! < cut) });
    }
  }
}

/** Returns the status words in `sentence` nearest after offset `at` (else nearest before it), or null. */
export function statusNear(sentence: string, at = 0): string | null {
  const found = [...sentence.matchAll(STATUS)];
  const after = found.find((m) => m.index >= at);
  return (after ?? found.at(-1))?.[0] ?? null;
}

/** Returns the status a sentence reports: its own words, else its row's status cell, else its section's status line. */
export function statusOf(report: ReportText, sentence: ReportSentence, at = 0): string | null {
  const block = report.blocks[sentence.block]!;
  return statusNear(sentence.text, at) ?? block.status ?? report.sectionStatus[block.section] ?? null;
}
