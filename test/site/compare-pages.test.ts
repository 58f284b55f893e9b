import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parseHTML } from "linkedom";
import { readPage } from "../helpers/site.ts";
import { ComparisonSchema } from "../../src/schema/comparison.ts";

const dist = inject("dist");
const page = (path: string) => parseHTML(readPage(dist, path)).document;
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, "");
const PAIR = "suixi-jxj-2021-suixi-jxj-2022";

describe(`/compare/${PAIR}/`, () => {
  const document = page(`compare/${PAIR}/`);

  it("shows the goals diff: seven kept, 僵尸企业 and 释放土地 new with the 2021 measure noted, the 信息传输和软件服务业 goals dropped", () => {
    const rows = [...document.querySelectorAll("table.goal-diff tbody tr")].map((tr) => [text(tr.querySelector("th")), text(tr.querySelector(".change"))]);
    expect(rows).toEqual([
      ["新增规模以上工业企业", "保留"], ["规模以上工业增加值增速", "保留"], ["工业投资增速", "保留"], ["技改投资增速", "保留"], ["新增个私企业", "保留"],
      ["新增个体工商户", "保留"], ["工业节能", "保留"], ["处置僵尸企业", "新增"], ["释放土地", "新增"],
      ["新增信息传输和软件服务业企业", "不再列入"], ["信息传输和软件服务业营业收入增速", "不再列入"],
    ]);
    const zombie = [...document.querySelectorAll("table.goal-diff tbody tr")][7]!;
    expect(text(zombie)).toContain("2021年未列为目标；但2021年第17条提出“处置僵尸企业16家”");
  });

  it("lists 英科医疗, 英科医疗三期, 理士电源 and 哈东盛金属材料 as named in both years, linked to their pages", () => {
    const both = document.querySelector('.entity-group[aria-label="两年都提到"]')!;
    expect([...both.querySelectorAll(".entity-list > li > a")].map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["英科医疗", "/entities/ying-ke-yi-liao/"], ["英科医疗三期", "/entities/ying-ke-yi-liao-san-qi/"],
      ["理士电源", "/entities/li-shi-dian-yuan/"], ["哈东盛金属材料", "/entities/ha-dong-sheng-jin-shu-cai-liao/"],
    ]);
  });

  it("sets the themes side by side with links to each measure, charts them, and notes that 2022 names no office", () => {
    const digital = [...document.querySelectorAll("table.themes-side tbody tr")].find((tr) => text(tr.querySelector("th")) === "数字化转型")!;
    expect([...digital.querySelectorAll("td")[0]!.querySelectorAll(".refs a")].map((a) => a.getAttribute("href"))).toEqual(["/plans/suixi-jxj-2021/#m-3", "/plans/suixi-jxj-2021/#m-9", "/plans/suixi-jxj-2021/#m-10"]);
    expect(text(digital.querySelectorAll("td")[1])).toContain("上云企业*（未公开）家以上");
    // the theme chart's two columns of dots are drawn once, as wide as a phone's column, for every screen
    expect([...document.querySelectorAll("figure.chart svg[role=img]")].map((svg) => svg.getAttribute("width"))).toEqual(["340"]);
    expect(text(document.querySelector("#offices-h + .note"))).toBe("2022年计划未标注责任股室，无法比较各股室分工的变化。");
    expect(readPage(dist, `compare/${PAIR}/`)).not.toMatch(/<script/i);
  });

  it("publishes the same comparison as data/compare/<a>-<b>.json in its schema", () => {
    const data = ComparisonSchema.parse(JSON.parse(readFileSync(join(dist, "data/compare", `${PAIR}.json`), "utf8")));
    expect(data.goals.filter((g) => g.change === "kept").map((g) => g.indicator)).toHaveLength(7);
  });
});

describe("links between plans, comparisons, themes and entities", () => {
  it("links each plan page to its comparison with the other year", () => {
    expect([...page("plans/suixi-jxj-2021/").querySelectorAll(".year-nav a")].map((a) => a.getAttribute("href"))).toEqual([`/compare/${PAIR}/`, "/plans/suixi-jxj-2022/"]);
    expect([...page("plans/suixi-jxj-2022/").querySelectorAll(".year-nav a")].map((a) => a.getAttribute("href"))).toEqual(["/plans/suixi-jxj-2021/", `/compare/${PAIR}/`]);
  });

  it("shows each measure's themes and entities under it", () => {
    const m9 = page("plans/suixi-jxj-2021/").getElementById("m-9")!;
    expect([...m9.querySelectorAll(".measure-tags a")].map((a) => a.textContent)).toEqual(["技术改造", "数字化转型", "英科医疗", "鸿源煤化", "家园型材", "理士电源"]);
  });

  it("lists on /entities/<slug>/ every sentence naming the project, 2021 by its alias 英科三期", () => {
    const items = [...page("entities/ying-ke-yi-liao-san-qi/").querySelectorAll(".mentions li")];
    expect(items.map((li) => [li.querySelector("a")!.getAttribute("href"), text(li.querySelector("strong.match"))])).toEqual([
      ["/plans/suixi-jxj-2021/#m-8", "英科三期"],
      ["/plans/suixi-jxj-2022/#m-s2-4", "英科医疗三期"],
    ]);
  });

  it("lists on /themes/<id>/ the measures of every year under the theme", () => {
    const document = page("themes/factors/");
    expect([...document.querySelectorAll(".theme-measures a")].map((a) => a.getAttribute("href"))).toEqual([
      "/plans/suixi-jxj-2021/#m-12", "/plans/suixi-jxj-2021/#m-16", "/plans/suixi-jxj-2021/#m-17", "/plans/suixi-jxj-2021/#m-18", "/plans/suixi-jxj-2022/#m-s2-8",
    ]);
  });

  it("publishes the themes and entities as CSV with a BOM", () => {
    for (const file of ["themes.csv", "entities.csv"]) expect([...readFileSync(join(dist, "data", file)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(join(dist, "data/entities.csv"), "utf8")).toContain("ying-ke-yi-liao-san-qi,英科医疗三期,项目,英科三期");
  });
});
