/** Test helpers: a Plan parsed from a string or a fixture file, with fixed, obviously-fake metadata. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { decodeText } from "../../src/pipeline/decode.ts";
import { parsePlan } from "../../src/pipeline/parse-plan.ts";
import { testMeta } from "../../support/plan-meta.ts";
import type { Plan } from "../../src/schema/plan.ts";
import type { Indicator } from "../../src/schema/indicator.ts";
import type { Observation } from "../../src/schema/observation.ts";
import { readCsv } from "../../src/pipeline/csv.ts";
import { readIndicators, readIndicatorValues } from "../../src/pipeline/indicators.ts";
import { readThemes } from "../../src/pipeline/themes.ts";
import { readEntities } from "../../src/pipeline/entities.ts";
import { linkPlan } from "../../src/pipeline/link-plan.ts";
import type { Theme } from "../../src/schema/theme.ts";
import type { Entity } from "../../src/schema/entity.ts";

export const FIXTURES = resolve(import.meta.dirname, "..", "fixtures");

export { testMeta } from "../../support/plan-meta.ts";

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

const readData = (file: string) => readCsv(readFileSync(resolve(FIXTURES, "..", "..", file)), file);

/** Returns the committed indicator dictionary and reported values, as the build reads them. */
export function committedIndicators(): { dictionary: Indicator[]; values: Observation[] } {
  const dictionary = readIndicators(readData("data/indicators.csv"));
  return { dictionary, values: readIndicatorValues(readData("data/indicator-values.csv"), dictionary, [2021, 2022]) };
}

/** Returns the committed lists a plan is linked to: data/indicators.csv, data/themes.csv, data/entities.csv. */
export function committedLists(): { indicators: Indicator[]; themes: Theme[]; entities: Entity[] } {
  return { indicators: readIndicators(readData("data/indicators.csv")), themes: readThemes(readData("data/themes.csv")), entities: readEntities(readData("data/entities.csv")) };
}

/** Returns the two seed plans with the catalogue's ids and years, linked to the committed lists (or to `indicators` alone). */
export function seedPlans(indicators?: Indicator[]): Plan[] {
  const lists = indicators ? { ...committedLists(), indicators } : committedLists();
  return ([["suixi-2021", "suixi-jxj-2021", 2021], ["suixi-2022", "suixi-jxj-2022", 2022]] as const).map(([fixture, id, year]) =>
    linkPlan({ ...parseFixture(fixture), id, year, title: `${year}年计划` }, lists),
  );
}
