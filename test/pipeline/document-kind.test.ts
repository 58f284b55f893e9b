import { describe, expect, it } from "vitest";
import { detectKind, isReviewTitle } from "../../src/pipeline/document-kind.ts";

describe("detectKind(title, text)", () => {
  it("reads the kind from the title: plans, task decompositions, reports and summaries", () => {
    const kinds = [
      "濉溪县经济和信息化局2022年工作计划",
      "2023年政府工作报告重点工作责任分解",
      "重庆市沙坪坝区人民政府办公室关于印发2022年区政府工作报告目标任务的通知",
      "铜梁区2024年重点建设项目1-9月推进情况快报",
      "2024年4月省政府民生实事项目进展情况汇总表",
      "关于2022年工作情况的报告",
      "2022年三季度经济形势分析材料",
      "绵阳市游仙区工业和信息化局2021年工作总结和2022年工作计划",
    ].map((title) => detectKind(title, "").kind);
    expect(kinds).toEqual(["plan", "plan", "plan", "report", "report", "report", "report", "summary"]);
  });

  it("without a telling title, weighs how often the text reports progress against how often it states intent, and says when unsure", () => {
    const progress = "已完成。完成率47%。达到序时进度。同比增长5%。预计全年增长6%。累计完成投资。";
    expect(detectKind("", progress)).toEqual({ kind: "report", sure: true });
    expect(detectKind("任务29", progress)).toEqual({ kind: "report", sure: false }); // a title naming a task, a text reporting progress
    expect(detectKind("", "推进企业上云。加快项目建设。力争新增规上企业30家。")).toEqual({ kind: "plan", sure: true });
    expect(detectKind("", "已完成。同比增长5%。推进项目建设。预计全年完成。").sure).toBe(false);
  });
});

describe("isReviewTitle(title)", () => {
  it("tells a part looking back from one looking forward", () => {
    expect(["2022年工作总结", "主要经济指标完成情况", "重点工作开展情况", "上半年工作总结"].map(isReviewTitle)).toEqual([true, true, true, true]);
    expect(["2023年工作计划", "下步工作计划", "发展目标", "重点工作"].map(isReviewTitle)).toEqual([false, false, false, false]);
  });
});
