import { describe, expect, it } from "vitest";
import { pdfPagesToText, type PdfItem, type PdfPage } from "../../src/pipeline/pdf-text.ts";

/** Returns the runs of one line of 10 pt CJK text at `y`, starting at `x`: one run per piece, each piece's width its length × 10. */
const line = (y: number, x: number, ...pieces: string[]): PdfItem[] => {
  let at = x;
  return pieces.map((text) => {
    const run = { text, x: at, y, width: text.length * 10, size: 10 };
    at += run.width;
    return run;
  });
};
/** A page 300 pt wide (text from x 50 to 250: 20 characters a line) and 400 pt high. */
const page = (...lines: PdfItem[][]): PdfPage => ({ width: 300, height: 400, items: lines.flat() });

describe("pdfPagesToText(pages)", () => {
  it("joins a paragraph's wrapped lines, starts a paragraph where a line is indented or opens a heading, and reads Kangxi radicals as characters", () => {
    const read = pdfPagesToText([page(
      line(50, 50, "一、主要目标"),
      line(70, 70, "测试数据：全年新增规模以上工业企"),
      line(90, 50, "业10家，完成固定资产投资30亿元以"),
      line(110, 50, "上。"),
      line(130, 70, "第二段⾸句。"),
      line(150, 50, "（一）加强调度"),
    )]);
    expect(read.text).toBe("一、主要目标\n测试数据：全年新增规模以上工业企业10家，完成固定资产投资30亿元以上。\n第二段首句。\n（一）加强调度");
    expect([read.furniture, read.pages]).toEqual([[], [{ page: 1, line: 1 }]]);
  });

  it("keeps a running header and page numbers apart, as lines of their own, and joins a paragraph across the page break with the furniture after it", () => {
    const pages = [1, 2].map((n) => page(line(20, 100, "测试用页眉"), ...(n === 1 ? [line(60, 70, "测试数据：第一页的段落一直写到"), line(80, 50, "这一行的最右边还没有写完全部的内")] : [line(60, 50, "容，在第二页结束。"), line(80, 70, "第二段。")]), line(385, 130, `— ${n} —`)));
    const read = pdfPagesToText(pages);
    expect(read.text).toBe("测试用页眉\n测试数据：第一页的段落一直写到这一行的最右边还没有写完全部的内容，在第二页结束。\n— 1 —\n测试用页眉\n第二段。\n— 2 —");
    expect(read.furniture).toEqual([1, 3, 4, 6]);
    expect(read.pages).toEqual([{ page: 1, line: 1 }, { page: 2, line: 4 }]);
  });

  it("reads runs in columns as a table: a row per widened line spacing, a cell's wrapped lines joined, an empty cell empty", () => {
    const read = pdfPagesToText([page(
      line(50, 50, "测试数据：任务表"),
      [...line(80, 50, "序号"), ...line(80, 90, "重点任务"), ...line(80, 200, "牵头单位")],
      [...line(100, 50, "1"), ...line(100, 90, "新建管网30"), ...line(100, 200, "县水务局")],
      line(112, 90, "公里。"),
      [...line(132, 50, "2"), ...line(132, 90, "改造小区。")],
    )]);
    expect(read.text).toBe("测试数据：任务表\n序号 | 重点任务 | 牵头单位 |\n1 | 新建管网30公里。 | 县水务局 |\n2 | 改造小区。 |  |");
  });

  it("splits evenly spaced table rows at their row numbers, and not a header whose 序号 wraps", () => {
    const read = pdfPagesToText([page(
      [...line(80, 50, "序"), ...line(80, 90, "重点任务")],
      line(92, 50, "号"),
      [...line(104, 50, "1"), ...line(104, 90, "甲。")],
      [...line(116, 50, "2"), ...line(116, 90, "乙，")],
      line(128, 90, "续。"),
    )]);
    expect(read.text).toBe("序号 | 重点任务 |\n1 | 甲。 |\n2 | 乙，续。 |");
  });

  it("keeps the spaces a PDF writes between words, and adds one between Latin words set apart by a gap", () => {
    const read = pdfPagesToText([page([{ text: "已完成。", x: 50, y: 50, width: 40, size: 10 }, { text: " ", x: 90, y: 50, width: 3, size: 10 }, { text: "已部署", x: 93, y: 50, width: 30, size: 10 }, { text: "AED", x: 124, y: 50, width: 15, size: 10 }, { text: "47", x: 142, y: 50, width: 10, size: 10 }])]);
    expect(read.text).toBe("已完成。 已部署AED 47");
  });
});
