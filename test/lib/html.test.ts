import { describe, expect, it } from "vitest";
import { html, Html } from "../../src/lib/html.ts";
import { piecesHtml } from "../../src/lib/pieces-html.ts";
import { refsHtml } from "../../src/lib/refs-html.ts";
import { measurePieces, paragraphPieces } from "../../src/lib/segments.ts";
import { measuresOf, parseFixture } from "../helpers/plan.ts";

describe("html`…`", () => {
  it("escapes every value, in text and in attributes", () => {
    const evil = `<script>alert("x")</script>&'`;
    expect(html`<a title="${evil}">${evil}</a>`.markup).toBe(
      `<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</a>`,
    );
  });

  it("keeps markup it made itself, joins arrays and leaves out null, undefined and false", () => {
    const items = ["<b>", "c"].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}${null}${undefined}${false}${0}</ul>`.markup).toBe("<ul><li>&lt;b&gt;</li><li>c</li>0</ul>");
  });

  it("has no way to pass a plain string through unescaped", () => {
    const looksLikeHtml = { markup: "<i>" } as unknown as string; // not made by html``
    expect(html`${looksLikeHtml}`.markup).toBe("[object Object]");
    expect(new Html("<i>").markup).toBe("<i>"); // only code can make Html, never input
  });
});

describe("piecesHtml(pieces)", () => {
  it("marks measure 1 of 2021: title, responsibility with its office chips, the redacted leader — every character once", () => {
    const m1 = measuresOf(parseFixture("suixi-2021"))[0]!;
    const markup = piecesHtml(measurePieces(m1)).markup;
    expect(markup).toContain(`<strong class="m-title">强化运行调度。</strong>`);
    expect(markup).toContain(
      `<span class="resp">(责任领导：<span class="chip leader"><span class="redacted" title="未公开：原文隐去的数值或名称">XXX<span class="sr-only">（未公开）</span></span></span>，责任股室：<span class="chip office">经济运行办公室</span>、<span class="chip office">技改与创新办公室</span>)</span>`,
    );
    expect(markup.replace(/<span class="sr-only">（未公开）<\/span>/g, "").replace(/<[^>]+>/g, "")).toBe(m1.text);
  });

  it("puts each commitment in one <mark> titled with its amount", () => {
    const m10 = measuresOf(parseFixture("suixi-2021"))[9]!;
    expect(piecesHtml(measurePieces(m10)).markup).toContain(`<mark class="commitment" title="量化承诺：上云企业 40 家">培育上云企业40家</mark>`);
  });

  it("escapes source text that looks like markup", () => {
    expect(piecesHtml(paragraphPieces(`<img src=a onerror="alert(1)">完成XX亿元`)).markup).toBe(
      `&lt;img src=a onerror=&quot;alert(1)&quot;&gt;完成<span class="redacted" title="未公开：原文隐去的数值或名称">XX<span class="sr-only">（未公开）</span></span>亿元`,
    );
  });
});

describe("refsHtml(plan, refs)", () => {
  const ref = { anchor: "m-3", place: "第 3 条", title: "抓项目建设。" };

  it("links each measure to its place, with its title and, when given, its score", () => {
    expect(refsHtml("p-2021", [ref, { ...ref, anchor: "m-4", place: "第 4 条", score: 0.5 }]).markup).toBe(
      `<ul class="refs"><li><a href="/plans/p-2021/#m-3">第 3 条</a><span class="ref-title">抓项目建设。</span></li><li><a href="/plans/p-2021/#m-4">第 4 条</a><span class="ref-title">抓项目建设。</span><span class="score">（0.50）</span></li></ul>`,
    );
  });

  it("leaves titles out on request, and says `empty` for no measure", () => {
    expect(refsHtml("p", [ref], { titles: false }).markup).toBe(`<ul class="refs"><li><a href="/plans/p/#m-3">第 3 条</a></li></ul>`);
    expect(refsHtml("p", [], { empty: "未标注" }).markup).toBe(`<span class="na">未标注</span>`);
  });
});
