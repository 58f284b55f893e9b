// The open data contract, kept with the project: every published JSON file valid by the JSON Schema the site
// publishes, the seeds' records saying what their text says, and each table the same as CSV and as .xlsx.
// (CI also runs the shared contract check on dist/ when it is there; these tests need nothing beside the project.)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import Ajv from "ajv";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { filesUnder } from "../helpers/site.ts";
import { measuresOf } from "../helpers/plan.ts";
import type { Plan } from "../../src/schema/plan.ts";

const dist = inject("dist");
const json = (path: string) => JSON.parse(readFileSync(join(dist, path), "utf8"));
const FILES: [schema: string, files: string[]][] = [
  ["plans", ["data/plans.json"]],
  ["plan", filesUnder(join(dist, "data/plans"), ".json").map((f) => `data/plans/${f}`)],
  ["indicators", ["data/indicators.json"]],
  ["comparison", filesUnder(join(dist, "data/compare"), ".json").map((f) => `data/compare/${f}`)],
  ["progress", ["data/progress.json"]],
];

describe("the published JSON Schema", () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const [name, files] of FILES)
    it(`data/schema/${name}.schema.json validates ${files.join(", ")}`, () => {
      expect(files.length).toBeGreaterThan(0);
      const validate = ajv.compile(json(`data/schema/${name}.schema.json`));
      for (const file of files) expect(validate(json(file)) ? [] : validate.errors, file).toEqual([]);
    });
  it("rejects a value of the wrong type and a record without its format version", () => {
    const validate = ajv.compile(json("data/schema/plan.schema.json"));
    const plan = json("data/plans/suixi-jxj-2021.json");
    expect(validate({ ...plan, goals: [{ ...plan.goals[0], value: "0" }] })).toBe(false);
    const { formatVersion: _v, ...unversioned } = plan;
    expect(validate(unversioned)).toBe(false);
  });
  it("documents every field on /data/ from the same schema", () => {
    const page = readFileSync(join(dist, "data/index.html"), "utf8");
    for (const field of Object.keys(json("data/schema/plan.schema.json").definitions.Measure.properties)) expect(page).toContain(`<code>${field}</code>`);
    expect(page).toContain("原文隐去了数值（未公开）");
  });
});

describe("the seeds' open data says what their text says", () => {
  const [p21, p22] = ["suixi-jxj-2021", "suixi-jxj-2022"].map((id) => json(`data/plans/${id}.json`) as Plan) as [Plan, Plan];
  const m = (plan: Plan, n: number) => measuresOf(plan).find((x) => x.number === n)!;
  it("2021: three parts, eight sections of 3,3,3,3,3,3,2,4 measures numbered 1–24, offices and commitments as written", () => {
    expect(p21.parts.map((p) => p.kind)).toEqual(["guidance", "goals", "measures"]);
    expect(p21.parts.flatMap((p) => p.sections).map((s) => s.measures.length)).toEqual([3, 3, 3, 3, 3, 3, 2, 4]);
    expect(measuresOf(p21).map((x) => x.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(m(p21, 1).responsibility!.offices).toEqual(["经济运行办公室", "技改与创新办公室"]);
    expect(m(p21, 24).responsibility).toBeNull();
    expect(m(p21, 13).commitments.map((c) => [c.subject, c.value, c.unit])).toContainEqual(["新增规模工业企业", 32, "家"]);
    expect(p21.goals.filter((g) => g.redacted).every((g) => g.value === null)).toBe(true);
  });
  it("2022: goals and measures, eight unnumbered sections, no responsibility, redacted targets null", () => {
    expect(p22.parts.map((p) => p.kind)).toEqual(["goals", "measures"]);
    expect(p22.parts.flatMap((p) => p.sections).map((s) => s.measures.map((x) => x.number))).toEqual(Array(8).fill([null]));
    expect(measuresOf(p22).every((x) => x.responsibility === null)).toBe(true);
    expect(p22.goals.some((g) => g.stretch && g.redacted && g.value === null)).toBe(true);
  });
});

describe("each table as CSV and as .xlsx", () => {
  for (const table of ["measures", "indicators", "progress", "themes", "entities"])
    it(`data/${table}.xlsx holds the same rows as data/${table}.csv, numbers as numbers`, async () => {
      const csv: string[][] = parse(readFileSync(join(dist, `data/${table}.csv`), "utf8").replace(/^\uFEFF/, ""));
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(join(dist, `data/${table}.xlsx`)) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(table)!;
      const rows: string[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => rows.push(csv[0]!.map((_, i) => String(row.getCell(i + 1).value ?? ""))));
      expect(rows).toEqual(csv);
      if (table === "indicators") expect(typeof sheet.getRow(2).getCell(4).value).toBe("number"); // year
    });
});
