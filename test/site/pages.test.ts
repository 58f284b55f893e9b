import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parseHTML } from "linkedom";
import { filesUnder, readPage, visibleText } from "../helpers/site.ts";
import { PlanSchema } from "../../src/schema/plan.ts";
import { committedLists, measuresOf, seedPlans } from "../helpers/plan.ts";
import { slugify } from "../../src/pipeline/slug.ts";

const dist = inject("dist");
const root = resolve(import.meta.dirname, "..", "..");
const SEEDS = { "suixi-jxj-2021": "000_4d8b1ee954a7e0d1.txt", "suixi-jxj-2022": "001_63bf615f332166d9.txt" } as const;

/** The seed's clauses, without list numbers, as a reader would search for them. */
function clausesOf(file: string): string[] {
  return readFileSync(join(root, "seeds", file), "utf8")
    .split(/[。；;\n]/)
    .map((s) => s.replace(/\s+/g, "").replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])/, ""))
    .filter((s) => s.length > 0);
}

describe("the built plan pages", () => {
  for (const [id, file] of Object.entries(SEEDS)) {
    it(`/plans/${id}/ shows every clause of ${file} in source order`, () => {
      const text = visibleText(readPage(dist, `plans/${id}/`));
      let at = 0;
      for (const clause of clausesOf(file)) {
        const found = text.indexOf(clause, at);
        expect(found, `clause “${clause}” after position ${at}`).toBeGreaterThanOrEqual(0);
        at = found + clause.length;
      }
    });
  }

  it("ships no <script> on any page but /search/", () => {
    const all = filesUnder(dist, ".html");
    const pages = all.filter((p) => !p.startsWith("care/")); // the 长辈版's copies: test/site/care.test.ts
    expect(all.filter((p) => p.startsWith("care/"))).toEqual(pages.map((p) => `care/${p}`));
    const { indicators, themes, entities } = committedLists();
    const offices = [...new Set(measuresOf(seedPlans()[0]!).flatMap((m) => m.responsibility?.offices ?? []))].filter((o) => !o.startsWith("相关")).map(slugify);
    const under = (dir: string, ids: string[]) => [...ids.map((id) => `${dir}/${id}/index.html`), `${dir}/index.html`];
    expect(pages).toEqual([
      "404.html",
      ...under("compare", ["suixi-jxj-2021-suixi-jxj-2022"]),
      "data/index.html",
      ...under("entities", entities.map((e) => e.id)),
      "index.html",
      ...under("indicators", indicators.map((i) => i.id)),
      ...under("offices", offices),
      ...under("plans", ["suixi-jxj-2021", "suixi-jxj-2022"]),
      "plans/suixi-jxj-2021/print/index.html",
      "plans/suixi-jxj-2021/progress/index.html",
      "plans/suixi-jxj-2022/print/index.html",
      "plans/suixi-jxj-2022/progress/index.html",
      "search/index.html",
      "status/index.html",
      ...under("themes", themes.map((t) => t.id)),
    ].sort());
    for (const page of all.filter((p) => !p.endsWith("search/index.html"))) expect(readFileSync(join(dist, page), "utf8"), page).not.toMatch(/<script/i);
  });

  it("gives each measure its anchor and a visible permalink, and marks redactions 未公开", () => {
    const { document } = parseHTML(readPage(dist, "plans/suixi-jxj-2021/"));
    const measures = [...document.querySelectorAll("article.measure")];
    expect(measures.map((m) => m.id)).toEqual(Array.from({ length: 24 }, (_, i) => `m-${i + 1}`));
    expect(measures.map((m) => m.querySelector("a.permalink")?.getAttribute("href"))).toEqual(measures.map((m) => `#${m.id}`));
    expect(document.querySelectorAll(".doc p .redacted").length).toBe(32); // the source text; the goals table and legend add more
    expect(document.getElementById("m-10")!.querySelector("mark.commitment")?.textContent).toBe("培育上云企业40家");
    expect(measures.map((m) => m.querySelectorAll(".resp").length)).toEqual([...Array(23).fill(1), 0]); // one annotation element each, 24 has none
    expect([...document.getElementById("m-1")!.querySelectorAll(".chip.office")].map((c) => c.textContent)).toEqual(["经济运行办公室", "技改与创新办公室"]);
  });

  it("shows the goals table with 未公开 for redacted values, each goal linked to its indicator with its status and the year's result", () => {
    const { document } = parseHTML(readPage(dist, "plans/suixi-jxj-2022/"));
    const rows = [...document.querySelectorAll("table.goals tbody tr")];
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 10 }, (_, i) => `g-${i + 1}`));
    expect(rows[1]!.textContent).toContain("力争");
    expect(rows.slice(0, 9).every((r) => r.querySelector("td.value")!.textContent!.includes("未公开"))).toBe(true);
    expect(rows[9]!.textContent).toContain("定性目标");
    expect(rows.map((r) => r.querySelector("a.indicator-link")?.getAttribute("href"))).toEqual([
      "industrial-value-added", "industrial-value-added", "industrial-investment", "technical-upgrade-investment", "new-above-scale-enterprises",
      "zombie-enterprises-disposed", "land-released", "new-private-enterprises", "new-individual-businesses", "industrial-energy-saving",
    ].map((id) => `/indicators/${id}/`));
    const cell = (r: Element) => r.querySelector('td[data-label="落实情况"]')!;
    expect(rows.map((r) => [cell(r).querySelector(".status-badge")!.textContent, cell(r).querySelector("strong")?.textContent ?? null])).toEqual([
      ["目标未公开", "−6%"], ["目标未公开", "−6%"], ["尚无报告", null], ["尚无报告", null], ["目标未公开", "26 家"],
      ["尚无报告", null], ["尚无报告", null], ["尚无报告", null], ["尚无报告", null], ["尚无报告", null],
    ]); // the results the county's work report gives, beside goals it withheld: shown, not judged
    expect(cell(rows[0]!).textContent).toContain("（预计数）（全年，来源：濉溪县人民政府工作报告");
  });

  it("shows disclosure fields the catalogue leaves empty as 未注明, never invented", () => {
    const { document } = parseHTML(readPage(dist, "plans/suixi-jxj-2021/"));
    const meta = Object.fromEntries([...document.querySelectorAll(".meta div")].map((d) => [d.querySelector("dt")!.textContent, d.querySelector("dd")!.textContent]));
    expect(meta).toEqual({ 索引号: "未注明", 信息分类: "未注明", 发布机构: "濉溪县经济和信息化局", 成文日期: "未注明", 文号: "未注明", 发布日期: "未注明", 有效性: "未注明", 关键词: "未注明", 文件类型: "计划（据标题和用语判断）" });
  });

  it("lists the years on the home page, newest plan first", () => {
    const { document } = parseHTML(readPage(dist, ""));
    expect([...document.querySelectorAll(".years a")].map((a) => a.textContent)).toEqual(["2022年", "2021年"]);
    expect(document.querySelector("#latest-h + .card h3 a")?.getAttribute("href")).toBe("/plans/suixi-jxj-2022/");
  });
});

