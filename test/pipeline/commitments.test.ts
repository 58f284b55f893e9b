import { describe, expect, it } from "vitest";
import { extractCommitments } from "../../src/pipeline/commitments.ts";

const read = (text: string) => extractCommitments(text).map((c) => [c.text, c.subject, c.value, c.unit, c.redacted, c.qualifier, c.stretch]);

describe("extractCommitments(text)", () => {
  it("reads the subject before the number: 培育上云企业40家", () => {
    expect(read("培育上云企业40家，推广应用工业机器人20台。")).toEqual([
      ["培育上云企业40家", "上云企业", 40, "家", false, null, false],
      ["推广应用工业机器人20台", "工业机器人", 20, "台", false, null, false],
    ]);
  });
  it("reads the subject after the number: 推动20家重点企业实施技术改造", () => {
    expect(read("力争推动20家重点企业实施技术改造。")).toEqual([["力争推动20家重点企业", "重点企业", 20, "家", false, null, true]]);
    expect(read("推动高罗输送装备等10家企业通过贯标认证")).toEqual([["推动高罗输送装备等10家企业", "企业", 10, "家", false, null, false]]);
    expect(read("做好英科医疗、光明乳业*家百亿企业的培育")).toEqual([["光明乳业*家百亿企业", "百亿企业", null, "家", true, null, false]]);
  });
  it("multiplies 1万个 and reads 其中 clauses", () => {
    expect(read("新增市场主体1万个，其中私营企业2000家。")).toEqual([
      ["新增市场主体1万个", "新增市场主体", 10000, "个", false, null, false],
      ["其中私营企业2000家", "私营企业", 2000, "家", false, null, false],
    ]);
  });
  it("reads redacted numbers, qualifiers, and 力争 over the rest of its sentence", () => {
    expect(read("力争新增绿色工厂*个、绿色设计产品*个。实施清洁技术改造*家以上。")).toEqual([
      ["力争新增绿色工厂*个", "新增绿色工厂", null, "个", true, null, true],
      ["绿色设计产品*个", "绿色设计产品", null, "个", true, null, true],
      ["实施清洁技术改造*家以上", "清洁技术改造", null, "家", true, "以上", false],
    ]);
  });
  it("gives offsets of each commitment's text", () => {
    const text = "推进数字化转型。培育上云企业40家。";
    const [c] = extractCommitments(text);
    expect(text.slice(c!.start, c!.end)).toBe("培育上云企业40家");
  });
  it("skips excluded spans and what is not a commitment (建党100周年, 十四五, *G, 2022年)", () => {
    const text = "以优异成绩庆祝建党100周年，编制“十四五”规划，推进*G站点建设，2022年底完成。(责任股室：3家单位)";
    expect(extractCommitments(text, [{ start: text.indexOf("("), end: text.length }])).toEqual([]);
  });
});
