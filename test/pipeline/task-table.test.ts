import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalise, squash, type Line } from "../../src/pipeline/normalise.ts";
import { findTaskTables, type Segment, type TaskTable } from "../../src/pipeline/task-table.ts";

/** The lines of all segments, in order. */
const linesOf = (segments: Segment[]): Line[] =>
  segments.flatMap((s) => (s.kind === "lines" ? s.lines : s.kind === "category" ? [s.line] : [...s.table.header, ...s.table.rows.flatMap((r) => r.lines)]));
const tablesOf = (segments: Segment[]): TaskTable[] => segments.flatMap((s) => (s.kind === "table" ? [s.table] : []));
/**
 * Checks that the segments give back the input: line numbers never go down; each input line comes back as the same
 * object, or (a table in one paragraph) as pieces of its text with its number that, whitespace removed, join into it.
 */
const expectLossless = (lines: Line[], segments: Segment[]) => {
  const out = linesOf(segments);
  expect(squash(out.map((l) => l.text).join(""))).toBe(squash(lines.map((l) => l.text).join("")));
  out.forEach((l, i) => i > 0 && expect(l.no).toBeGreaterThanOrEqual(out[i - 1]!.no));
  let k = 0;
  for (const line of lines) {
    if (out[k] === line) {
      k++;
      continue;
    }
    const pieces: Line[] = [];
    for (let from = 0; k < out.length && out[k]!.no === line.no && !lines.includes(out[k]!); k++) {
      const at = line.text.indexOf(out[k]!.text, from);
      expect(at).toBeGreaterThanOrEqual(from); // a piece of the line, after the one before
      expect(line.text.slice(from, at).trim()).toBe(""); // only whitespace between pieces
      from = at + out[k]!.text.length;
      pieces.push(out[k]!);
    }
    expect(squash(pieces.map((p) => p.text).join(""))).toBe(squash(line.text));
  }
  expect(k).toBe(out.length);
};
/** Finds the tables of `text`, checking that its lines come back (a table in one paragraph as pieces). */
const findPieces = (text: string, whole = false) => {
  const lines = normalise(text);
  const result = findTaskTables(lines);
  expectLossless(lines, result.segments);
  if (whole) {
    expect(linesOf(result.segments)).toHaveLength(lines.length);
    linesOf(result.segments).forEach((l, i) => expect(l).toBe(lines[i]));
  }
  return result;
};
/** `findPieces` for a text whose lines must all come back as they are, object for object. */
const find = (text: string) => findPieces(text, true);
/** A row's cells as texts, "*" marking a carried value. */
const texts = (t: TaskTable) => t.rows.map((r) => r.cells.map((c) => (c.carried ? `*${c.text}` : c.text)));
const ascii = (s: string) => s.replace(/（/g, "(").replace(/）/g, ")").replace(/：/g, ":").replace(/，/g, ",").replace(/；/g, ";");
const FULL_WIDTH: Record<string, string> = { ",": "，", ":": "：", ";": "；", "(": "（", ")": "）" };
/** `,:;()` next to a Chinese character made full-width, as in most copies. */
const fullWidth = (s: string) => s.replace(/(?<=[\u4e00-\u9fff])[,:;()]|[,:;()](?=[\u4e00-\u9fff])/g, (c) => FULL_WIDTH[c]!);

const EXAMPLE_A = `区2022年国民经济和社会发展计划主要目标任务分解表

一、主要预期目标

序号

2022年预期目标

责任单位

1

地区生产总值增长5.5%左右

区发展改革委

2

固定资产投资增长6%左右

区发展改革委

附件2

重点工作任务分解表

序号
工作任务
牵头单位
配合单位
1
加快推进重大项目建设
区发展改革委
各街道
2
优化营商环境
区政务服务局
区市场监管局
以上任务由各单位认真落实。`;

const EXAMPLE_B = `序号 |
重点工作 |
责任领导 |
责任单位 |
完成时限 |
1 |
坚持服务跟着项目走，优化“重点项目直通车”“无忧办”工作机 制，全力服务重 大项目落地见效。 |
叶林 |
招商工作部、安商工作部 |
全年 |
2 |
深化“放管服”改革，提升政务服务效能。 |
王强 |
政务服务中心 |
12月底前 |`;

