import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, measuresOf } from "../helpers/plan.ts";
import { bodyText, layoutFree, planPieces } from "../../src/pipeline/plan-text.ts";
import { measurePieces } from "../../src/lib/segments.ts";
import type { Plan } from "../../src/schema/plan.ts";

const seeds = ["000_4d8b1ee954a7e0d1.txt", "001_63bf615f332166d9.txt"].map((f) =>
  readFileSync(resolve(import.meta.dirname, "..", "..", "seeds", f), "utf8"),
);

/** Everything that must hold for any plan parsed from `text`. */
function checkInvariants(text: string, plan: Plan): void {
  expect(layoutFree(planPieces(plan).join(""))).toBe(bodyText(text, plan)); // no character lost, none added, order kept
  const anchors = [...plan.parts.map((p) => p.anchor), ...plan.parts.flatMap((p) => p.sections.map((s) => s.anchor)), ...measuresOf(plan).map((m) => m.anchor)];
  expect(new Set(anchors).size).toBe(anchors.length);
  for (const m of measuresOf(plan)) {
    expect(measurePieces(m).map((p) => p.text).join("")).toBe(m.text); // the page shows each character once
    for (const c of m.commitments) {
      expect(m.text.slice(c.start, c.end)).toBe(c.text);
      if (c.redacted) expect(c.value).toBeNull();
    }
  }
  for (const g of plan.goals) if (g.redacted) expect(g.value).toBeNull();
  expect(() => JSON.parse(JSON.stringify(plan))).not.toThrow();
}

// Pieces a plan is made of, so random documents hit the parser's real paths.
const token = fc.oneof(
  fc.constantFrom("一、", "二、", "三.", "十,", "（一）", "(二)", "（三）", "1.", "2、", "３．", "（1）", "(2)", "①", "\n", "\r\n", "\n\n", "　", " "),
  fc.constantFrom("X", "XXX", "*", "**", "××", "x", "家", "%", "亩", "万个", "以上", "力争", "第", "年", "5G", "*G"),
  fc.constantFrom("（", "）", "(", ")", "“", "”", "。", "；", "，", "、", "：", ":", "<script>", "&amp;", "</p>"),
  fc.constantFrom("(责任领导：XXX，责任股室：办公室、经济运行办公室)", "牵头单位：", "责任单位:", "培育上云企业40家", "推动20家重点企业实施技术改造"),
  fc.integer({ min: 0, max: 2000 }).map(String),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: "grapheme", maxLength: 4 }),
);
const documentArb = fc.array(token, { maxLength: 80 }).map((ts) => ts.join(""));

// A seed with random edits: a span cut out, text inserted, lines swapped or doubled, punctuation made ASCII.
const mutatedSeed = fc
  .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.integer({ min: 0, max: 4 }), documentArb), { minLength: 1, maxLength: 6 }))
  .map(([seed, edits]) =>
    edits.reduce((text, [at, len, kind, insert]) => {
      const i = at % (text.length + 1);
      if (kind === 0) return text.slice(0, i) + text.slice(i + len);
      if (kind === 1) return text.slice(0, i) + insert + text.slice(i);
      const lines = text.split("\n");
      const j = i % lines.length;
      if (kind === 2) [lines[0], lines[j]] = [lines[j]!, lines[0]!];
      if (kind === 3) lines.splice(j, 0, lines[j]!);
      if (kind === 4) return text.replace(/（/g, "(").replace(/）/g, ")").replace(/：/g, ":").replace(/，/g, ",");
      return lines.join("\n");
    }, seed),
  );

describe("parsePlan(text) for any text", () => {
  it("never throws and loses no character on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => checkInvariants(text, parse(text))), { numRuns: 400 });
  });
  it("never throws and loses no character on documents made of plan pieces", () => {
    fc.assert(fc.property(documentArb, (text) => checkInvariants(text, parse(text))), { numRuns: 600 });
  });
  it("never throws and loses no character on mutated seed text", () => {
    fc.assert(fc.property(mutatedSeed, (text) => checkInvariants(text, parse(text))), { numRuns: 200 });
  });
});
