import { describe, expect, it } from "vitest";
import { findQuantities } from "../../src/pipeline/quantities.ts";
import { findRedactionSpans } from "../../src/pipeline/redactions.ts";

const read = (text: string) => findQuantities(text).map((q) => ({ text: text.slice(q.start, q.end), value: q.value, unit: q.unit, redacted: q.redacted, qualifier: q.qualifier }));

describe("findQuantities(text)", () => {
  it("reads a number and its unit with one space between, as typed or as a PDF's text layer writes them, but not an ordinal written 第 3", () => {
    expect(findQuantities("培育示范企业 5 家、不低于 1.5 万个、增长 X %，第 3 项").map((q) => [q.value, q.unit, q.redacted, q.qualifier])).toEqual([
      [5, "家", false, null], [15000, "个", false, "不低于"], [null, "%", true, null],
    ]);
  });

  it("reads counts, areas, rates and money", () => {
    expect(read("培育上云企业40家，释放土地1200亩，增长8.5%，投资1.5亿元")).toEqual([
      { text: "40家", value: 40, unit: "家", redacted: false, qualifier: null },
      { text: "1200亩", value: 1200, unit: "亩", redacted: false, qualifier: null },
      { text: "8.5%", value: 8.5, unit: "%", redacted: false, qualifier: null },
      { text: "1.5亿元", value: 1.5, unit: "亿元", redacted: false, qualifier: null },
    ]);
  });
  it("applies a Chinese multiplier before a count: 1万个 is 10000 个", () => {
    expect(read("新增市场主体1万个")).toEqual([{ text: "1万个", value: 10000, unit: "个", redacted: false, qualifier: null }]);
  });
  it("reads redacted values as null with redacted true", () => {
    expect(read("增长X%、新增*家以上、XXX户、××个左右")).toEqual([
      { text: "X%", value: null, unit: "%", redacted: true, qualifier: null },
      { text: "*家以上", value: null, unit: "家", redacted: true, qualifier: "以上" },
      { text: "XXX户", value: null, unit: "户", redacted: true, qualifier: null },
      { text: "××个左右", value: null, unit: "个", redacted: true, qualifier: "左右" },
    ]);
  });
  it("reads full-width digits and ％", () => {
    expect(read("增长１０％")).toEqual([{ text: "１０％", value: 10, unit: "%", redacted: false, qualifier: null }]);
  });
  it("does not read ordinals, years, 5G, 建党100周年, 十四五 or 三品 as quantities", () => {
    expect(read("第3家企业，2022年底，*G站点，5G基站，建党100周年，十四五，“三品”，24小时")).toEqual([]);
  });
  it("reads a leading qualifier 不低于", () => {
    expect(read("增速不低于6%")).toEqual([{ text: "不低于6%", value: 6, unit: "%", redacted: false, qualifier: "不低于" }]);
  });
});

describe("findRedactionSpans(text)", () => {
  it("finds every spelling of a redaction", () => {
    expect(findRedactionSpans("X、XX、XXX、x、xx、×、××、*、**、Ｘ").map((r) => r.glyphs)).toEqual(["X", "XX", "XXX", "x", "xx", "×", "××", "*", "**", "Ｘ"]);
  });
  it("finds the * of *G (a redacted 5G) but not X in XBRL, X光 or 3×4", () => {
    expect(findRedactionSpans("*G站点，XBRL，X光机，3×4").map((r) => r.glyphs)).toEqual(["*"]);
  });
});