const EXAMPLE_C = `序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |
1 | 为全县60岁以上老年人免费接种流感疫苗24723人。 | 4月：制定并下发老年名免费接种流感疫苗工作方案。 | 县卫生健康局 | 已完成。 已制定并下发老年名免费接种流感疫苗工作方案。 |
2 | 为全县重点人群免费开展结直肠癌筛查，2024年重点筛查60岁以上人群7400人。 | 4月：完成筛查人数1480人（20%）。 | 已完成。 完成筛查人数3495人，完成率47.23%。 | |
4 | 培训应急救护人员235人。 | 4月：明确点位培训人员对象，完成应急救护人员培训65人。 | 县红十字会 | 已完成。 已确定点位，培训188人，完成进度80%。 |`;

const EXAMPLE_D = `指 标 名 称 | 单位 | 2021年完成 | 2022年计划 | 责任（牵头）部门 | ||||||
绝对值 | 增长% | 绝对值 | 增长% | |||||||
一、创新驱动 | ||||||||||
研发经费投入增长 | % | - | - | - | 10 | 示范区科技创新局 | ||||
各类科技研发及转化平台总数 | 项 | 95 | - | 100 | - | |||||
二、产业及示范效应 | ||||||||||
进出口贸易总额 | 亿元 | 8.71 | -2 | 10.2 | 15 | 示范区自贸办 示范区工业商务局 | ||||`;

const EXAMPLE_E = `前三季度，全区重大项目推进情况如下：
项目类别 | 项目数量 | 2024年年度 计划投资 | 1-9月 完成投资 | 投资计划 完成率 |
合计 | 211 | 405.34 | 297 | 73.27% |
产业高地项目 | 94 | 254.35 | 202.55 | 79.63% |
下一步，我们将继续抓好项目建设。`;

/** A whole table in one paragraph, cells parted by spaces, cut off in its sixth row (line 2, between two lines of prose). */
const RUN_ON_LINE = `上半年重点工作进展情况统计表(政府) 序号 承担的重点工作 完成状态 工作进展情况 牵头责任单位 一、努力完成全年主要预期目标 1 全市生产总值增长x%。 序时推进 上半年,市政府逐月召开经济运行分析调度会,市委召开一季度经济运行调度会,分析经济运行情况,安排部署重点工作。一季度,全市生产总值增长x%。全面落实中央和省、市经济工作会议决策部署,研究制定《关于促进经济平稳健康发展确保“十四五”开好局起好步的实施意见》等文件。 市发展改革委 2 社会消费品零售总额增长xx%以上。 序时推进 全市消费市场持续稳定恢复,一季度实现社会消费品零售总额xx亿元,同比增长x%。x-x月实现限额以上消费品零售额xx亿元,总量居全省第x位;同比增长x%,与xxxx年同期相比,两年平均增长x%。 市商务局 3 固定资产投资增长xx%以上。 序时推进 开展县处级领导干部包干县市区调研活动,梳理项目投资堵点和难点,及时掌握投资运行情况,加快推进项目建设。梳理年内在建项目 计划新开工项目清单 按月排出投资计划及前期工作完成节点,按照节点压茬推进。x-x月份,全市固定资产投资增长x%。 市发展改革委 4 进出口总额增长x%以上。 序时推进 x-x月份,全市累计实现进出口总额x亿美元,同比增长xx%,总量居全省第x位,增幅居全省xx位。 市商务局 5 城镇新增就业x万人,城镇调查失业率x%以内。 序时推进 全市城镇新增就业xxxxx人,登记失业率xx%,就业局势总体稳定。 市人力资源和社会保障局 6 居民消费价格涨幅x%左右。 序时推进 x-x月份,CPI指数累计上涨x%,符合预期目标。元旦、春节期间启动xx家、五一期间启动xx家农副产品平价商店,保障`;
const EXAMPLE_F = `各地各部门上半年重点工作进展情况如下。\n${RUN_ON_LINE}\n以上为统计表全部内容。`;

