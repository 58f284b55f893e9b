import { describe, expect, it } from "vitest";
import { measuresOf, parse, parseFixture } from "../helpers/plan.ts";

describe("parsePlan(text) on the 2021 seed", () => {
  const plan = parseFixture("suixi-2021");
  const ms = measuresOf(plan);

  it("reads three parts: guidance, goals, measures", () => {
    expect(plan.parts.map((p) => [p.number, p.title, p.kind])).toEqual([["一", "指导思想", "guidance"], ["二", "发展目标", "goals"], ["三", "工作要点", "measures"]]);
  });
  it("reads 8 sections of 3,3,3,3,3,3,2,4 measures numbered 1–24, 21、 and 22． included", () => {
    expect(plan.parts[2]!.sections.map((s) => s.measures.length)).toEqual([3, 3, 3, 3, 3, 3, 2, 4]);
    expect(ms.map((m) => m.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(ms.map((m) => m.anchor)).toEqual(Array.from({ length: 24 }, (_, i) => `m-${i + 1}`));
    expect(ms[21]).toMatchObject({ marker: "22．", title: "加强党风廉政和反腐败建设。" });
  });
  it("reads responsibility for 1–23 and none for 24", () => {
    expect(ms.slice(0, 23).every((m) => m.responsibility?.leaders.join() === "XXX")).toBe(true);
    expect(ms[2]!.responsibility!.offices).toEqual(["信息化推进办公室", "消费品工业股"]);
    expect(ms[23]!.responsibility).toBeNull();
  });
  it("finds 24 commitments, among them 上云企业 40 家 and 1200 亩", () => {
    expect(ms.reduce((n, m) => n + m.commitments.length, 0)).toBe(24);
    expect(ms[9]!.commitments.map((c) => `${c.subject}${c.value}${c.unit}`)).toEqual(["上云企业40家", "企业10家", "工业机器人20台", "省级智能工厂和数字化车间2个"]);
    expect(ms[16]!.commitments.map((c) => `${c.subject}${c.value}${c.unit}`)).toEqual(["僵尸企业16家", "释放土地1200亩"]);
  });
  it("lists 32 redactions with line and column, and no warnings", () => {
    expect(plan.redactions).toHaveLength(32);
    expect(plan.redactions.slice(0, 2)).toEqual([{ line: 4, column: 9, glyphs: "X" }, { line: 4, column: 21, glyphs: "X" }]);
    expect(plan.warnings).toEqual([]);
  });
});

describe("parsePlan(text) on the 2022 seed", () => {
  const plan = parseFixture("suixi-2022");
  it("keeps the opening paragraph as preamble and reads goals and measures parts", () => {
    expect(plan.preamble).toHaveLength(1);
    expect(plan.parts.map((p) => p.kind)).toEqual(["goals", "measures"]);
  });
  it("holds each section's same-line body as one unnumbered measure titled as the section", () => {
    const sections = plan.parts[1]!.sections;
    expect(sections.map((s) => s.measures.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(sections[0]!.title).toBe("抓运行监测，稳定增长基本盘。");
    expect(sections[0]!.measures[0]).toMatchObject({ number: null, marker: "", anchor: "m-s2-1", title: "抓运行监测，稳定增长基本盘。", responsibility: null });
    expect(sections[0]!.measures[0]!.text.startsWith("进一步加强工业经济运行分析")).toBe(true);
  });
  it("reads 10 goals, the 力争 one a redacted stretch target", () => {
    expect(plan.goals).toHaveLength(10);
    expect(plan.goals.filter((g) => g.stretch)).toEqual([expect.objectContaining({ text: "力争实现增长*%", redacted: true, value: null })]);
  });
});

describe("parsePlan(text) with notes after the body (注[1]：…, as a Word document's footnotes are read)", () => {
  it("holds the notes, from the first 注[1]： line on, as paragraphs of an untitled part of their own, never in a measure", () => {
    const plan = parse("一、重点任务\n1.推进企业上云[1]，新增50家。\n2.抓项目[2]\n注[1]：脚注正文一。\n1.脚注中的编号行\n注[2]：脚注二。");
    expect(measuresOf(plan).map((m) => m.text)).toEqual(["推进企业上云[1]，新增50家。", "抓项目[2]"]);
    expect(plan.parts[1]).toMatchObject({ number: "", marker: "", title: "", kind: "other", paragraphs: ["注[1]：脚注正文一。", "1.脚注中的编号行", "注[2]：脚注二。"], sections: [] });
    expect(plan.warnings).toEqual([]);
  });
  it("does so after an implicit part too, and keeps notes in the preamble of a document without headings", () => {
    expect(parse("1.甲[1]。\n2.乙。\n注[1]：说明。").parts.map((p) => [p.kind, p.paragraphs, p.sections.length])).toEqual([["measures", [], 1], ["other", ["注[1]：说明。"], 0]]);
    expect(parse("正文[1]。\n注[1]：说明。").preamble).toEqual(["正文[1]。", "注[1]：说明。"]);
  });
});

describe("parsePlan(text) on bad input", () => {
  it("gives an empty plan with a warning for an empty file", () => {
    const plan = parse("");
    expect([plan.preamble, plan.parts, plan.goals]).toEqual([[], [], []]);
    expect(plan.warnings).toEqual([{ line: null, message: "文件为空：没有可显示的文字" }]);
  });
  it("keeps a document without headings as paragraphs, with a warning on line 1", () => {
    const plan = parse("第一段。\n\n第二段。");
    expect(plan.preamble).toEqual(["第一段。", "第二段。"]);
    expect(plan.warnings[0]!.line).toBe(1);
  });
  it("gives items without any heading an implicit part, and keeps a stray section before the first part as preamble", () => {
    expect(parse("1.甲。\n2.乙。").parts[0]).toMatchObject({ number: "", title: "", kind: "measures" });
    const plan = parse("（一）前置\n一、正文\n1.甲。");
    expect(plan.preamble).toEqual(["（一）前置"]);
    expect(plan.warnings).toContainEqual({ line: 1, message: "标题或编号出现在第一个部分标题（一、）之前，按前言段落显示" });
  });
  it("warns about repeated and skipped numbers with their lines, and keeps anchors unique", () => {
    const plan = parseFixture("repeated-numbering");
    expect(plan.warnings).toEqual([
      { line: 5, message: "条目编号重复或倒退：2 之后是 2" },
      { line: 6, message: "条目编号不连续：2 之后是 5" },
      { line: 7, message: "分节编号不连续：1 之后是 3" },
    ]);
    expect(measuresOf(plan).map((m) => m.anchor)).toEqual(["m-1", "m-2", "m-1-1-2", "m-5", "m-1-3-1"]);
  });
  it("reads mixed numbering 1. 2、 ３． （4） as one list, and （1） under 1. as sub-items", () => {
    expect(measuresOf(parseFixture("mixed-numbering")).map((m) => m.marker)).toEqual(["1.", "2、", "３．", "（4）", "(1)", "(2)"]);
    expect(measuresOf(parseFixture("nested-numbering")).map((m) => m.number)).toEqual([1, 2]);
  });
  it("warns about unbalanced brackets and an unclosed annotation", () => {
    expect(parseFixture("unbalanced").warnings.map((w) => `${w.line}:${w.message}`)).toEqual([
      "3:责任标注的括号没有闭合，标注按到条目末尾读取",
      "3:括号不配对：2 个左括号没有闭合",
      "4:括号不配对：1 个右括号没有对应的左括号",
      "4:引号不配对：1 个左引号没有闭合",
      "5:括号不配对：1 个右括号没有对应的左括号",
    ]);
  });
  it("keeps HTML as text, character for character", () => {
    const plan = parseFixture("html");
    expect(plan.preamble).toEqual(['<script>alert("x")</script>']);
    expect(plan.parts[0]!.title).toBe("工作要点<b>加粗</b>");
  });
  it("warns when the last line stops mid-sentence", () => {
    expect(parseFixture("weihai-2023-excerpt").warnings).toContainEqual({ line: 28, message: "文件最后一行不是完整的句子，原文可能不全" });
  });
});