describe("the open data", () => {
  it("publishes data/measures.csv: a row per measure, UTF-8 with BOM, commitments and offices as written", () => {
    const bytes = readFileSync(join(dist, "data/measures.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").trim().split("\r\n");
    expect(lines[0]).toBe("plan,year,section,number,anchor,title,offices,themes,entities,commitments,url");
    expect(lines).toHaveLength(1 + 24 + 8);
    expect(lines[10]).toBe("suixi-jxj-2021,2021,（四）着力加快数字化服务化绿色化转型,10,m-10,推进数字化转型。,信息化推进办公室；技改与创新办公室,数字化转型,高罗输送装备,培育上云企业40家；推动高罗输送装备等10家企业；推广应用工业机器人20台；培育省级智能工厂和数字化车间2个,/plans/suixi-jxj-2021/#m-10");
  });

  it("documents the format on /data/ and links every download", () => {
    const { document } = parseHTML(readPage(dist, "data/"));
    const links = [...document.querySelectorAll("main a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(expect.arrayContaining(["/data/plans.json", "/data/measures.csv", "/data/indicators.csv", "/data/indicators.json", "/feed.xml", "/data/plans/suixi-jxj-2021.json", "/data/compare/suixi-jxj-2021-suixi-jxj-2022.json"]));
    expect(links).toEqual(expect.arrayContaining(["/data/measures.xlsx", "/data/indicators.xlsx", "/data/schema/plan.schema.json", "/data/schema/comparison.schema.json"]));
    // each record once, under the first file that uses it, from the published schema
    expect([...document.querySelectorAll("table.schema-doc caption")].map((c) => c.textContent)).toEqual([
      "plans", "plan", "Source", "Disclosure", "Part", "Goal", "Redaction", "Warning", "Note", "Section", "Measure", "Responsibility", "Commitment",
      "indicators", "Observation", "Mention", "ObservationSource", "comparison", "GoalChange", "MeasureRef", "MeasureLink", "LinkReason",
      "progress", "ItemTarget", "Judgement", "ProgressEntry", "ProgressSource",
    ]);
  });

  it("indexes every plan in data/plans.json", () => {
    const index = JSON.parse(readFileSync(join(dist, "data/plans.json"), "utf8"));
    expect(index).toEqual([
      { formatVersion: 1, id: "suixi-jxj-2022", year: 2022, title: "濉溪县经济和信息化局2022年工作计划", issuer: "濉溪县经济和信息化局", url: "/plans/suixi-jxj-2022/", json: "/data/plans/suixi-jxj-2022.json" },
      { formatVersion: 1, id: "suixi-jxj-2021", year: 2021, title: "濉溪县经济和信息化局2021年工作要点", issuer: "濉溪县经济和信息化局", url: "/plans/suixi-jxj-2021/", json: "/data/plans/suixi-jxj-2021.json" },
    ]);
  });

  for (const [id, file] of Object.entries(SEEDS)) {
    it(`publishes ${id}.json in the schema, and the original file byte for byte with its SHA-256`, () => {
      const plan = PlanSchema.parse(JSON.parse(readFileSync(join(dist, "data/plans", `${id}.json`), "utf8")));
      const published = readFileSync(join(dist, "sources", file));
      expect(published).toEqual(readFileSync(join(root, "seeds", file)));
      expect(plan.source.sha256).toBe(createHash("sha256").update(published).digest("hex"));
      expect(plan.goals.every((g) => g.indicator !== null)).toBe(true);
    });
  }
});

describe("the printable summary /plans/<id>/print/", () => {
  for (const [id, file] of Object.entries(SEEDS))
    it(`${id}: says it was generated from the original, links the original with its SHA-256, and carries no red masthead`, () => {
      const page = readPage(dist, `plans/${id}/print/`);
      const { document } = parseHTML(page);
      const mark = document.querySelector(".generated-mark")!;
      expect(mark.textContent).toContain("本摘要由网站根据原文自动生成，不是正式公文，不具有公文效力。");
      const sha256 = createHash("sha256").update(readFileSync(join(root, "seeds", file))).digest("hex");
      expect(mark.textContent).toContain(`SHA-256：${sha256}`);
      expect([...mark.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([`/sources/${file}`, `/plans/${id}/`]);
      expect(page).not.toMatch(/red-head|red-line|#c00\b|#f00\b|\bred\b/i);
      const css = filesUnder(dist, ".css").map((f) => readFileSync(join(dist, f), "utf8")).join("\n");
      expect(css).not.toMatch(/red-head|red-line/);
    });
});
