import { describe, expect, it } from "vitest";
import { sheetsToText } from "../../src/pipeline/sheet-text.ts";
import { parsePlan } from "../../src/pipeline/parse-plan.ts";
import { testMeta } from "../helpers/plan.ts";

const sheet = (cells: string[][], merges: { top: number; left: number; bottom: number; right: number }[] = [], name = "Sheet1") => ({ name, cells, merges });

describe("sheetsToText(sheets)", () => {
  it("writes title rows as lines and, from the header row on, pipe rows; a merged cell is written once, the places it covers empty", () => {
    const { text, merged } = sheetsToText([sheet([
      ["测试数据：2024年重点工作任务分解表", "", "", ""],
      ["序号", "重点任务", "牵头单位", "完成时限"],
      ["1", "新建城乡供水管网30公里。", "县水务局", "2024年12月底"],
      ["2", "改造老旧小区5个。", "县水务局", "2024年10月底"],
    ], [{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 2, left: 2, bottom: 3, right: 2 }])]);
    expect(text).toBe([
      "测试数据：2024年重点工作任务分解表",
      "序号 | 重点任务 | 牵头单位 | 完成时限 |",
      "1 | 新建城乡供水管网30公里。 | 县水务局 | 2024年12月底 |",
      "2 | 改造老旧小区5个。 |  | 2024年10月底 |",
    ].join("\n"));
    expect(merged).toEqual([{ line: 4, column: 2 }]);
  });

  it("leaves out empty rows and empty columns at the right, writes a category row merged across the table as a line, and names sheets only when there are two with text", () => {
    const tasks = sheet([["序号", "重点任务", "牵头单位", ""], ["", "", "", ""], ["一、经济发展", "", "", ""], ["1", "抓项目。", "县发改委", ""]], [{ top: 2, left: 0, bottom: 2, right: 2 }], "任务");
    expect(sheetsToText([tasks, sheet([[""]], [], "空表")]).text).toBe("序号 | 重点任务 | 牵头单位 |\n一、经济发展\n1 | 抓项目。 | 县发改委 |");
    expect(sheetsToText([tasks, sheet([["说明：测试数据"]], [], "说明")]).text).toBe("任务\n序号 | 重点任务 | 牵头单位 |\n一、经济发展\n1 | 抓项目。 | 县发改委 |\n说明\n说明：测试数据");
  });

  it("gives the parser measures whose merged 牵头单位 is carried down and marked so, and whose empty 责任单位 stays empty", () => {
    const { text, merged } = sheetsToText([sheet([
      ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
      ["1", "新建城乡供水管网30公里。", "县水务局", "各镇人民政府", "2024年12月底"],
      ["2", "改造老旧小区5个。", "", "", "2024年10月底"],
    ], [{ top: 1, left: 2, bottom: 2, right: 2 }])]);
    const plan = parsePlan(text, testMeta("sheet"), { merged });
    const measures = plan.parts.flatMap((p) => p.sections.flatMap((s) => s.measures));
    expect(measures.map((m) => m.cells?.map((c) => [c.role, c.text, c.carried]))).toEqual([
      [["task", "新建城乡供水管网30公里。", false], ["lead", "县水务局", false], ["responsible", "各镇人民政府", false], ["deadline", "2024年12月底", false]],
      [["task", "改造老旧小区5个。", false], ["lead", "县水务局", true], ["responsible", "", false], ["deadline", "2024年10月底", false]],
    ]);
  });
});
