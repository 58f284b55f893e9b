import { describe, expect, it } from "vitest";
import { commitmentsHtml, measureHtml, noteHtml, paragraphHtml } from "../../src/lib/plan-html.ts";
import { observationHtml, observationSourceHtml } from "../../src/lib/observation-html.ts";
import type { Note } from "../../src/schema/note.ts";
import type { Observation } from "../../src/schema/observation.ts";
import { measuresOf, parseFixture } from "../helpers/plan.ts";

const note: Note = { file: "notes/p/a.md", kind: "勘误", title: "更正<b>", date: "2022-03-01", measure: "m-1", markdown: "", html: "<p>原文“40家”应为“<em>45家</em>”。</p>\n" };
const labels = { themes: new Map([["digital", "数字化"], ["green", "绿色<低碳>"]]), entities: new Map([["e1", "英科医疗"]]), indicators: new Map<string, string>(), entityKinds: new Map([["e1", "企业"]]) };

describe("measureHtml(measure, labels, notes)", () => {
  const m1 = measuresOf(parseFixture("suixi-2021"))[0]!;

  it("writes measure 1 of 2021 as an article: marker, marked text, tags, permalink", () => {
    const markup = measureHtml({ ...m1, themes: ["missing", "digital", "green"], entities: ["e1"] }, labels, []).markup;
    expect(markup).toMatch(/^<article class="measure" id="m-1" aria-label="第 1 条"><p><span class="marker">1\.<\/span><strong class="m-title">强化运行调度。<\/strong>/);
    // a theme the lists no longer name is left out, without a stray 、; names are escaped
    expect(markup).toContain(`<p class="measure-tags"><span>主题：<a href="/themes/digital/">数字化</a>、<a href="/themes/green/">绿色&lt;低碳&gt;</a></span><span>企业与项目：<a href="/entities/e1/">英科医疗</a></span></p>`);
    expect(markup).toMatch(/<a class="permalink" href="#m-1" title="本条的固定链接"><span aria-hidden="true">#<\/span><span class="sr-only">第 1 条的固定链接<\/span><\/a><\/article>$/);
  });

  it("leaves out the tags when the measure has none, and puts its notes after its text", () => {
    const markup = measureHtml({ ...m1, themes: [], entities: [] }, labels, [note]).markup;
    expect(markup).not.toContain("measure-tags");
    expect(markup).toContain(`</p><aside class="note-block correction" aria-label="勘误：更正&lt;b&gt;">`);
  });
});

describe("noteHtml(note) and paragraphHtml(text)", () => {
  it("keeps the note's rendered body as markdown-it made it and escapes its title", () => {
    expect(noteHtml(note).markup).toBe(
      `<aside class="note-block correction" aria-label="勘误：更正&lt;b&gt;"><p class="note-head"><strong>勘误</strong><time datetime="2022-03-01">2022年3月1日</time><span>更正&lt;b&gt;</span></p><div class="note-body"><p>原文“40家”应为“<em>45家</em>”。</p>\n</div></aside>`,
    );
    expect(noteHtml({ ...note, kind: "解读", date: null }).markup).toContain(`<p class="note-head"><strong>解读</strong><span>`);
  });

  it("marks a paragraph's redactions and escapes the rest", () => {
    expect(paragraphHtml("完成<i>XX亿元").markup).toBe(`<p>完成&lt;i&gt;<span class="redacted" title="未公开：原文隐去的数值或名称">XX<span class="sr-only">（未公开）</span></span>亿元</p>`);
  });
});

describe("observationHtml(o)", () => {
  const o: Observation = { indicator: "x", year: 2021, kind: "actual", value: 12.5, unit: "%", redacted: false, qualifier: null, status: null, text: null, jurisdiction: null, source: { title: "t", date: null, plan: null, anchor: null, place: null }, note: null };

  it("shows a number, 定性目标, or 未公开 with its unit and qualifier as tags — never 0", () => {
    expect(observationHtml(o).markup).toBe(`<span class="num">12.5%</span>`);
    expect(observationHtml({ ...o, value: null }).markup).toBe(`<span class="na">定性目标</span>`);
    expect(observationHtml({ ...o, value: null, redacted: true, unit: "家", qualifier: "以上" }).markup).toBe(
      `<span class="na redacted-value">未公开<span class="tag">单位：家</span><span class="tag">以上</span></span>`,
    );
    expect(observationHtml({ ...o, value: null, redacted: true }).markup).toBe(`<span class="na redacted-value">未公开<span class="tag">百分比</span></span>`);
  });

  it("tags a status such as 预计数, escaped", () => {
    expect(observationHtml({ ...o, status: "预计数<" }).markup).toBe(`<span class="num">12.5%</span><span class="tag status">预计数&lt;</span>`);
  });
});

describe("observationSourceHtml(o, short)", () => {
  const o: Observation = { indicator: "x", year: 2022, kind: "target", value: 8, unit: "%", redacted: false, qualifier: null, status: null, text: null, jurisdiction: null, source: { title: "濉溪县经信局2022年工作计划", date: null, plan: "p-2022", anchor: "g-2", place: "一、目标任务" }, note: null };

  it("links a plan's target to its place, cited in full or short", () => {
    expect(observationSourceHtml(o).markup).toBe(`<a href="/plans/p-2022/#g-2">濉溪县经信局2022年工作计划 · 一、目标任务</a>`);
    expect(observationSourceHtml(o, true).markup).toBe(`<a href="/plans/p-2022/#g-2">2022年计划 · 一、目标任务</a>`);
  });

  it("names a report with its date, escaped, and drops its occasion when short", () => {
    const report = { ...o, source: { title: "政府工作报告<i>（2023年1月12日在县人大会议上）", date: "2023-01-12", plan: null, anchor: null, place: null } };
    expect(observationSourceHtml(report).markup).toBe(`<span>政府工作报告&lt;i&gt;（2023年1月12日在县人大会议上）</span>`);
    expect(observationSourceHtml(report, true).markup).toBe(`<span>政府工作报告&lt;i&gt;（2023年1月12日）</span>`);
  });
});

describe("commitmentsHtml(commitments, href)", () => {
  const commitments = [{ text: "培育上云企业40家", anchor: "m-10" }, { text: "新增<b>XX家", anchor: "m-11" }];

  it("lists commitments in their source words, separated by ；, redactions marked and markup escaped", () => {
    expect(commitmentsHtml(commitments).markup).toBe(
      `量化承诺：培育上云企业40家；新增&lt;b&gt;<span class="redacted" title="未公开：原文隐去的数值或名称">XX<span class="sr-only">（未公开）</span></span>家`,
    );
  });

  it("links each to its place when given", () => {
    expect(commitmentsHtml(commitments.slice(0, 1), (c) => `/plans/p/#${c.anchor}`).markup).toBe(`量化承诺：<a href="/plans/p/#m-10">培育上云企业40家</a>`);
  });
});
