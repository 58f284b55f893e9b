// A county's column: three bureaus of one county (濉溪县) and one plan of another government (威海市),
// with reported values for both (test/fixtures/county, test data). No page, summary, chart, table or
// open-data file puts one jurisdiction's number beside another's; where bureaus are summed it says so.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { copyProject, ROOT, type ProjectCopy } from "../helpers/project.ts";
import { readPage, visibleText } from "../helpers/site.ts";
import type { IndicatorSeries } from "../../src/schema/indicator-series.ts";
import { HAS_JAVA, nuErrors } from "../helpers/nu.ts";

const FIXTURES = resolve(ROOT, "test/fixtures");
let project: ProjectCopy;
let run: { status: number | null; output: string };

beforeAll(async () => {
  project = copyProject();
  const seeds = join(project.dir, "seeds");
  copyFileSync(join(FIXTURES, "integration/suixi-test-2023.txt"), join(seeds, "suixi-test-2023.txt"));
  copyFileSync(join(FIXTURES, "county/fgw-2023.txt"), join(seeds, "fgw-2023.txt"));
  copyFileSync(join(FIXTURES, "county/czj-2023.txt"), join(seeds, "czj-2023.txt"));
  copyFileSync(join(FIXTURES, "plans/weihai-2023-excerpt.txt"), join(seeds, "weihai-2023.txt"));
  const catalogue = readFileSync(join(project.dir, "data/plans.csv"), "utf8").trimEnd().split("\n");
  writeFileSync(join(project.dir, "data/plans.csv"), [
    `${catalogue[0]},行政区划`,
    ...catalogue.slice(1).map((row) => `${row},濉溪县`),
    "suixi-test-2023.txt,suixi-test-2023,2023,测试数据：濉溪县经济和信息化局2023年工作计划,濉溪县经济和信息化局,,,,,,,,测试数据,濉溪县",
    "fgw-2023.txt,suixi-fgw-2023,2023,测试数据：濉溪县发展和改革委员会2023年工作要点,濉溪县发展和改革委员会,,,,,,,,测试数据,濉溪县",
    "czj-2023.txt,suixi-czj-2023,2023,测试数据：濉溪县财政局2023年工作要点,濉溪县财政局,,,,,,,,测试数据,濉溪县",
    "weihai-2023.txt,weihai-2023,2023,数字威海建设2023年工作要点（节选）,威海市人民政府办公室,,,,,2023-08-19,,,真实节选,威海市",
  ].join("\n") + "\n");
  const values = readFileSync(join(project.dir, "data/indicator-values.csv"), "utf8").trimEnd().split("\n");
  writeFileSync(join(project.dir, "data/indicator-values.csv"), [
    `${values[0]},行政区划`,
    ...values.slice(1).map((row) => `${row},濉溪县`),
    "industrial-value-added,2023,actual,7.1,%,测试数据,测试数据：虚构的威海市结果,,仅用于测试,威海市",
    "industrial-value-added,2023,actual,5.2,%,测试数据,测试数据：虚构的濉溪县结果,,仅用于测试,濉溪县",
  ].join("\n") + "\n");
  run = await project.build();
}, 240_000);
afterAll(() => project?.remove());

const dist = () => join(project.dir, "dist");
const text = (path: string) => visibleText(readPage(dist(), path));

