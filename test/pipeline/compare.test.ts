import { describe, expect, it } from "vitest";
import { comparePlans } from "../../src/pipeline/compare.ts";
import { linkPlan } from "../../src/pipeline/link-plan.ts";
import { publishedComparison } from "../../src/lib/compare-words.ts";
import { committedLists, measuresOf, parse, seedPlans } from "../helpers/plan.ts";

const lists = committedLists();
const [y2021, y2022] = seedPlans() as [ReturnType<typeof seedPlans>[number], ReturnType<typeof seedPlans>[number]];
const c = publishedComparison(comparePlans(y2021, y2022, lists)); // with the sentences the pages and the open data show
const nameOf = (id: string) => lists.entities.find((e) => e.id === id)!.name;

describe("comparePlans(2021, 2022)", () => {
  it("aligns the goals by indicator: seven kept, the 信息传输和软件服务业 goals dropped, 僵尸企业 and 释放土地 new", () => {
    expect(c.id).toBe("suixi-jxj-2021-suixi-jxj-2022");
    expect(c.goals.map((g) => [g.name, g.change])).toEqual([
      ["新增规模以上工业企业", "kept"], ["规模以上工业增加值增速", "kept"], ["工业投资增速", "kept"], ["技改投资增速", "kept"], ["新增个私企业", "kept"],
      ["新增个体工商户", "kept"], ["新增信息传输和软件服务业企业", "dropped"], ["信息传输和软件服务业营业收入增速", "dropped"], ["工业节能", "kept"],
      ["处置僵尸企业", "new"], ["释放土地", "new"],
    ]);
  });

  it("never compares a redacted target, and notes that 2021 stated the new goals in measure 17 (16家, 1200亩)", () => {
    expect(c.goals[1]!.note).toBe("两年均列为目标；两年目标值均未公开，无法比较高低");
    expect(c.goals.filter((g) => g.change === "new").map((g) => [g.note, g.fromMeasures.map((o) => [o.value, o.unit, o.source.anchor])])).toEqual([
      ["2021年未列为目标；但2021年第 17 条提出“处置僵尸企业16家”", [[16, "家", "m-17"]]],
      ["2021年未列为目标；但2021年第 17 条提出“释放土地1200亩”", [[1200, "亩", "m-17"]]],
    ]);
  });

  it("finds 英科医疗, 英科医疗三期, 理士电源 and 哈东盛金属材料 in both years", () => {
    expect(c.entities.filter((e) => e.in === "both").map((e) => [e.name, e.from.map((r) => r.anchor), e.to.map((r) => r.anchor)])).toEqual([
      ["英科医疗", ["m-9", "m-12"], ["m-s2-3"]],
      ["英科医疗三期", ["m-8"], ["m-s2-4"]],
      ["理士电源", ["m-9"], ["m-s2-3"]],
      ["哈东盛金属材料", ["m-8"], ["m-s2-4"]],
    ]);
    expect(c.entities.filter((e) => e.in === "from")).toHaveLength(10);
    expect(c.entities.filter((e) => e.in === "to")).toHaveLength(22);
  });

  it("puts every measure of both plans under a theme, commitments beside them", () => {
    const listed = (side: "from" | "to") => new Set(c.themes.flatMap((t) => t[side].map((r) => r.anchor)));
    expect(listed("from").size).toBe(measuresOf(y2021).length);
    expect(listed("to").size).toBe(measuresOf(y2022).length);
    const digital = c.themes.find((t) => t.theme === "digital")!;
    expect(digital.commitmentsFrom.map((k) => `${k.anchor} ${k.text}`)).toEqual([
      "m-3 省级信息消费体验中心1家", "m-3 信息消费产品2项", "m-10 培育上云企业40家", "m-10 推动高罗输送装备等10家企业", "m-10 推广应用工业机器人20台", "m-10 培育省级智能工厂和数字化车间2个",
    ]);
    // a commitment goes by its own clause: 2022 (三)'s 技改项目 and 百亿企业 are not 数字化转型, though the paragraph is
    expect(digital.commitmentsTo.map((k) => [k.anchor, k.text, k.redacted])).toEqual([
      ["m-s2-6", "力争通过国家两化融合管理体系评定企业*家", true], ["m-s2-6", "新增省级智能工厂和数字化车间*家", true], ["m-s2-6", "上云企业*家以上", true], ["m-s2-6", "完成“机器换人”项目*个以上", true],
    ]);
  });

  it("says that 2022 names no responsible office, and marks 相关业务股室 as generic", () => {
    expect(c.offices.note).toBe("2022年计划未标注责任股室，无法比较各股室分工的变化");
    expect([c.offices.fromNamesOffices, c.offices.toNamesOffices]).toEqual([true, false]);
    expect(c.offices.rows.filter((o) => o.generic).map((o) => o.name)).toEqual(["相关业务股室", "相关股室"]);
    expect(c.offices.rows.find((o) => o.name === "经济运行办公室")!.from.map((r) => r.anchor)).toEqual(["m-1", "m-13", "m-14", "m-17"]);
  });

  it("finds the most similar measures of the other year", () => {
    const best = (side: typeof c.similarTo, anchor: string) => side.find((s) => s.measure.anchor === anchor)!.matches[0]?.anchor;
    expect(["m-s2-1", "m-s2-3", "m-s2-4", "m-s2-5", "m-s2-6", "m-s2-7", "m-s2-8"].map((a) => best(c.similarTo, a))).toEqual(["m-1", "m-9", "m-8", "m-11", "m-10", "m-15", "m-20"]);
    expect(best(c.similarFrom, "m-21")).toBeUndefined(); // 党建: nothing alike in 2022
  });
});

describe("comparePlans(plan, plan)", () => {
  it("keeps everything when a plan is compared with itself, each measure most like itself", () => {
    const self = comparePlans(y2021, y2021, lists);
    expect(new Set(self.goals.map((g) => g.change))).toEqual(new Set(["kept"]));
    expect(self.entities.every((e) => e.in === "both")).toBe(true);
    expect(self.similarFrom.every((s) => s.matches[0]?.anchor === s.measure.anchor && s.matches[0]?.score === 1)).toBe(true);
  });
});

describe("comparePlans(a, b) with disclosed targets (made-up test plans)", () => {
  const plan = (year: number, goals: string) => linkPlan({ ...parse(`一、发展目标\n${goals}\n二、工作措施\n1.抓运行。加强运行调度。`, `test-${year}`), year }, lists);
  it("says a target changed only when both years disclose it", () => {
    const changes = publishedComparison(comparePlans(plan(2030, "新增规上企业30家；工业投资增长8%；技改投资增长X%。"), plan(2031, "新增规上企业35家；工业投资增长8%；技改投资增长10%。"), lists)).goals;
    expect(changes.map((g) => [g.name, g.change, g.note])).toEqual([
      ["新增规模以上工业企业", "changed", "目标由 30 家 调整为 35 家"],
      ["工业投资增速", "kept", "两年目标相同：8%"],
      ["技改投资增速", "kept", "两年均列为目标；2030年目标值未公开，无法比较高低"],
    ]);
  });
});
