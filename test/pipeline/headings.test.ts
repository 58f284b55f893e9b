import { describe, expect, it } from "vitest";
import { matchItem, matchPart, matchSection, splitTitle } from "../../src/pipeline/headings.ts";
import { parseChineseNumeral } from "../../src/pipeline/numerals.ts";

describe("matchPart(text)", () => {
  it("reads 一、 and the ASCII forms 一. 一,", () => {
    expect(matchPart("一、指导思想")).toEqual({ marker: "一、", number: "一", rest: "指导思想" });
    expect(matchPart("三.工作要点")?.number).toBe("三");
    expect(matchPart("十二, 其他")?.rest).toBe("其他");
  });
  it("does not take 十四五, 一是 or 一、二季度 for a heading", () => {
    expect(matchPart("十四五期间")).toBeNull();
    expect(matchPart("一是加强调度")).toBeNull();
    expect(matchPart("一、二季度工业增加值")).toBeNull();
  });
});

describe("matchSection(text)", () => {
  it("reads （一） and (一) with the rest of the line", () => {
    expect(matchSection("（一）着力保持运行在合理区间")).toEqual({ marker: "（一）", number: "一", rest: "着力保持运行在合理区间" });
    expect(matchSection("(八)抓为企业服务")?.number).toBe("八");
  });
  it("does not take （此件公开发布） or （1） for a section", () => {
    expect(matchSection("（此件公开发布）")).toBeNull();
    expect(matchSection("（1）培育")).toBeNull();
  });
});

describe("matchItem(text)", () => {
  it("reads 1. 1、 1． （1） (1) ① and full-width digits", () => {
    expect(matchItem("1.强化运行调度")).toMatchObject({ marker: "1.", number: 1, family: "arabic" });
    expect(matchItem("21、加强党建")).toMatchObject({ number: 21, family: "arabic" });
    expect(matchItem("22．加强党风")).toMatchObject({ number: 22, family: "arabic" });
    expect(matchItem("１２．全角")).toMatchObject({ number: 12, family: "arabic" });
    expect(matchItem("（3）培育")).toMatchObject({ marker: "（3）", number: 3, family: "paren" });
    expect(matchItem("(4)培育")).toMatchObject({ number: 4, family: "paren" });
    expect(matchItem("②培育")).toMatchObject({ number: 2, family: "circled" });
  });
  it("does not take a decimal, a year or a bare number for an item", () => {
    expect(matchItem("1.5亿元投资")).toBeNull();
    expect(matchItem("2022年是")).toBeNull();
    expect(matchItem("1.")).toBeNull();
  });
});

describe("splitTitle(rest)", () => {
  it("splits a title sentence from the body on the same line", () => {
    expect(splitTitle("抓运行监测，稳定增长基本盘。进一步加强分析。")).toEqual({ title: "抓运行监测，稳定增长基本盘。", body: "进一步加强分析。" });
  });
  it("keeps a heading without a body whole", () => {
    expect(splitTitle("着力保持运行在合理区间")).toEqual({ title: "着力保持运行在合理区间", body: "" });
    expect(splitTitle("加强党建。")).toEqual({ title: "加强党建。", body: "" });
  });
});

describe("parseChineseNumeral(s)", () => {
  it("reads 一 … 九十九 and 一百零五", () => {
    expect(["一", "八", "十", "十二", "二十四", "九十九", "一百零五"].map(parseChineseNumeral)).toEqual([1, 8, 10, 12, 24, 99, 105]);
  });
  it("returns null for what is not a numeral", () => {
    expect(parseChineseNumeral("二三")).toBeNull();
    expect(parseChineseNumeral("此件")).toBeNull();
  });
});