describe("findTaskTables: one cell per line", () => {
  it("reads both tables of example A, keeping the prose and headings around them as lines", () => {
    const { segments, findings } = find(EXAMPLE_A);
    expect(segments.map((s) => s.kind)).toEqual(["lines", "table", "lines", "table", "lines"]);
    const [first, second] = tablesOf(segments) as [TaskTable, TaskTable];
    expect(first.columns).toEqual([
      { name: "序号", role: "number" },
      { name: "2022年预期目标", role: "target" },
      { name: "责任单位", role: "responsible" },
    ]);
    expect(first.header.map((l) => l.text)).toEqual(["序号", "2022年预期目标", "责任单位"]);
    expect(first.rows.map((r) => [r.number, r.marker])).toEqual([[1, "1"], [2, "2"]]);
    expect(texts(first)).toEqual([["地区生产总值增长5.5%左右", "区发展改革委"], ["固定资产投资增长6%左右", "区发展改革委"]]);
    expect(first.rows[0]!.cells.map((c) => c.column)).toEqual([1, 2]);
    expect(first.rows[0]!.lines.map((l) => l.text)).toEqual(["1", "地区生产总值增长5.5%左右", "区发展改革委"]);
    expect(second.columns.map((c) => c.role)).toEqual(["number", "task", "lead", "cooperating"]);
    expect(texts(second)).toEqual([["加快推进重大项目建设", "区发展改革委", "各街道"], ["优化营商环境", "区政务服务局", "区市场监管局"]]);
    expect((segments.at(-1) as { lines: Line[] }).lines.map((l) => l.text)).toEqual(["以上任务由各单位认真落实。"]);
    expect(findings).toEqual([]);
  });

  it("keeps source line numbers on cells", () => {
    const [first] = tablesOf(find(EXAMPLE_A).segments);
    expect(first!.rows[0]!.cells[0]).toEqual({ column: 1, text: "地区生产总值增长5.5%左右", line: 13, carried: false });
  });

  it("reads cells ending in ` |` (example B) without the pipe", () => {
    const { segments } = find(EXAMPLE_B);
    expect(segments.map((s) => s.kind)).toEqual(["table"]);
    const [t] = tablesOf(segments);
    expect(t!.columns.map((c) => c.name)).toEqual(["序号", "重点工作", "责任领导", "责任单位", "完成时限"]);
    expect(t!.columns.map((c) => c.role)).toEqual(["number", "task", "leader", "responsible", "deadline"]);
    expect(t!.rows.map((r) => r.marker)).toEqual(["1", "2"]);
    expect(texts(t!)[0]).toEqual(["坚持服务跟着项目走，优化“重点项目直通车”“无忧办”工作机 制，全力服务重 大项目落地见效。", "叶林", "招商工作部、安商工作部", "全年"]);
    expect(texts(t!)[1]).toEqual(["深化“放管服”改革，提升政务服务效能。", "王强", "政务服务中心", "12月底前"]);
  });

  it("joins the extra lines of a wrapped task cell and records a finding", () => {
    const { segments, findings } = find("序号\n工作任务\n牵头单位\n1\n加快推进\n重大项目建设\n区发展改革委\n2\n优化营商环境\n区政务服务局");
    const [t] = tablesOf(segments);
    expect(texts(t!)).toEqual([["加快推进重大项目建设", "区发展改革委"], ["优化营商环境", "区政务服务局"]]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.line).toBe(5);
    expect(findings[0]!.message).toContain("工作任务");
  });

  it("carries a merged unit cell from the row above when a row is a line short", () => {
    const { segments, findings } = find("序号\n工作任务\n牵头单位\n配合单位\n1\n任务甲\n区发展改革委\n区财政局\n2\n任务乙\n区商务局");
    const [t] = tablesOf(segments);
    expect(texts(t!)[1]).toEqual(["任务乙", "区商务局", "*区财政局"]);
    expect(findings.map((f) => f.line)).toEqual([9]);
  });

  it("ends the last row after one line per column, leaving the prose that follows", () => {
    const { segments } = find("序号\n重点任务\n责任单位\n1\n建设智慧城市\n区大数据局\n全区上下要凝心聚力，确保各项任务落到实处。");
    expect(segments.map((s) => s.kind)).toEqual(["table", "lines"]);
  });
});

