import { describe, expect, it } from "vitest";
import { listRedactions } from "../../src/pipeline/redactions.ts";

describe("listRedactions(text)", () => {
  it("counts one withheld value as one redaction however it is spelled", () => {
    const text = "完成投资xxx.xx亿元，增长XX.X%；新增XX区企业X家，X长宏船舶，xxxx年，××个，*%。";
    expect(listRedactions(text).map((r) => r.glyphs)).toEqual(["xxx.xx", "XX.X", "XX", "X", "X", "xxxx", "××", "*"]);
  });
  it("leaves words that hold an X alone: X射线, X光, X线, iPhone X", () => {
    expect(listRedactions("引进X射线探伤设备、X光机和X线机，采购iPhone X。")).toEqual([]);
  });
});
