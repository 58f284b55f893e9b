import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/pipeline/csv.ts";
import { decodeText } from "../../src/pipeline/decode.ts";
import { readCatalogue } from "../../src/pipeline/catalogue.ts";
import { errorsOf } from "../helpers/errors.ts";

const HEADER = "file,id,year,title,issuer,索引号,文号,信息分类,成文日期,发布日期,有效性,关键词";
const GOOD = [HEADER, "a.txt,bureau-2021,2021,某局2021年工作要点,某局,,,,,2021/3/5,有效,\"工业,信息化\"", "b.txt,bureau-2022,2022,某局2022年工作计划,某局,,,,,,,"].join("\r\n") + "\r\n\r\n,,,,\r\n";
const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);
const gb18030 = (s: string) => new Uint8Array(iconv.encode(s, "gb18030"));

describe("decodeText(bytes)", () => {
  it("reads UTF-8, UTF-8 with BOM and GB18030 to the same text", () => {
    const text = "一、发展目标\n新增规上企业X家；“专精特新”";
    expect(decodeText(utf8(text))).toEqual({ text, encoding: "utf-8" });
    expect(decodeText(withBom(text))).toEqual({ text, encoding: "utf-8-bom" });
    expect(decodeText(gb18030(text))).toEqual({ text, encoding: "gb18030" });
  });
});

describe("readCatalogue(readCsv(bytes))", () => {
  const rowsOf = (bytes: Uint8Array) => readCatalogue(readCsv(bytes, "data/plans.csv"), new Map([["a.txt", "file"], ["b.txt", "file"]]));

  it("reads the same rows from UTF-8, UTF-8 with BOM and GB18030, with CRLF, quoted commas and trailing empty rows", () => {
    const rows = rowsOf(utf8(GOOD));
    expect(rows).toEqual(rowsOf(withBom(GOOD)));
    expect(rows).toEqual(rowsOf(gb18030(GOOD)));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      file: "a.txt", id: "bureau-2021", year: 2021, title: "某局2021年工作要点", issuer: "某局", indexNumber: null, docNumber: null,
      category: null, dateWritten: null, datePublished: "2021-03-05", validity: "有效", keywords: ["工业", "信息化"], note: null, kind: null, jurisdiction: null, reportsOn: null, period: null, asOf: null, line: 2,
    });
  });

  it("accepts Chinese column names", () => {
    const csv = GOOD.replace(HEADER, "文件,编号,年度,标题,发布机构,索引号,文号,信息分类,成文日期,发布日期,有效性,关键词");
    expect(rowsOf(utf8(csv)).map((r) => r.id)).toEqual(["bureau-2021", "bureau-2022"]);
  });

  it("stops on a file that is not in seeds/, a duplicate id, and a year that is not a year, each with file:line:column", () => {
    const csv = [HEADER, "a.txt,bureau-2021,2021,甲,某局,,,,,,,", "c.txt,bureau-2021,二〇二二,乙,某局,,,,,,,"].join("\n");
    expect(errorsOf(() => rowsOf(utf8(csv)))).toEqual([
      "data/plans.csv:3:1: 找不到文件“c.txt”：请把它放进 seeds/ 文件夹，或改正文件名",
      "data/plans.csv:3:2: 编号“bureau-2021”重复（第 2 行已使用）",
      "data/plans.csv:3:3: year：年度须为四位数字的年份，如 2023",
    ]);
  });

  it("stops on a misspelt or missing column", () => {
    const csv = HEADER.replace("year", "yaer") + "\na.txt,x,2021,甲,某局,,,,,,,";
    expect(errorsOf(() => rowsOf(utf8(csv)))).toEqual([
      "data/plans.csv:1:0: 缺少列“year”",
      "data/plans.csv:1:3: 未知的列名“yaer”，应为：file、id、year、title、issuer、索引号、文号、信息分类、成文日期、发布日期、有效性、关键词、备注、类型、行政区划、报告对象、报告期、截至日期",
    ]);
  });

  it("stops on a bad id, a bad date, and a row with more cells than the header", () => {
    expect(errorsOf(() => rowsOf(utf8(`${HEADER}\na.txt,Bureau 2021,2021,甲,某局,,,,2021-02-30,,,`)))).toEqual([
      "data/plans.csv:2:2: id：编号只能用小写英文字母、数字和连字符，如 suixi-jxj-2023",
      "data/plans.csv:2:9: 成文日期：“2021-02-30”不是一个真实的日期，请写成 2023-01-12",
    ]);
    expect(errorsOf(() => rowsOf(utf8(`${HEADER}\na.txt,x,2021,甲,某局,,,,,,,,多余`)))).toEqual([
      "data/plans.csv:2:13: 这一行有 13 列，表头只有 12 列（含逗号的内容请加英文双引号）",
    ]);
  });

  it("stops on a broken quote with its line", () => {
    expect(errorsOf(() => rowsOf(utf8(`${HEADER}\na.txt,x,2021,"甲,某局,,,,,,,\n`)))[0]).toMatch(/^data\/plans\.csv:\d+:0: CSV 格式错误/);
  });
});