describe("findTaskTables: pipe and tab rows", () => {
  it.each([
    ["full-width", EXAMPLE_C],
    ["ASCII", ascii(EXAMPLE_C)],
  ])("carries the merged 牵头单位 of example C (%s punctuation) and moves the progress text to its column", (_, text) => {
    const { segments, findings } = find(text);
    const [t] = tablesOf(segments);
    expect(t!.columns.map((c) => c.role)).toEqual(["number", "task", "plan", "lead", "progress"]);
    expect(t!.rows.map((r) => r.number)).toEqual([1, 2, 4]);
    const row2 = t!.rows[1]!;
    expect(row2.cells[2]).toEqual({ column: 3, text: "县卫生健康局", line: 3, carried: true });
    expect(row2.cells[3]!.text).toMatch(/^已完成。 完成筛查人数3495人/);
    expect(row2.cells[3]!.carried).toBe(false);
    expect(t!.rows[2]!.cells.map((c) => c.text)).toEqual(["培训应急救护人员235人。", expect.stringMatching(/^4月/), "县红十字会", expect.stringMatching(/^已完成/)]);
    expect(findings).toEqual([{ line: 3, message: "第3行：原表此格与上一行合并，沿用上一行的“牵头单位”：县卫生健康局" }]);
  });

  it.each([
    ["full-width", EXAMPLE_D],
    ["ASCII", ascii(EXAMPLE_D)],
  ])("reads the two-level header and category rows of example D (%s)", (_, text) => {
    const { segments, findings } = find(text);
    expect(segments.map((s) => s.kind)).toEqual(["table", "category", "table", "category", "table"]);
    const head = (segments[0] as { table: TaskTable }).table;
    expect(head.header).toHaveLength(2);
    expect(head.rows).toEqual([]);
    expect(head.columns.map((c) => c.name)).toEqual([
      "指 标 名 称",
      "单位",
      "2021年完成 绝对值",
      "2021年完成 增长%",
      "2022年计划 绝对值",
      "2022年计划 增长%",
      text.includes("（") ? "责任（牵头）部门" : "责任(牵头)部门",
    ]);
    expect(head.columns.map((c) => c.role)).toEqual(["indicator", "unit", "value", "value", "value", "value", "lead"]);
    const categories = segments.filter((s) => s.kind === "category");
    expect(categories.map((s) => s.title)).toEqual(["一、创新驱动", "二、产业及示范效应"]);
    expect(categories.every((s) => s.table === head)).toBe(true);
    const [, innovation, trade] = tablesOf(segments);
    expect(innovation!.header).toEqual([]);
    expect(innovation!.columns).toBe(head.columns);
    expect(innovation!.rows.map((r) => [r.number, r.marker])).toEqual([[null, ""], [null, ""]]);
    expect(texts(innovation!)).toEqual([
      ["研发经费投入增长", "%", "-", "-", "-", "10", "示范区科技创新局"],
      ["各类科技研发及转化平台总数", "项", "95", "-", "100", "-", "*示范区科技创新局"],
    ]);
    expect(texts(trade!)).toEqual([["进出口贸易总额", "亿元", "8.71", "-2", "10.2", "15", "示范区自贸办 示范区工业商务局"]]);
    expect(findings.map((f) => f.line)).toEqual([5]);
  });

  it("keeps a date out of a unit column: the missing cell is the merged unit, the date is the deadline", () => {
    const { segments, findings } = find("序号 | 重点任务 | 责任单位 | 完成时限\n1 | 任务甲 | 区财政局 | 6月\n2 | 任务乙 | 12月底前 |");
    const [t] = tablesOf(segments);
    expect(texts(t!)[1]).toEqual(["任务乙", "*区财政局", "12月底前"]);
    expect(findings[0]!.message).toBe("第3行：原表此格与上一行合并，沿用上一行的“责任单位”：区财政局");
  });

  it("never carries into a value column: an empty value stays empty", () => {
    const { segments, findings } = find("指标名称 | 单位 | 2022年计划 | 牵头单位\nGDP增长 | % | 5.5 | 区发改委\n税收收入 | 亿元 | | 区税务局");
    const [t] = tablesOf(segments);
    expect(texts(t!)[1]).toEqual(["税收收入", "亿元", "", "区税务局"]);
    expect(findings).toEqual([]);
  });

  it("reads tab-separated rows like pipe rows, a trimmed row carrying its last unit cell", () => {
    const { segments, findings } = find("序号\t重点任务\t牵头单位\t完成时限\t责任单位\n1\t建设产业园\t区发改委\t6月\t区工信局\n2\t招商引资\t区商务局\t全年");
    const [t] = tablesOf(segments);
    expect(t!.columns.map((c) => c.role)).toEqual(["number", "task", "lead", "deadline", "responsible"]);
    expect(texts(t!)).toEqual([["建设产业园", "区发改委", "6月", "区工信局"], ["招商引资", "区商务局", "全年", "*区工信局"]]);
    expect(findings).toHaveLength(1);
  });

  it("finds the summary table of example E inside a report, rows complete", () => {
    const { segments } = find(EXAMPLE_E);
    expect(segments.map((s) => s.kind)).toEqual(["lines", "table", "lines"]);
    const [t] = tablesOf(segments);
    expect(t!.columns.map((c) => c.name)).toEqual(["项目类别", "项目数量", "2024年年度 计划投资", "1-9月 完成投资", "投资计划 完成率"]);
    expect(t!.columns.map((c) => c.role)).toEqual(["other", "value", "value", "value", "value"]);
    expect(texts(t!)).toEqual([["合计", "211", "405.34", "297", "73.27%"], ["产业高地项目", "94", "254.35", "202.55", "79.63%"]]);
  });

  it("ends a pipe table at a line without pipes and at a second header", () => {
    const text = `序号 | 重点任务 | 责任单位\n1 | 任务甲 | 区财政局\n序号 | 工作任务 | 牵头单位 | 完成时限\n1 | 任务乙 | 区商务局 | 全年\n以上为全部任务。`;
    const { segments } = find(text);
    expect(segments.map((s) => s.kind)).toEqual(["table", "table", "lines"]);
    expect(tablesOf(segments).map((t) => t.rows.length)).toEqual([1, 1]);
  });

  it("ends a pipe table at a row whose 序号 cell is not a number, or with more cells than columns", () => {
    const text = `序号 | 重点任务 | 责任单位\n1 | 任务甲 | 区财政局\n索 引 号 | 008478033/2022-0140 | 公文种类\n2 | a | b | c | d`;
    const { segments } = find(text);
    expect(segments.map((s) => s.kind)).toEqual(["table", "lines"]);
  });
});

