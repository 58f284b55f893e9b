import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/project.ts";
import { PlanSchema } from "../../src/schema/plan.ts";

const parse = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/parse.ts", ...args], { cwd: ROOT, encoding: "utf8" });

describe("npm run parse -- <file> [--year YYYY]", () => {
  it("prints the Plan JSON of a catalogued seed, its year from the catalogue", () => {
    const run = parse("seeds/000_4d8b1ee954a7e0d1.txt");
    expect(run.status, run.stderr).toBe(0);
    const plan = PlanSchema.parse(JSON.parse(run.stdout));
    expect([plan.id, plan.year, plan.parts.length, plan.goals.length]).toEqual(["suixi-jxj-2021", 2021, 3, 9]);
  });

  it("reads a document that is not in the catalogue when given --year", () => {
    const run = parse("test/fixtures/plans/weihai-2023-excerpt.txt", "--year", "2023");
    expect(run.status, run.stderr).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect([plan.id, plan.year, plan.warnings.length]).toEqual(["weihai-2023-excerpt", 2023, 2]);
  });

  it("fails with a clear message for a missing file, an unknown year or a bad --year", () => {
    expect(parse("nope.txt")).toMatchObject({ status: 1, stdout: "", stderr: "找不到文件 file not found: nope.txt\n" });
    expect(parse("test/fixtures/plans/empty.txt").stderr).toContain("请加 --year YYYY");
    expect(parse("seeds/000_4d8b1ee954a7e0d1.txt", "--year", "21")).toMatchObject({ status: 1 });
  });
});
