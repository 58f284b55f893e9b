import { describe, expect, it } from "vitest";
import { closestTerms, excerptPieces, findTerm, matchRecord, orderResults, queryTerms } from "../../src/lib/search-match.mjs";

describe("findTerm(text, term)", () => {
  it("finds letters and digits only as a whole: 5g not in 15g or 5gb, 2022年 not in 12022年", () => {
    expect(findTerm("协调推进5g站点", "5g")).toBe(4);
    expect(findTerm("15g站点", "5g")).toBe(-1);
    expect(findTerm("5gb流量", "5g")).toBe(-1);
    expect(findTerm("编制实施2022年工业项目", "2022年")).toBe(4);
    expect(findTerm("12022年", "2022年")).toBe(-1);
  });
});

describe("matchRecord(terms, content, groups, notes)", () => {
  it("matches the whole query, not its characters: 僵死企业 is not found in a text about 僵尸企业", () => {
    expect(matchRecord(queryTerms("僵死企业"), "加快出清“僵尸企业”")).toBeNull();
    expect(matchRecord(queryTerms("僵尸企业"), "加快出清“僵尸企业”")).toBe("text");
  });
  it("finds a measure by another name the site gives what it names: 规上企业 for 新增规模工业企业32家", () => {
    const groups = [["新增规模以上工业企业", "新增规上企业", "新增规模工业企业"]];
    expect(matchRecord(queryTerms("规上企业"), "新增规模工业企业32家", groups)).toBe("vocabulary");
    expect(matchRecord(queryTerms("规上企业"), "新增规模工业企业32家")).toBeNull();
  });
  it("never finds a redacted *G by 5G, unless an editor's note says so", () => {
    expect(matchRecord(queryTerms("5G"), "协调推进*G站点建设")).toBeNull();
    expect(matchRecord(queryTerms("5G"), "协调推进*G站点建设", [], "编者按：*G 据核实为 5G")).toBe("vocabulary");
  });
  it("folds full-width letters and case: ５Ｇ and 5g find 5G", () => {
    expect(matchRecord(queryTerms("５Ｇ"), "推进5G应用")).toBe("text");
    expect(matchRecord(queryTerms("5g"), "推进5G应用")).toBe("text");
  });
  it("needs every term of a query with spaces", () => {
    expect(matchRecord(queryTerms("上云 2021年"), "培育上云企业40家")).toBeNull();
    expect(matchRecord(queryTerms("上云 企业"), "培育上云企业40家")).toBe("text");
  });
});

describe("excerptPieces(terms, content, groups)", () => {
  it("returns the sentence holding the term, the term marked", () => {
    expect(excerptPieces(["上云"], "推进数字化转型。推动“濉企上云”提质扩面，培育上云企业40家。另一句。")).toEqual([
      ["推动“濉企", false], ["上云", true], ["”提质扩面，培育", false], ["上云", true], ["企业40家。", false],
    ]);
  });
  it("marks the name the text uses when the query is another name of it", () => {
    expect(excerptPieces(["规上企业"], "明确培育目标。新增规模工业企业32家。", [["新增规上企业", "新增规模工业企业"]])).toEqual([["新增规模工业企业", true], ["32家。", false]]);
  });
});

describe("closestTerms(query, vocabulary)", () => {
  const vocabulary = ["僵尸企业", "专精特新", "上云企业", "企业培育", "英科医疗"];
  it("offers the terms one edit away for a near miss", () => {
    expect(closestTerms("僵死企业", vocabulary)).toEqual(["僵尸企业"]);
    expect(closestTerms("专精特兴", vocabulary)).toEqual(["专精特新"]);
  });
  it("offers nothing when nothing is close", () => {
    expect(closestTerms("高速公路", vocabulary)).toEqual([]);
  });
});

describe("orderResults(results)", () => {
  it("puts the measures that say the words first, then those found by another name, then the hub pages", () => {
    const r = (url: string, plan: boolean, how: string) => ({ url, plan, how });
    expect(orderResults([r("/themes/a/", false, "text"), r("/plans/x/#m-2", true, "vocabulary"), r("/plans/x/#m-1", true, "text")]).map((x: { url: string }) => x.url)).toEqual(["/plans/x/#m-1", "/plans/x/#m-2", "/themes/a/"]);
  });
});

describe("searchScript(config)", async () => {
  const { searchScript } = await import("../../src/lib/search-script.ts");
  it("inlines the matching functions and startSearch as written, and no value can close the script element", () => {
    const script = searchScript({ base: "/", vocabulary: ["</script><script>alert(1)</script>", "\u2028"] });
    expect(script).not.toMatch(/<\/script/i);
    expect(script).not.toContain("\u2028");
    expect(script).toContain("function matchRecord(");
    expect(script).toContain("async function startSearch(");
    expect(script).not.toMatch(/^export /m);
    expect(script.trimEnd().endsWith("startSearch({\"base\":\"/\",\"vocabulary\":[\"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\",\"\\u2028\"]});")).toBe(true);
  });
});