describe("findTaskTables: a whole table in one paragraph", () => {
  const HEADER = "序号 承担的重点工作 完成状态 工作进展情况 牵头责任单位";
  const ROW_1 =
    "1 全市生产总值增长x%。 序时推进 上半年,市政府逐月召开经济运行分析调度会,市委召开一季度经济运行调度会,分析经济运行情况,安排部署重点工作。一季度,全市生产总值增长x%。全面落实中央和省、市经济工作会议决策部署,研究制定《关于促进经济平稳健康发展确保“十四五”开好局起好步的实施意见》等文件。 市发展改革委";

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", fullWidth],
  ])("cuts example F (%s punctuation) into caption, header, category and six rows", (_, as) => {
    const { segments, findings } = findPieces(as(EXAMPLE_F));
    expect(segments.map((s) => s.kind)).toEqual(["lines", "table", "category", "table", "lines"]);
    const [before, head, category, body, after] = segments as [
      Extract<Segment, { kind: "lines" }>,
      Extract<Segment, { kind: "table" }>,
      Extract<Segment, { kind: "category" }>,
      Extract<Segment, { kind: "table" }>,
      Extract<Segment, { kind: "lines" }>,
    ];
    expect(before.lines).toEqual([
      { no: 1, text: "各地各部门上半年重点工作进展情况如下。" },
      { no: 2, text: as("上半年重点工作进展情况统计表(政府)") },
    ]);
    expect(after.lines).toEqual([{ no: 3, text: "以上为统计表全部内容。" }]);
    expect(head.table.header).toEqual([{ no: 2, text: HEADER }]);
    expect(head.table.columns).toEqual([
      { name: "序号", role: "number" },
      { name: "承担的重点工作", role: "task" },
      { name: "完成状态", role: "status" },
      { name: "工作进展情况", role: "progress" },
      { name: "牵头责任单位", role: "lead" },
    ]);
    expect(head.table.rows).toEqual([]);
    expect(category.title).toBe("一、努力完成全年主要预期目标");
    expect(category.line).toEqual({ no: 2, text: "一、努力完成全年主要预期目标" });
    expect(category.table).toBe(head.table);
    const t = body.table;
    expect(t.header).toEqual([]);
    expect(t.columns).toBe(head.table.columns);
    expect(t.rows.map((r) => [r.number, r.marker])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, String(n)]));
    expect(t.rows.every((r) => r.lines.length === 1 && r.lines[0]!.no === 2 && r.lines[0]!.text.startsWith(`${r.marker} `))).toBe(true);
    expect(t.rows[0]!.lines[0]!.text).toBe(as(ROW_1));
    expect(t.rows[0]!.cells).toEqual([
      { column: 1, text: "全市生产总值增长x%。", line: 2, carried: false },
      { column: 2, text: "序时推进", line: 2, carried: false },
      { column: 3, text: expect.stringMatching(as("^上半年,市政府逐月召开")), line: 2, carried: false },
      { column: 4, text: "市发展改革委", line: 2, carried: false },
    ]);
    expect(t.rows[0]!.cells[2]!.text).toMatch(/实施意见》等文件。$/);
    expect(t.rows[0]!.lines[0]!.text).toBe(["1", ...t.rows[0]!.cells.map((c) => c.text)].join(" "));
    expect(texts(t).map((cells) => cells[0])).toEqual(
      ["全市生产总值增长x%。", "社会消费品零售总额增长xx%以上。", "固定资产投资增长xx%以上。", "进出口总额增长x%以上。", "城镇新增就业x万人,城镇调查失业率x%以内。", "居民消费价格涨幅x%左右。"].map(as),
    );
    expect(texts(t).map((cells) => cells[1])).toEqual(Array(6).fill("序时推进"));
    expect(texts(t).map((cells) => cells[3])).toEqual(["市发展改革委", "市商务局", "市发展改革委", "市商务局", "市人力资源和社会保障局", ""]);
    expect(texts(t)[2]![2]).toBe(
      as("开展县处级领导干部包干县市区调研活动,梳理项目投资堵点和难点,及时掌握投资运行情况,加快推进项目建设。梳理年内在建项目 计划新开工项目清单 按月排出投资计划及前期工作完成节点,按照节点压茬推进。x-x月份,全市固定资产投资增长x%。"),
    );
    expect(texts(t)[5]![2]).toBe(as("x-x月份,CPI指数累计上涨x%,符合预期目标。元旦、春节期间启动xx家、五一期间启动xx家农副产品平价商店,保障"));
    expect(findings).toEqual([{ line: 2, message: "第2行：整张表写在这一段里，序号6一行没有“牵头责任单位”：原文可能在此截断" }]);
  });

  it("reads a table in one paragraph without caption or category, the task taking the row when no column is wider", () => {
    const { segments, findings } = findPieces("序号 重点任务 责任单位 完成时限 1 建设产业园。 区发改委 6月 2 招商引资 引进项目 区商务局 全年");
    expect(segments.map((s) => s.kind)).toEqual(["table"]);
    const [t] = tablesOf(segments);
    expect(t!.columns.map((c) => c.role)).toEqual(["number", "task", "responsible", "deadline"]);
    expect(t!.rows.map((r) => r.lines[0]!.text)).toEqual(["1 建设产业园。 区发改委 6月", "2 招商引资 引进项目 区商务局 全年"]);
    expect(texts(t!)).toEqual([["建设产业园。", "区发改委", "6月"], ["招商引资 引进项目", "区商务局", "全年"]]);
    expect(findings).toEqual([]);
  });

  it("opens a row only at the next number after a unit's name, and reads a category between rows", () => {
    const text = "序号 重点工作 完成状态 工作进展情况 牵头单位 一、稳增长 1 任务甲。 已完成 完成 2 项。 区财政局 二、促改革 2 任务乙。 推进中 进展乙 3 家 区商务局";
    const { segments, findings } = findPieces(text);
    expect(segments.map((s) => s.kind)).toEqual(["table", "category", "table", "category", "table"]);
    expect(segments.filter((s) => s.kind === "category").map((s) => s.title)).toEqual(["一、稳增长", "二、促改革"]);
    const [, first, second] = tablesOf(segments);
    expect(texts(first!)).toEqual([["任务甲。", "已完成", "完成 2 项。", "区财政局"]]);
    expect(texts(second!)).toEqual([["任务乙。", "推进中", "进展乙 3 家", "区商务局"]]);
    expect(findings).toEqual([]);
  });

  it("leaves a status cell empty when the row has none, and flags a row without its unit in the middle of the table", () => {
    const { segments, findings } = findPieces("序号 重点工作 完成状态 工作进展情况 牵头单位 1 任务甲。 进展甲。 2 任务乙。 已完成 进展乙。 区商务局");
    const [t] = tablesOf(segments);
    expect(texts(t!)).toEqual([["任务甲。", "", "进展甲。", ""], ["任务乙。", "已完成", "进展乙。", "区商务局"]]);
    expect(findings).toEqual([{ line: 1, message: "第1行：整张表写在这一段里，序号1一行没有“牵头单位”：这一格为空，或未能从这一段中分出" }]);
  });
});

