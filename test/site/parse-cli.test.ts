import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/project.ts";
import { PlanSchema } from "../../src/schema/plan.ts";

const parse = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/parse.ts", ...args], { cwd: ROOT, encoding: "utf8" });

describe("npm run parse -- <file> [--year YYYY]", () => {
  it("prints the Plan JSON of a catalogued seed, its year from the catalogue", () => {
    const run = parse("seeds/000_4d8b1ee954a7e0d1.txt", "--json");
    expect(run.status, run.stderr).toBe(0);
    const plan = PlanSchema.parse(JSON.parse(run.stdout));
    expect([plan.id, plan.year, plan.parts.length, plan.goals.length]).toEqual(["suixi-jxj-2021", 2021, 3, 9]);
  });

  it("reads a document that is not in the catalogue when given --year", () => {
    const run = parse("test/fixtures/plans/weihai-2023-excerpt.txt", "--year", "2023", "--json");
    expect(run.status, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect([plan.id, plan.year, plan.warnings.length]).toEqual(["weihai-2023-excerpt", 2023, 2]);
  });

  it("prints a readable outline by default: kind, notice, furniture, items with their units, the editor's warnings; the year from the text", () => {
    const run = parse("test/fixtures/plans/weihai-2023-excerpt.txt");
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 4)).toEqual([
      "《（目录未写标题）》 2023年 · （发布机构未知）",
      "类型：计划（按文字判断） · 2 条措施 · 0 项目标 · 0 项量化承诺 · 0 处隐去的值",
      "印发通知：第 1 行起，7 段（与计划分开显示）",
      "页面附带文字：第 2 行（与正文分开显示）",
    ]);
    expect(lines).toContain("        牵头单位：市行政审批服务局；责任单位：市直有关部门、单位、各区市政府、开发区管委");
    expect(lines).toContain("  第 28 行：文件最后一行不是完整的句子，原文可能不全");
  });

  it("reads a saved copy's source:/title:/year:/kind: header as its description, not its text", () => {
    const run = parse("test/fixtures/real/04_taishun-2024-04-livelihood-projects-pipe-table-merged-cells.txt", "--json");
    expect(run.status, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect([plan.year, plan.title, plan.kind, plan.kindFrom, plan.preamble[0]]).toEqual([2024, "2024年4月省政府民生实事项目进展情况汇总表", "report", "catalogue", "2024年4月省政府民生实事项目进展情况汇总表"]);
    expect(plan.furniture).toEqual([]);
  });

  it("fails with a clear message for a missing file, an unknown year or a bad --year", () => {
    expect(parse("nope.txt")).toMatchObject({ status: 1, stdout: "", stderr: "找不到文件 file not found: nope.txt\n" });
    expect(parse("test/fixtures/plans/empty.txt").stderr).toContain("请加 --year YYYY");
    expect(parse("seeds/000_4d8b1ee954a7e0d1.txt", "--year", "21")).toMatchObject({ status: 1 });
  });
});
