// Was it done: a plan with a half-year and a full-year report of its own (test/fixtures/progress, a
// labelled, invented test pair) beside the seeds. Each item's history, counts and statuses on the plan
// and progress pages, the rules page, the printed summary, the open data, the indicator pages, the
// search filter and `npm run check`'s suggestions; the seeds, which have no report, say 尚无报告.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import Ajv from "ajv";
import type { Browser } from "playwright-core";
import { copyProject, ROOT, runNode, type ProjectCopy } from "../helpers/project.ts";
import { readPage, visibleText } from "../helpers/site.ts";
import { launchBrowser, serveSite } from "../helpers/browser.ts";
import { HAS_JAVA, nuErrors } from "../helpers/nu.ts";

const FIXTURE = resolve(ROOT, "test/fixtures/progress");
let project: ProjectCopy;
let run: { status: number | null; output: string };

beforeAll(async () => {
  project = copyProject();
  for (const f of ["plan-2023.txt", "report-2023-h1.txt", "report-2023-full.txt"]) copyFileSync(join(FIXTURE, f), join(project.dir, "seeds", f));
  const [header, ...rows] = readFileSync(join(project.dir, "data/plans.csv"), "utf8").trimEnd().split("\n");
  const extra = readFileSync(join(FIXTURE, "plans.csv"), "utf8").trimEnd().split("\n");
  const added = extra[0]!.split(",").length - header!.split(",").length;
  writeFileSync(join(project.dir, "data/plans.csv"), [extra[0], ...rows.map((r) => r + ",".repeat(added)), ...extra.slice(1)].join("\n") + "\n");
  copyFileSync(join(FIXTURE, "progress.csv"), join(project.dir, "data/progress.csv"));
  run = await project.build();
}, 240_000);
afterAll(() => project?.remove());

const dist = () => join(project.dir, "dist");
const text = (path: string) => visibleText(readPage(dist(), path));
const squash = (s: string) => s.replace(/\s+/g, ""); // visibleText drops the spaces between elements