describe("findTaskTables: what is not a task table", () => {
  it("leaves prose, headings, numbered items and metadata as one lines segment", () => {
    const text = `索  引  号 11370000004/2022-00123 公开方式 主动公开
索 引 号 | 008478033/2022-0140 | 公文种类 | 其他 |
发布机构 | 区人民政府办公室 | 成文日期 | 2022-03-01 |
各街道办事处，区政府各部门：
现将《2022年重点工作任务分解》印发给你们，请认真贯彻落实。
一、指导思想
1.强化运行调度。牵头单位：区发展改革委；责任单位：区统计局。
（一）重点任务
重点任务
责任单位
序号
2
3`;
    const lines = normalise(text);
    const { segments, findings } = findTaskTables(lines);
    expect(segments).toEqual([{ kind: "lines", lines }]);
    expect(segments[0]!.kind === "lines" && segments[0]!.lines[0]).toBe(lines[0]);
    expect(findings).toEqual([]);
  });

  it("does not take a header without a task, indicator or unit column, nor one with too many unknown names", () => {
    for (const text of ["序号 | 责任单位 | 完成时限\n1 | 区财政局 | 全年", "单位 | 县财政局 | 责任人 | 张三\n地址 | 县府路1号 | 电话 | 123", "重点任务 | 甲 | 乙 | 丙\n1 | 2 | 3 | 4"]) {
      expect(find(text).segments.map((s) => s.kind)).toEqual(["lines"]);
    }
  });

  it("does not take a header with no row under it", () => {
    expect(find("序号 | 重点任务 | 责任单位\n以上。").segments.map((s) => s.kind)).toEqual(["lines"]);
    expect(find("序号\n重点任务\n责任单位\n附件2").segments.map((s) => s.kind)).toEqual(["lines"]);
  });

  it.each([
    ["a long paragraph with 完成, 推进 and numbers between spaces", "今年以来，我局序时推进各项重点工作，已完成 3 项，正在推进 2 项，1 项未完成。 完成 推进 1 2 3 全年目标任务完成情况良好，牵头单位 责任单位 配合单位 均按时报送工作进展情况 4 5 6。"],
    ["a cover letter", "各县（市、区）人民政府，市政府各部门： 现将《2021年上半年重点工作进展情况统计表》印发给你们，请对照 序号 1 至 6 项认真抓好落实。 附件：1 统计表 2 说明"],
    ["a paragraph naming the columns, without a row 1 after them", "统计表分为 序号 重点任务 责任单位 完成时限 四栏，共 12 项任务。"],
    ["a paragraph naming the columns, with prose before its 1", "统计表分为 序号 重点任务 责任单位 完成时限 四栏，第 1 项为全年任务，由 区发改委 牵头。"],
    ["a paragraph with 序号 once", "请各单位按 序号 顺序填写，1 表示已完成，2 表示正在推进，3 表示未启动， 责任单位 须盖章。"],
  ])("does not take %s for a table", (_, text) => {
    const { segments, findings } = find(text);
    expect(segments.map((s) => s.kind)).toEqual(["lines"]);
    expect(findings).toEqual([]);
  });

  it("returns nothing for nothing", () => {
    expect(findTaskTables([])).toEqual({ segments: [], findings: [] });
  });
});

