import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, appendFileSync, rmSync, writeFileSync } from "node:fs";
import { Paragraph } from "docx";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { copyProject, hashTree, ROOT, type ProjectCopy } from "../helpers/project.ts";
import { readPage, visibleText } from "../helpers/site.ts";
import { docxOf, tableOf } from "../helpers/docx.ts";
import type { Plan } from "../../src/schema/plan.ts";
import type { IndicatorSeries } from "../../src/schema/indicator-series.ts";

const WEIHAI = resolve(ROOT, "test/fixtures/plans/weihai-2023-excerpt.txt"); // a copy of the shared fixtures folder's weihai-digital-2023-excerpt.txt
const XLSX = resolve(ROOT, "test/fixtures/formats/taishun-2024-04-progress.xlsx"); // the real 泰顺 table made into a workbook: see test/fixtures/formats/README.md
const PDF = resolve(ROOT, "test/fixtures/formats/jinxiang-fgj-2021.pdf"); // the real 金乡 text printed to PDF: see test/fixtures/formats/README.md
const HTML = resolve(ROOT, "test/fixtures/formats/taishun-2024-04-progress-gbk.html"); // the real 泰顺 table as a saved GBK page
let project: ProjectCopy;
let first: { status: number | null; output: string };
let firstHash: string;

const DOCX_ROWS = [
  ["序号", "重点任务", "牵头单位", "责任单位"],
  ["1", "推进企业上云，新增上云企业50家。", "信息化推进办公室", "各镇、园区"],
  ["2", "加快重大项目建设。", "技改与创新办公室", ""],
];
let docxBytes: Uint8Array;

beforeAll(async () => {
  project = copyProject();
  docxBytes = await docxOf([new Paragraph("测试数据：某局2023年重点任务分解表"), new Paragraph("一、重点任务"), tableOf(DOCX_ROWS)]); // no author: it would be refused
  writeFileSync(join(project.dir, "seeds", "test-tasks-2023.docx"), docxBytes);
  copyFileSync(WEIHAI, join(project.dir, "seeds", "weihai-digital-2023-excerpt.txt"));
  copyFileSync(join(ROOT, "test/fixtures/integration/suixi-test-2023.txt"), join(project.dir, "seeds", "suixi-test-2023.txt"));
  copyFileSync(XLSX, join(project.dir, "seeds", "taishun-2024-04.xlsx"));
  copyFileSync(PDF, join(project.dir, "seeds", "jinxiang-2021.pdf"));
  copyFileSync(HTML, join(project.dir, "seeds", "taishun-2024-04-page.html"));
  appendFileSync(join(project.dir, "data/plans.csv"), [
    "weihai-digital-2023-excerpt.txt,weihai-digital-2023,2023,数字威海建设2023年工作要点（节选）,威海市人民政府办公室,,,,,2023-08-19,,,测试：另一发布机构的真实节选，转载时被截断",
    "test-tasks-2023.docx,test-tasks-2023,2023,测试数据：某局2023年重点任务分解表,测试机构,,,,,,,,测试数据：在测试中生成的 Word 文档",
    "jinxiang-2021.pdf,jinxiang-2021,2021,金乡县2021年国民经济和社会发展计划,金乡县人民政府,,,,,,,,测试：金乡县的真实文字，由测试用 Chromium 打印成 PDF",
    "taishun-2024-04-page.html,taishun-2024-04-page,2024,2024年4月省政府民生实事项目进展情况汇总表（网页）,测试：另一机构（同一表格存为网页）,,,,,,,,测试：泰顺县的真实表格内容，由测试制成网页",
    "taishun-2024-04.xlsx,taishun-2024-04,2024,2024年4月省政府民生实事项目进展情况汇总表,泰顺县人民政府,,,,,,,,测试：泰顺县的真实表格内容，由测试制成 Excel 表格",
    "suixi-test-2023.txt,suixi-test-2023,2023,测试数据：濉溪县经济和信息化局2023年工作计划,濉溪县经济和信息化局,,,,,,,,测试数据：为集成测试编写，不是真实计划",
  ].join("\n") + "\n");
  mkdirSync(join(project.dir, "notes", "suixi-jxj-2021"), { recursive: true });
  writeFileSync(join(project.dir, "notes/suixi-jxj-2021/2023-03-01-correction.md"), "---\ntype: 勘误\ndate: 2023-03-01\ntitle: 测试数据：一则勘误\n---\n测试用的勘误，原文不改。\n");
  writeFileSync(join(project.dir, "notes/suixi-jxj-2021/m-13.md"), '---\ntype: 解读\nmeasure: m-13\ntitle: 测试数据：第13条解读\n---\n<script>alert("x")</script> [点我](javascript:alert(1)) **32家**为全年目标。\n');
  appendFileSync(join(project.dir, "data/indicator-values.csv"), "industrial-value-added,2023,actual,5.2,%,测试数据,测试数据：虚构的结果,,仅用于集成测试\n");
  first = await project.build();
  firstHash = hashTree(join(project.dir, "dist"));
});
afterAll(() => project?.remove());

