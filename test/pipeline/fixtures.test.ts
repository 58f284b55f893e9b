import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, parseFixture } from "../helpers/plan.ts";
import { bodyText, layoutFree, planPieces } from "../../src/pipeline/plan-text.ts";
import { decodeText } from "../../src/pipeline/decode.ts";

const dir = resolve(FIXTURES, "plans");
const cases = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, ""));

describe("parsePlan(fixture)", () => {
  it("has the seed fixtures byte-identical to seeds/", () => {
    const seeds = resolve(import.meta.dirname, "..", "..", "seeds");
    expect(readFileSync(resolve(dir, "suixi-2021.txt"))).toEqual(readFileSync(resolve(seeds, "000_4d8b1ee954a7e0d1.txt")));
    expect(readFileSync(resolve(dir, "suixi-2022.txt"))).toEqual(readFileSync(resolve(seeds, "001_63bf615f332166d9.txt")));
  });

  for (const name of cases) {
    it(`${name}.txt gives ${name}.json`, async () => {
      await expect(JSON.stringify(parseFixture(name), null, 2) + "\n").toMatchFileSnapshot(resolve(dir, `${name}.json`));
    });

    it(`${name}.txt loses no character`, () => {
      const { text } = decodeText(readFileSync(resolve(dir, `${name}.txt`)));
      const plan = parseFixture(name);
      expect(layoutFree(planPieces(plan).join(""))).toBe(bodyText(text, plan));
    });
  }
});
