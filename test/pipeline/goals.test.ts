import { describe, expect, it } from "vitest";
import { extractGoals } from "../../src/pipeline/goals.ts";

const goals = (text: string) => extractGoals([{ no: 7, text }]).map(({ line: _line, indicator: _i, ...g }) => g);

describe("extractGoals(lines)", () => {
  it("gives one goal per target clause of the 2021 发展目标, the qualitative one included", () => {
    const text = "新增规模工业企业X家；工业增加值同比增长X%；实现工业投资同比增长X%、技改投资同比增长X%以上;新增个私企业X家、个体工商户X户；新增信息传输和软件服务业企业X家，信息传输和软件服务业营业收入增长X%；工业节能增效完成上级下达任务。";
    const got = goals(text);
    expect(got.map((g) => g.text)).toEqual([
      "新增规模工业企业X家", "工业增加值同比增长X%", "实现工业投资同比增长X%", "技改投资同比增长X%以上", "新增个私企业X家", "个体工商户X户",
      "新增信息传输和软件服务业企业X家", "信息传输和软件服务业营业收入增长X%", "工业节能增效完成上级下达任务",
    ]);
    expect(got.slice(0, 8).every((g) => g.redacted && g.value === null)).toBe(true);
    expect(got[3]).toMatchObject({ subject: "技改投资", unit: "%", qualifier: "以上", stretch: false });
    expect(got[8]).toEqual({ text: "工业节能增效完成上级下达任务", subject: "工业节能增效", value: null, unit: null, redacted: false, qualifier: null, stretch: false });
  });
  it("marks 力争 targets as stretch and lends them the previous subject", () => {
    expect(goals("规上工业增加值增长*%，力争实现增长*%")).toEqual([
      { text: "规上工业增加值增长*%", subject: "规上工业增加值", value: null, unit: "%", redacted: true, qualifier: null, stretch: false },
      { text: "力争实现增长*%", subject: "规上工业增加值", value: null, unit: "%", redacted: true, qualifier: null, stretch: true },
    ]);
  });
  it("reads stated values and keeps the line", () => {
    expect(extractGoals([{ no: 4, text: "新增规上企业30家左右。" }])).toEqual([
      { text: "新增规上企业30家左右", subject: "新增规上企业", indicator: null, value: 30, unit: "家", redacted: false, qualifier: "左右", stretch: false, line: 4 },
    ]);
  });
  it("joins a clause without an amount to the next that has one, and skips lead-ins", () => {
    expect(goals("全年主要目标为：围绕主导产业，新增规上企业30家").map((g) => g.text)).toEqual(["围绕主导产业，新增规上企业30家"]);
  });
});
