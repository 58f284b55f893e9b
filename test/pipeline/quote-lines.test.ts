import { describe, expect, it } from "vitest";
import { quoteParagraphs } from "../../src/pipeline/quote-lines.ts";

describe("quoteParagraphs(warnings, text)", () => {
  it("quotes the paragraph a warning names, as an editor finds it in Word; leaves whole-document warnings alone", () => {
    const text = "一、工作要点\n\n3.推进数字化转型，培育上云企业40家，打造省级工业互联网平台2个。\n";
    expect(quoteParagraphs([{ line: 3, message: "条目编号不连续：应从 1 开始，是 3" }, { line: null, message: "文件为空" }], text)).toEqual([
      { line: 3, message: "条目编号不连续：应从 1 开始，是 3（Word 文档第 3 段：“3.推进数字化转型，培育上云企业40家，打造省级……”）" },
      { line: null, message: "文件为空" },
    ]);
  });
});
