import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/pipeline/csv.ts";
import { readIndicators, readIndicatorValues } from "../../src/pipeline/indicators.ts";
import { FIXTURES } from "../helpers/plan.ts";

const ENCODINGS = ["utf8", "utf8-bom", "gb18030"] as const;
const table = (name: string, encoding: string) => {
  const file = `${name}.${encoding}.csv`;
  return readCsv(readFileSync(resolve(FIXTURES, "csv", file)), file);
};

describe("the indicator CSVs as Excel saves them (UTF-8, UTF-8 with BOM, GB18030; CRLF, quoted commas, trailing empty rows)", () => {
  it("reads the same dictionary in every encoding", () => {
    const [first, ...rest] = ENCODINGS.map((e) => readIndicators(table("indicators", e)));
    for (const other of rest) expect(other).toEqual(first);
    expect(first).toEqual([
      { id: "industrial-value-added", name: "规模以上工业增加值增速", unit: "%", category: "工业运行", aliases: ["规上工业增加值", "规模以上工业增加值", "工业增加值", "规模工业增加值"] },
      { id: "new-above-scale-enterprises", name: "新增规模以上工业企业", unit: "家", category: "企业培育", aliases: ["新增规上企业", "新增规模工业企业", "新增规模以上工业企业"] },
      { id: "new-champion-enterprises", name: "新增专精特新冠军企业", unit: "家", category: "企业培育", aliases: ["专精特新“冠军企业”", "专精特新冠军企业", "冠军企业"] },
      { id: "industrial-energy-saving", name: "工业节能", unit: null, category: "绿色低碳,节能", aliases: ["工业节能", "工业节能增效"] },
    ]);
  });

  it("reads the same values in every encoding: −6 is a number, * is redacted, quoted commas stay in the note", () => {
    const dictionary = readIndicators(table("indicators", "utf8"));
    const [first, ...rest] = ENCODINGS.map((e) => readIndicatorValues(table("indicator-values", e), dictionary, [2022]));
    for (const other of rest) expect(other).toEqual(first);
    expect(first!.map((v) => [v.indicator, v.kind, v.value, v.redacted, v.status])).toEqual([
      ["industrial-value-added", "actual", -6, false, "预计数"],
      ["new-above-scale-enterprises", "actual", 26, false, null],
      ["new-champion-enterprises", "target", null, true, null],
    ]);
    expect(first![0]!.note).toBe("报告原文：预计,全年实现地区生产总值570亿元;规模工业增加值下降6%");
  });
});