describe("a county's column: three bureaus of 濉溪县, one plan of 威海市", () => {
  it("builds", () => {
    expect(run.status, run.output).toBe(0);
  });

  it("keeps one series per jurisdiction in the open data: every number in a series is that jurisdiction's", () => {
    const list: IndicatorSeries[] = JSON.parse(readFileSync(join(dist(), "data/indicators.json"), "utf8"));
    const iva = list.filter((s) => s.id === "industrial-value-added");
    expect(iva.map((s) => [s.key, s.jurisdiction])).toEqual([["industrial-value-added--sui-xi-xian", "濉溪县"], ["industrial-value-added--wei-hai-shi", "威海市"]]);
    for (const s of list) for (const o of s.observations) expect(o.jurisdiction, `${s.key} ${o.year} ${o.kind}`).toBe(s.jurisdiction);
    expect([...new Set(iva[0]!.observations.filter((o) => o.kind !== "actual").map((o) => o.source.plan))]).toEqual(["suixi-jxj-2021", "suixi-jxj-2022", "suixi-fgw-2023", "suixi-test-2023"]);
    const csv = readFileSync(join(dist(), "data/indicators.csv"), "utf8");
    expect(csv.split("\r\n")[0]!.endsWith(",jurisdiction")).toBe(true);
    expect(csv).toContain("7.1");
  });

  it("shows each jurisdiction's indicator page with its own numbers only", () => {
    const suixi = text("indicators/industrial-value-added--sui-xi-xian/");
    const weihai = text("indicators/industrial-value-added--wei-hai-shi/");
    expect(suixi).toContain("5.2");
    expect(suixi).not.toContain("7.1");
    expect(weihai).toContain("7.1");
    expect(weihai).not.toMatch(/5\.2|−6|-6%|濉溪/);
  });

  it("never draws another jurisdiction's result in a plan's printed summary", () => {
    expect(text("plans/weihai-2023/print/")).not.toMatch(/濉溪|−6|5\.2/);
    expect(text("plans/suixi-test-2023/print/")).not.toMatch(/威海|7\.1/);
  });

  it("lists the bureaus on the home page, each with its latest plan and years, and no year twice", () => {
    const { document } = parseHTML(readPage(dist(), ""));
    expect([...document.querySelectorAll(".bureaus .card-title a")].map((a) => a.textContent)).toEqual(expect.arrayContaining(["濉溪县经济和信息化局", "濉溪县发展和改革委员会", "濉溪县财政局", "威海市人民政府办公室"]));
    const years = [...document.querySelectorAll(".years a")].map((a) => a.textContent);
    expect(years).toEqual([...new Set(years)]);
    expect(document.querySelector("#latest-h")).toBeNull(); // no one bureau's plan as the county's 最新计划
    const kpiLists = [...document.querySelectorAll(".kpis")].map((ul) => [ul.previousElementSibling?.textContent, [...ul.querySelectorAll("li > a")].length]);
    expect(kpiLists.map(([h]) => h)).toEqual(["濉溪县", "威海市"]); // each place's results in a list of its own, never side by side
  });

  it("gives each bureau a page with its plans, the indicators it sets targets for and its offices", () => {
    const page = text("bureaus/sui-xi-xian-fa-zhan-he-gai-ge-wei-yuan-hui/");
    expect(page).toContain("测试数据：濉溪县发展和改革委员会2023年工作要点");
    expect(page).toContain("规模以上工业增加值增速");
    expect(page).toContain("投资股");
  });

  it("draws /compare/'s theme chart per jurisdiction, naming the bureaus it sums", () => {
    const { document } = parseHTML(readPage(dist(), "compare/"));
    expect([...document.querySelectorAll("h3")].map((h) => h.textContent)).toEqual(expect.arrayContaining(["濉溪县", "威海市"]));
    expect(text("compare/")).toContain("同一年度为濉溪县发展和改革委员会、濉溪县经济和信息化局、濉溪县财政局的计划合计");
  });

  it.skipIf(!HAS_JAVA)("gives valid HTML on the county's own page types (W3C Nu checker)", async () => {
    const pages = ["", "plans/", "bureaus/sui-xi-xian-fa-zhan-he-gai-ge-wei-yuan-hui/", "compare/", "themes/", "indicators/", "indicators/industrial-value-added--wei-hai-shi/", "offices/"];
    expect(await nuErrors(pages.map((p) => join(dist(), p, "index.html")), dist())).toEqual([]);
  });
});
