/** Test helpers: a Plan parsed from a string or a fixture file, with fixed, obviously-fake metadata. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { decodeText } from "../../src/pipeline/decode.ts";
import { parsePlan } from "../../src/pipeline/parse-plan.ts";
import type { Plan, PlanMeta } from "../../src/schema/plan.ts";
import type { Indicator } from "../../src/schema/indicator.ts";
import type { Observation } from "../../src/schema/observation.ts";
import { readCsv } from "../../src/pipeline/csv.ts";
import { linkIndicators, readIndicators, readIndicatorValues } from "../../src/pipeline/indicators.ts";

export const FIXTURES = resolve(import.meta.dirname, "..", "fixtures");

/** Metadata for a test document: nothing in it is real. */
export function testMeta(id: string, bytes: Uint8Array = new Uint8Array()): PlanMeta {
  return {
    id,
    year: 2000,
    title: `测试：${id}`,
    issuer: "测试机构",
    note: null,
    source: { file: `${id}.txt`, sha256: createHash("sha256").update(bytes).digest("hex"), format: "txt", encoding: "utf-8", bytes: bytes.length },
    disclosure: { indexNumber: null, docNumber: null, category: null, dateWritten: null, datePublished: null, validity: null, keywords: null },
  };
}

/** Returns the Plan of a string. */
export function parse(text: string, id = "test"): Plan {
  return parsePlan(text, testMeta(id));
}

/** Returns the Plan of test/fixtures/plans/<name>.txt, decoded as the build decodes it. */
export function parseFixture(name: string): Plan {
  const bytes = readFileSync(resolve(FIXTURES, "plans", `${name}.txt`));
  const { text, encoding } = decodeText(bytes);
  const meta = testMeta(name, bytes);
  return parsePlan(text, { ...meta, source: { ...meta.source, encoding } });
}

export { measuresOf } from "../../src/pipeline/plan-text.ts";

/** Returns the committed indicator dictionary and reported values, as the build reads them. */
export function committedIndicators(): { dictionary: Indicator[]; values: Observation[] } {
  const read = (file: string) => readCsv(readFileSync(resolve(FIXTURES, "..", "..", file)), file);
  const dictionary = readIndicators(read("data/indicators.csv"));
  return { dictionary, values: readIndicatorValues(read("data/indicator-values.csv"), dictionary, [2021, 2022]) };
}

/** Returns the two seed plans with the catalogue's ids and years, goals and commitments linked to `dictionary`. */
export function seedPlans(dictionary: Indicator[]): Plan[] {
  return ([["suixi-2021", "suixi-jxj-2021", 2021], ["suixi-2022", "suixi-jxj-2022", 2022]] as const).map(([fixture, id, year]) =>
    linkIndicators({ ...parseFixture(fixture), id, year, title: `${year}年计划` }, dictionary),
  );
}
