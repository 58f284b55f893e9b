import { describe, expect, it } from "vitest";
import { readNote, renderNote } from "../../src/pipeline/notes.ts";
import { InputError } from "../../src/pipeline/input-error.ts";
import { parseFixture } from "../helpers/plan.ts";

const plan = parseFixture("suixi-2021");
const FILE = "notes/suixi-jxj-2021/x.md";

describe("renderNote(markdown)", () => {
  it("renders Markdown, shows raw HTML as text, and drops javascript: links", () => {
    const html = renderNote('**加粗** <script>alert(1)</script> [链接](javascript:alert(1)) [原文](https://www.example.gov.cn/x)');
    expect(html).toBe(
      '<p><strong>加粗</strong> &lt;script&gt;alert(1)&lt;/script&gt; [链接](javascript:alert(1)) <a href="https://www.example.gov.cn/x" rel="nofollow noopener noreferrer">原文</a></p>\n',
    );
  });
});

describe("readNote(file, content, plan)", () => {
  it("reads the front matter and renders the body", () => {
    const note = readNote(FILE, "---\ntype: 勘误\ndate: 2023-03-01\nmeasure: m-13\ntitle: 第13条数字\n---\n原文“32家”应为**30家**。\n", plan);
    expect(note).toEqual({ file: FILE, kind: "勘误", title: "第13条数字", date: "2023-03-01", measure: "m-13", markdown: "原文“32家”应为**30家**。", html: "<p>原文“32家”应为<strong>30家</strong>。</p>\n" });
  });
  it("stops on an unknown type, a correction without a date, and a measure the plan lacks, at file:line", () => {
    const bad = (front: string) => () => readNote(FILE, `---\n${front}\n---\n正文`, plan);
    expect(bad("type: 说明")).toThrow(`${FILE}:2:1: type 须为 解读、编者按 或 勘误，收到“说明”`);
    expect(bad("type: 勘误\ntitle: 无日期")).toThrow(`${FILE}:2:1: 勘误必须注明日期（date: 2023-03-01）`);
    expect(bad("type: 解读\nmeasure: m-99")).toThrow(`${FILE}:3:1: 计划“suixi-2021”没有措施“m-99”（写成 m-13 这样的锚点）`);
    expect(bad("type: 解读\nmeasure: m-99")).toThrow(InputError);
  });
});