describe("findTaskTables for any lines", () => {
  const piece = fc.oneof(
    fc.constantFrom("序号", "编号", "重点任务", "工作任务", "指 标 名 称", "单位", "2022年计划", "绝对值", "增长%", "牵头单位", "责任单位", "配合单位", "落实情况", "项目类别"),
    fc.constantFrom("1", "2", "3", "4", "-", "一、创新驱动", "（一）", "附件2", "区发展改革委", "已完成。", "县卫生健康局", "这是一段很长的说明文字。".repeat(6)),
    fc.constantFrom(" | ", "|", " |", "||||", "\t", "　"),
    fc.constantFrom("序号 承担的重点工作 完成状态 工作进展情况 牵头责任单位 ", " 1 ", " 2 ", " 3 ", " ", "序时推进", " 市商务局 ", "一、稳增长", "任务甲。 "),
    fc.string({ maxLength: 4 }),
  );
  const lineText = fc.array(piece, { minLength: 1, maxLength: 8 }).map((ps) => ps.join("").trim()).filter((t) => t !== "" && !/[\r\n]/.test(t));
  const doc = fc.array(lineText, { maxLength: 40 }).map((texts) => texts.map((text, i) => ({ no: i + 1, text })));
  // documents built from real tables with lines dropped, doubled or mixed in
  const mixed = fc
    .tuple(fc.constantFrom(EXAMPLE_A, EXAMPLE_B, EXAMPLE_C, EXAMPLE_D, EXAMPLE_E), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 }), lineText), { maxLength: 6 }))
    .map(([text, edits]) => {
      const texts = normalise(text).map((l) => l.text);
      for (const [at, kind, insert] of edits) {
        const i = at % (texts.length + 1);
        if (kind === 0) texts.splice(i, 1);
        else if (kind === 1) texts.splice(i, 0, insert);
        else if (i < texts.length) texts.splice(i, 0, texts[i]!);
      }
      return texts.map((t, i) => ({ no: i + 1, text: t }));
    });
  // example F with words of its one-paragraph table dropped, doubled or mixed in, punctuation ASCII or full-width
  const runOn = fc
    .tuple(fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 2 }), lineText), { maxLength: 8 }))
    .map(([wide, edits]) => {
      const words = (wide ? fullWidth(RUN_ON_LINE) : RUN_ON_LINE).split(" ");
      for (const [at, kind, insert] of edits) {
        const i = at % (words.length + 1);
        if (kind === 0) words.splice(i, 1);
        else if (kind === 1) words.splice(i, 0, insert);
        else if (i < words.length) words.splice(i, 0, words[i]!);
      }
      return normalise(EXAMPLE_F.replace(RUN_ON_LINE, words.join(" ")));
    });

  it("gives back every line in order, as the same object or as pieces of its text, and never throws", () => {
    fc.assert(
      fc.property(fc.oneof(doc, mixed, runOn), (lines) => {
        const { segments, findings } = findTaskTables(lines);
        expectLossless(lines, segments);
        for (const s of segments) {
          if (s.kind === "lines") expect(s.lines.length).toBeGreaterThan(0);
          if (s.kind !== "table") continue;
          for (const r of s.table.rows) {
            expect(r.cells.every((c) => c.column >= 0 && c.column < s.table.columns.length)).toBe(true);
            if (lines.includes(r.lines[0]!)) continue;
            // a row cut from a paragraph: one piece, its cells pieces of it in order
            expect(r.lines).toHaveLength(1);
            let from = 0;
            for (const c of r.cells.filter((c) => c.text !== "")) {
              const at = r.lines[0]!.text.indexOf(c.text, from);
              expect(at).toBeGreaterThanOrEqual(from);
              from = at + c.text.length;
            }
          }
        }
        expect(findings.every((f) => typeof f.message === "string" && f.message.startsWith(`第${f.line}行`))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