describe("a plan and its own reports", () => {
  it("builds", () => {
    expect(run.status, run.output).toBe(0);
  });

  it("shows on the plan page the reports, the counts per status and a status beside each goal, commitment and measure", () => {
    const page = text("plans/demo-2023/");
    expect(page).toContain(squash("本计划的进展、完成情况报告：测试数据：示范县经济和信息化局2023年上半年工作进展情况（上半年，截至2023年6月30日）；测试数据：示范县经济和信息化局2023年工作完成情况（全年，截至2023年12月31日）。"));
    expect(page).toContain(squash("11 个事项（目标 5 项、量化承诺 2 项、措施 4 项）中，6 项有报告的结果或说法。"));
    expect(page).toContain("已完成2103"); // the counts table: goals, commitments, measures, total
    expect(page).toContain("尚无报告2035");
    expect(page).toContain(squash("全年结果 46 亿元（460,000 万元折合46 亿元） < 目标 50 亿元。"));
    expect(page).toContain(squash("落实情况（本条）：自评：已完成"));
    expect(page).toContain(squash("落实情况（承诺“全年实施技改项目100个”）：已完成"));
    const html = readPage(dist(), "plans/demo-2023/");
    expect(html).toContain('role="img"'); // the counts chart, as SVG with its description
    expect(html).toContain("已完成 3 项，未完成 1 项，自评 2 项，尚无报告 5 项。");
  });

  it("shows each item's history on the progress page: every report, its status by the rule, the numbers and the quote", () => {
    const page = text("plans/demo-2023/progress/");
    expect(page).toContain(squash("上半年（截至2023年6月30日） 28 亿元 达到序时进度 完成 28 亿元，为目标 50 亿元 的 56%，不低于已过时间 50%（报告期“上半年”）。"));
    expect(page).toContain(squash("上半年（截至2023年6月30日） 8 家 滞后序时进度 完成 8 家，为目标 20 家 的 40%，低于已过时间 50%（报告期“上半年”）。"));
    expect(page).toContain(squash("结果 6.5%，目标 8%：增速、比率按数值本身对照，不按时间折算，尚未达到。"));
    expect(page).toContain(squash("原话：上半年全县规上工业增加值增长6.5%"));
    expect(page).toContain(squash("上半年（截至2023年6月30日） 未公开 自评：达时序进度")); // 培育上云企业XX家: the number stays withheld
    expect(page).toContain(squash("目标值：未公开（单位：家） · 最新状态： 尚无报告"));
  });

  it("links each quote to the place in the report that says it, and the report to its plan", () => {
    expect(readPage(dist(), "plans/demo-2023/progress/")).toContain('href="/plans/demo-2023-h1/#m-2"');
    expect(text("plans/demo-2023-h1/")).toContain(squash("这是一份进展或完成情况报告，报告的是测试数据：示范县经济和信息化局2023年工作要点；报告期：上半年；截至2023年6月30日。"));
  });

  it("explains every rule with worked examples", () => {
    const html = readPage(dist(), "status/");
    for (const rule of ["year-end", "pace-amount", "pace-rate", "undisclosed-target", "self", "approximate", "unit-mismatch", "no-report"]) expect(html).toContain(`id="rule-${rule}"`);
    expect(text("status/")).toContain(squash("完成 108 个，为目标 120 个 的 90%，低于已过时间 91.7%（报告期“1—11月”）。"));
  });

  it("prints the statuses in the summary", () => {
    const page = text("plans/demo-2023/print/");
    expect(page).toContain(squash("四、落实情况"));
    expect(page).toContain(squash("共 11 个事项：已完成 3 项，未完成 1 项，自评 2 项，尚无报告 5 项。"));
    expect(page).toContain(squash("2023年：目标50亿元（见一、发展目标），实际46亿元。")); // the report's 460000万元 charted in the indicator's unit
    expect(page).not.toContain("460,000万元措施承诺");
  });

  it("publishes progress.json (valid against its schema) and progress.csv with each rule's inputs", () => {
    const records = JSON.parse(readFileSync(join(dist(), "data/progress.json"), "utf8"));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(dist(), "data/schema/progress.schema.json"), "utf8")));
    expect(validate(records), JSON.stringify(validate.errors)).toBe(true);
    const g2 = records.find((r: { plan: string; item: string }) => r.plan === "demo-2023" && r.item === "g-2");
    expect(g2.entries.map((e: { judgement: { code: string } }) => e.judgement.code)).toEqual(["on-pace", "not-done"]);
    const rows: Record<string, string>[] = parse(readFileSync(join(dist(), "data/progress.csv"), "utf8").replace(/^\uFEFF/, ""), { columns: true });
    expect(rows.filter((r) => r.plan === "demo-2023" && r.item === "g-2").map((r) => [r.period, r.value, r.unit, r.actual_in_target_unit, r.share, r.elapsed, r.rule, r.status])).toEqual([
      ["上半年", "28", "亿元", "28", "0.56", "0.5", "pace-amount", "on-pace"],
      ["全年", "460000", "万元", "46", "", "1", "year-end", "not-done"],
    ]);
    expect(rows.find((r) => r.plan === "demo-2023" && r.item === "m-2-c1")).toMatchObject({ value: "", redacted: "true", status: "self", words: "达时序进度" });
  });

  it("carries a report's full-year figure to the indicator page, judged there by the same rule", () => {
    const page = text("indicators/new-above-scale-enterprises/");
    expect(page).toContain(squash("2023年： 已完成 状态按“一、发展目标”中的目标（20 家）判定。 全年结果 21 家 ≥ 目标 20 家。"));
  });

  it("says 尚无报告 for the seeds, which have no report, and keeps the 2021 goal 未公开 beside 第13条's 32家", () => {
    expect(text("plans/suixi-jxj-2021/")).toContain(squash("尚无报告：计划目录中还没有这份计划的进展或完成情况报告。"));
    const indicator = text("indicators/new-above-scale-enterprises/");
    expect(indicator).toContain(squash("2021年： 尚无报告 状态按“二、发展目标”中的目标（未公开）判定；第 13 条另有措施承诺 32 家，仅供参考，不用于判定。"));
    expect(indicator).toContain(squash("措施承诺 32 家"));
    expect(indicator).toContain(squash("2022年： 目标未公开"));
    expect(indicator).toContain(squash("结果 26 家，来源：濉溪县人民政府工作报告（2023年1月12日在濉溪县第十八届人民代表大会第二次会议上）。"));
    const compare = text("compare/suixi-jxj-2021-suixi-jxj-2022/");
    expect(compare).toContain(squash("2021年承诺了什么，报告了什么"));
    expect(compare).toContain(squash("第 13 条 新增规模工业企业32家 32 家 尚无报告 尚无报告说明这一项的进展。"));
    expect(compare).toContain(squash("第 13 条承诺：32 家")); // in the goals table, beside the undisclosed goal
  });

  it("filters search results by status", async () => {
    const browser: Browser = await launchBrowser();
    const site = await serveSite(dist(), "/");
    try {
      const page = await browser.newPage();
      await page.goto(`${site.origin}/search/`);
      const filters = (await page.evaluate(`(async () => { const pf = await import("/pagefind/pagefind.js"); return pf.filters(); })()`)) as Record<string, Record<string, number>>;
      expect(filters["落实情况"]).toMatchObject({ 已完成: 1, 自评: 2, 尚无报告: expect.any(Number) });
    } finally {
      await site.close();
      await browser.close();
    }
  });

  it.skipIf(!HAS_JAVA)("writes valid HTML on the pages showing statuses", async () => {
    const pages = ["plans/demo-2023/", "plans/demo-2023/progress/", "plans/demo-2023/print/", "compare/suixi-jxj-2021-suixi-jxj-2022/", "indicators/new-above-scale-enterprises/"];
    expect(await nuErrors(pages.map((p) => join(dist(), p, "index.html")), dist())).toEqual([]);
  });

  it("npm run check proposes the rows a report gives that data/progress.csv lacks, ready to paste", async () => {
    writeFileSync(join(project.dir, "data/progress.csv"), readFileSync(join(FIXTURE, "progress.csv"), "utf8").split("\n").slice(0, 4).join("\n") + "\n");
    const out = await runNode(["--import", "tsx", "scripts/check.ts"], project.dir);
    expect(out.status, out.output).toBe(0);
    expect(out.output).toContain("建议的进展（demo-2023-full 报告 demo-2023，5 条；核对原文后可粘贴到 data/progress.csv，未粘贴的不会显示在网站上）：");
    expect(out.output).toContain("demo-2023,g-2,2023-12-31,全年,未完成年度目标,460000,万元,2.全年完成技改投资460000万元，未完成年度目标。,demo-2023-full,4,,,建议：同一指标“技改投资完成额”、单位可比（计划用亿元，报告用万元）");
    expect(out.output).not.toContain("demo-2023,g-1,2023-06-30"); // already in data/progress.csv
  });
});
