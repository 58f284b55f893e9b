import { describe, expect, it } from "vitest";
import { findResponsibility } from "../../src/pipeline/responsibility.ts";

describe("findResponsibility(text)", () => {
  it("reads (责任领导：…，责任股室：A、B) with redacted names kept as written", () => {
    const text = "强化运行调度。聚焦指标。(责任领导：XXX，责任股室：经济运行办公室、技改与创新办公室)";
    const found = findResponsibility(text)!;
    expect(found.responsibility).toEqual({
      raw: "(责任领导：XXX，责任股室：经济运行办公室、技改与创新办公室)",
      from: "text",
      start: 12,
      end: 44,
      names: [
        { name: "XXX", role: "责任领导", kind: "leader", start: 18, end: 21 },
        { name: "经济运行办公室", role: "责任股室", kind: "office", start: 27, end: 34 },
        { name: "技改与创新办公室", role: "责任股室", kind: "office", start: 35, end: 43 },
      ],
      leaders: ["XXX"],
      offices: ["经济运行办公室", "技改与创新办公室"],
      roles: [{ label: "责任领导", names: ["XXX"] }, { label: "责任股室", names: ["经济运行办公室", "技改与创新办公室"] }],
      note: null,
    });
    expect(text.slice(found.start, found.end)).toBe(found.responsibility.raw);
  });
  it("reads ASCII brackets and colons, 牵头单位 / 责任单位 / 配合单位, lists split on 、，,； without breaking 市直有关部门、单位", () => {
    const found = findResponsibility("深化改革。(牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府；配合单位：A，B)")!;
    expect(found.responsibility.roles).toEqual([
      { label: "牵头单位", names: ["市行政审批服务局"] },
      { label: "责任单位", names: ["市直有关部门、单位", "各区市政府"] },
      { label: "配合单位", names: ["A", "B"] },
    ]);
    expect(found.responsibility.offices).toEqual(["市行政审批服务局", "市直有关部门、单位", "各区市政府", "A", "B"]);
  });
  it("keeps the words after a list's 。 as the note", () => {
    const found = findResponsibility("(牵头单位:市局;责任单位:市直部门。以下任务均需落实,不再一一列出)")!;
    expect(found.responsibility.roles[1]).toEqual({ label: "责任单位", names: ["市直部门"] });
    expect(found.responsibility.note).toBe("以下任务均需落实,不再一一列出");
  });
  it("reads a bracket nested inside the annotation", () => {
    const found = findResponsibility("推进。（责任单位：县发改委（牵头）、县财政局）")!;
    expect(found.responsibility.raw).toBe("（责任单位：县发改委（牵头）、县财政局）");
    expect(found.closed).toBe(true);
  });
  it("reads a line that opens with a role label", () => {
    const found = findResponsibility("推进数字化转型。\n牵头单位：信息化推进办公室")!;
    expect(found.responsibility.raw).toBe("牵头单位：信息化推进办公室");
    expect(found.responsibility.offices).toEqual(["信息化推进办公室"]);
  });
  it("runs an unclosed annotation to the end and says so", () => {
    const found = findResponsibility("调度。(责任领导：XXX，责任股室：办公室")!;
    expect(found.closed).toBe(false);
    expect(found.responsibility.offices).toEqual(["办公室"]);
  });
  it("reads every role line after an item, in any order, with or without a closing 。", () => {
    const text = "1.推进县域经济高质量发展。\n牵头单位：县发改委\n责任单位：县经信局、县商务局。\n配合单位:各乡镇";
    const found = findResponsibility(text)!;
    expect(found.responsibility.roles).toEqual([
      { label: "牵头单位", names: ["县发改委"] },
      { label: "责任单位", names: ["县经信局", "县商务局"] },
      { label: "配合单位", names: ["各乡镇"] },
    ]);
    expect(text.slice(found.start, found.end)).toBe("牵头单位：县发改委\n责任单位：县经信局、县商务局。\n配合单位:各乡镇");
  });
  it("reads a bracket that says who leads and who helps with verbs: (区科技局牵头), （县发改委负责，县统计局、县财政局配合）", () => {
    expect(findResponsibility("一、强化科技创新(区科技局牵头)")!.responsibility.roles).toEqual([{ label: "牵头单位", names: ["区科技局"] }]);
    const found = findResponsibility("推进数据共享。（由县发改委负责，县统计局、县财政局配合）")!;
    expect(found.responsibility.raw).toBe("（由县发改委负责，县统计局、县财政局配合）");
    expect(found.responsibility.roles).toEqual([{ label: "责任单位", names: ["县发改委"] }, { label: "配合单位", names: ["县统计局", "县财政局"] }]);
    expect(findResponsibility("（以上项目由各县区负责）")).toBeNull(); // a sentence, not an annotation
  });
  it("reads an inline 责任单位为… up to the clause's end", () => {
    for (const text of ["规上工业增加值:目标增长8%,责任单位为县经信局、县统计局;", "规上工业增加值：目标增长8%，责任单位为县经信局、县统计局；"]) {
      const found = findResponsibility(text)!;
      expect(found.responsibility.raw).toBe("责任单位为县经信局、县统计局");
      expect(found.responsibility.offices).toEqual(["县经信局", "县统计局"]);
    }
  });
  it("keeps where each name stands, so that the text at its offsets is the name (or its joined category entry)", () => {
    const texts = [
      "深化改革。(牵头单位:市行政审批服务局;责任单位: 市直有关部门、单位, 各区市政府；配合单位：A，B)",
      "推进数据共享。（由县发改委负责，县统计局、县财政局配合）",
      "1.推进。\n牵头单位：县发改委\n责任单位：县经信局、县商务局。\n完成时限：6月底",
      "规上工业增加值：目标增长8%，责任单位为县经信局、县统计局；",
    ];
    for (const text of texts) {
      const r = findResponsibility(text)!.responsibility;
      expect(text.slice(r.start!, r.end!)).toBe(r.raw);
      expect(r.names.length).toBeGreaterThan(0);
      for (const n of r.names) expect(text.slice(n.start!, n.end!)).toBe(n.name);
    }
    const time = findResponsibility(texts[2]!)!.responsibility.names.at(-1)!;
    expect(time).toMatchObject({ name: "6月底", role: "完成时限", kind: "other" });
  });
  it("returns null when there is none, and ignores brackets without a role", () => {
    expect(findResponsibility("全力做好县委、县政府交办的其他工作。")).toBeNull();
    expect(findResponsibility("工业（技改）投资")).toBeNull();
  });
});