const dist = () => join(project.dir, "dist");
const plan = (id: string): Plan => JSON.parse(readFileSync(join(dist(), "data/plans", `${id}.json`), "utf8"));

describe("adding another issuer's plan and a next-year plan", () => {
  it("builds", async () => {
    expect(first.status, first.output).toBe(0);
  });

  it("shows every character of the Weihai excerpt (ASCII punctuation, cut off mid-sentence) on its page, in order; the page furniture copied with it apart, after the plan", async () => {
    const text = visibleText(readPage(dist(), "plans/weihai-digital-2023/"));
    const apart = new Set(plan("weihai-digital-2023").furniture.map((f) => f.line));
    expect([...apart]).toEqual([2]); // 来源:电子政务网 更新时间:2023-09-04
    let at = 0;
    const lines = readFileSync(WEIHAI, "utf8").split("\n").map((l, i) => ({ no: i + 1, text: l.replace(/\s+/g, "") })).filter((l) => l.text);
    for (const line of lines.filter((l) => !apart.has(l.no))) {
      const found = text.indexOf(line.text, at);
      expect(found, line.text).toBeGreaterThanOrEqual(0);
      at = found + line.text.length;
    }
    for (const line of lines.filter((l) => apart.has(l.no))) expect(text.indexOf(line.text, at), line.text).toBeGreaterThanOrEqual(0);
  });

  it("reads 牵头单位 and 责任单位 on the Weihai measures; the last, cut off before its annotation, is flagged", async () => {
    const weihai = plan("weihai-digital-2023");
    const measures = weihai.parts.flatMap((p) => p.sections.flatMap((s) => s.measures));
    expect(measures.length).toBe(2);
    expect(measures[0]!.responsibility?.roles.map((r) => r.label)).toEqual(expect.arrayContaining(["牵头单位", "责任单位"]));
    expect(measures[1]!.responsibility).toBeNull();
    expect(weihai.warnings.map((w) => w.message).join("\n")).toContain("文件最后一行不是完整的句子，原文可能不全");
  });

  it("publishes a Word plan: its task table as measures with office chips, the .docx offered byte for byte", async () => {
    const { document } = parseHTML(readPage(dist(), "plans/test-tasks-2023/"));
    expect([...document.querySelectorAll("article.measure")].map((m) => [m.id, [...m.querySelectorAll(".chip.office")].map((c) => c.textContent)])).toEqual([
      ["m-1", ["信息化推进办公室", "各镇", "园区"]],
      ["m-2", ["技改与创新办公室"]],
    ]);
    expect(new Uint8Array(readFileSync(join(dist(), "sources", "test-tasks-2023.docx")))).toEqual(docxBytes);
    expect(plan("test-tasks-2023").source).toMatchObject({ format: "docx", encoding: "docx" });
  });

  it("publishes a spreadsheet: its rows as measures, the merged 牵头单位 carried down and said so, the .xlsx offered byte for byte and the page saying the text was extracted from it", async () => {
    const { document } = parseHTML(readPage(dist(), "plans/taishun-2024-04/"));
    expect([...document.querySelectorAll("article.measure .cell.lead dd")].map((dd) => dd.textContent)).toEqual([
      "县卫生健康局", "县卫生健康局（原表与上一行合并）", "县卫生健康局（原表与上一行合并）", "县红十字会", "县医疗保障局", "县医疗保障局（原表与上一行合并）",
    ]);
    expect(new Uint8Array(readFileSync(join(dist(), "sources", "taishun-2024-04.xlsx")))).toEqual(new Uint8Array(readFileSync(XLSX)));
    const source = plan("taishun-2024-04").source;
    expect(source).toMatchObject({ format: "xlsx", encoding: "xlsx", pages: null });
    const text = visibleText(readPage(dist(), "plans/taishun-2024-04/"));
    expect(text).toContain(`SHA-256校验值：${source.sha256}`); // visibleText drops whitespace
    expect(text).toContain("原文文件：taishun-2024-04.xlsx（XLSX，Excel表格，7.4KB）本页文字由Excel表格提取：表头之后每行一条，合并的单元格沿用上一行的值并标明“原表与上一行合并”。");
  });

  it("publishes a PDF: its text in reading order, its page numbers and running header apart with their PDF page, the page saying where the text came from", async () => {
    const { document } = parseHTML(readPage(dist(), "plans/jinxiang-2021/"));
    expect([...document.querySelectorAll(".furniture li")].map((li) => li.textContent)).toEqual([
      "PDF 第 1 页测试用页眉：金乡县人民政府文件", "PDF 第 1 页当前位置:首页", "PDF 第 1 页> 政务公开 > 法定主动公开内容 > 规划计划 > 发展计划",
      "PDF 第 1 页索 引 号 113708280043358015/2021-01956 公开方式 主动公开", "PDF 第 1 页发布机构 金乡县发展和改革局 组配分类 发展计划",
      "PDF 第 1 页成文日期 2021-02-22 废止日期", "PDF 第 1 页有效性", "PDF 第 1 页分享", "PDF 第 1 页金政发〔2021〕3号",
      "PDF 第 1 页— 1 —", "PDF 第 2 页测试用页眉：金乡县人民政府文件", "PDF 第 2 页— 2 —",
    ]);
    const text = visibleText(readPage(dist(), "plans/jinxiang-2021/"));
    expect(text).toContain("本页文字由PDF文件的文字层提取（共2页）：折行已接回段落，每页重复的页眉、页脚和页码另列在正文之后；各部分、各节标明来自PDF第几页。");
    expect(text).toContain("主要预期目标为:地区生产总值增长7%以上;一般公共预算收入");
    expect(plan("jinxiang-2021").source).toMatchObject({ format: "pdf", encoding: "pdf", pages: [{ page: 1, line: 1 }, { page: 2, line: 20 }] });
    expect(new Uint8Array(readFileSync(join(dist(), "sources", "jinxiang-2021.pdf")))).toEqual(new Uint8Array(readFileSync(PDF)));
  });

  it("publishes a saved web page in GBK: its table as measures, the same as the spreadsheet's", async () => {
    const cells = (id: string) => plan(id).parts.flatMap((p) => p.sections.flatMap((s) => s.measures.map((m) => m.cells)));
    expect(cells("taishun-2024-04-page")).toEqual(cells("taishun-2024-04"));
    expect(plan("taishun-2024-04-page").source).toMatchObject({ format: "html", encoding: "gb18030", pages: null });
  });

  it("does not compare the Weihai plan with Suixi's, and compares Suixi 2022 with the 2023 test plan", async () => {
    const pairs = readdirSync(join(dist(), "compare")).filter((f) => f !== "index.html");
    expect(pairs.sort()).toEqual(["suixi-jxj-2021-suixi-jxj-2022", "suixi-jxj-2022-suixi-test-2023"]);
    const nav = [...parseHTML(readPage(dist(), "plans/weihai-digital-2023/")).document.querySelectorAll(".year-nav a")];
    expect(nav).toHaveLength(0);
    const { document } = parseHTML(readPage(dist(), "compare/suixi-jxj-2022-suixi-test-2023/"));
    const rows = Object.fromEntries([...document.querySelectorAll("table.goal-diff tbody tr")].map((tr) => [tr.querySelector("th")!.textContent, tr.querySelector(".change")!.textContent]));
    expect(rows).toMatchObject({ 新增规模以上工业企业: "保留", 规模以上工业增加值增速: "保留", 释放土地: "保留", 工业节能: "保留", 处置僵尸企业: "不再列入", 新增个私企业: "不再列入" });
  });

  it("shows the 2023 targets and the (test) result on the indicator, judged against the disclosed target", async () => {
    const series: IndicatorSeries[] = JSON.parse(readFileSync(join(dist(), "data/indicators.json"), "utf8"));
    const iva = series.find((s) => s.id === "industrial-value-added")!;
    expect(iva.years).toEqual([2021, 2022, 2023]);
    expect(iva.observations.filter((o) => o.year === 2023).map((o) => [o.kind, o.value, o.qualifier, o.status])).toEqual([["target", 6, "以上", null], ["actual", 5.2, null, "测试数据"]]);
    const verdicts = [...parseHTML(readPage(dist(), "indicators/industrial-value-added/")).document.querySelectorAll(".verdicts li")].map((li) => li.textContent!.replace(/\s+/g, ""));
    expect(verdicts).toHaveLength(3);
    expect([verdicts[0], verdicts[1], verdicts[2]].map((v, i) => v!.startsWith(["2021年：尚无报告", "2022年：目标未公开", "2023年：未完成"][i]!))).toEqual([true, true, true]);
    expect(verdicts[2]).toContain("全年结果5.2%<目标6%。"); // judged against the disclosed target by the published rule
    expect(existsSync(join(dist(), "indicators/cloud-enterprises/index.html"))).toBe(true);
  });

  it("shows the editor's notes: a dated correction at the top, an interpretation under its measure, both inert, and in the open data", async () => {
    const html = readPage(dist(), "plans/suixi-jxj-2021/");
    const { document } = parseHTML(html);
    const correction = document.querySelector("main > aside.note-block.correction")!;
    expect(correction.textContent!.replace(/\s+/g, "")).toBe("勘误2023年3月1日测试数据：一则勘误测试用的勘误，原文不改。");
    const note = document.querySelector("#m-13 aside.note-block.interpretation")!;
    expect(note.querySelector(".note-body")!.innerHTML.trim()).toBe('<p>&lt;script&gt;alert("x")&lt;/script&gt; [点我](javascript:alert(1)) <strong>32家</strong>为全年目标。</p>');
    expect(document.querySelectorAll("main script, main a[href^='javascript']")).toHaveLength(0);
    expect(plan("suixi-jxj-2021").notes.map((n) => [n.kind, n.measure])).toEqual([["勘误", null], ["解读", "m-13"]]);
    expect(readPage(dist(), "plans/suixi-jxj-2021/print/")).toContain("附：解读、编者按与勘误");
  });

  it("stops on a bad note with file:line, leaving dist/ as it was", async () => {
    const before = hashTree(dist());
    const bad = join(project.dir, "notes/suixi-jxj-2021/bad.md");
    writeFileSync(bad, "---\ntype: 勘误\ntitle: 没有日期\n---\n正文\n");
    const run = await project.build();
    rmSync(bad);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain("notes/suixi-jxj-2021/bad.md:2:1: 勘误必须注明日期（date: 2023-03-01）");
    expect(hashTree(dist())).toBe(before);
  });

  it("gives byte-identical output when built again from the same inputs", async () => {
    const again = await project.build();
    expect(again.status, again.output).toBe(0);
    expect(hashTree(join(project.dir, "dist"))).toBe(firstHash);
  });
});
