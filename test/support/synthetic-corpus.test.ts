import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateCorpus, seedMaterial, SYNTHETIC_LABEL } from "../../support/synthetic/corpus.ts";
import { buildPlan, DEFAULT_PATHS, loadDictionaries, loadIndicators } from "../../src/io/read-source.ts";
import { readCsv } from "../../src/pipeline/csv.ts";
import { readCatalogue } from "../../src/pipeline/catalogue.ts";
import { readIndicatorValues } from "../../src/pipeline/indicators.ts";
import { bodyText, layoutFree, measuresOf, planPieces } from "../../src/pipeline/plan-text.ts";

const material = seedMaterial(readFileSync("seeds/000_4d8b1ee954a7e0d1.txt", "utf8"), readFileSync("seeds/001_63bf615f332166d9.txt", "utf8"));
const corpus = generateCorpus(material, 60, 7);
const utf8 = new TextEncoder();

function fingerprint(c: typeof corpus): string {
  const hash = createHash("sha256").update(c.catalogue).update(c.values);
  for (const [name, bytes] of c.files) hash.update(name).update(bytes);
  return hash.digest("hex");
}

describe("synthetic corpus", () => {
  it("is the same for the same seed number and different for another", () => {
    expect(fingerprint(generateCorpus(material, 60, 7))).toBe(fingerprint(corpus));
    expect(fingerprint(generateCorpus(material, 60, 8))).not.toBe(fingerprint(corpus));
  });

  it("spreads plans over several issuers and consecutive years, both styles, both encodings and every redaction mark", () => {
    expect(new Set(corpus.plans.map((p) => p.issuer)).size).toBe(3);
    expect(new Set(corpus.plans.map((p) => p.year))).toEqual(new Set(Array.from({ length: 20 }, (_, i) => 2025 - i)));
    expect(new Set(corpus.plans.map((p) => p.style))).toEqual(new Set(["要点", "计划"]));
    expect(new Set(corpus.plans.map((p) => p.encoding))).toEqual(new Set(["utf8", "gb18030"]));
    expect(new Set(corpus.plans.map((p) => p.redactionMark))).toEqual(new Set(["X", "XXX", "*", "xx", "××"]));
  });

  it("labels every plan as synthetic, in its title and its catalogue row", () => {
    const rows = readCatalogue(readCsv(utf8.encode(corpus.catalogue), "plans.csv"), new Map([...corpus.files.keys()].map((f) => [f, "file" as const])));
    expect(rows).toHaveLength(60);
    for (const row of rows) {
      expect(row.title).toContain(SYNTHETIC_LABEL);
      expect(row.note).toContain(SYNTHETIC_LABEL);
    }
  });

  it("writes indicator values the project accepts, one per indicator and year", async () => {
    const indicators = await loadIndicators(DEFAULT_PATHS);
    const values = readIndicatorValues(readCsv(utf8.encode(corpus.values), "indicator-values.csv"), indicators, corpus.plans.map((p) => p.year));
    expect(values).toHaveLength(40);
    expect(values.every((v) => JSON.stringify(v.source).includes(SYNTHETIC_LABEL))).toBe(true);
  });

  it("parses back to what was generated: every character, the measures, the goals disclosed and withheld, no warning", async () => {
    const dict = await loadDictionaries(DEFAULT_PATHS);
    const rows = readCatalogue(readCsv(utf8.encode(corpus.catalogue), "plans.csv"), new Map([...corpus.files.keys()].map((f) => [f, "file" as const])));
    for (const [i, truth] of corpus.plans.entries()) {
      const { line: _line, ...row } = rows[i]!;
      const plan = await buildPlan(row, corpus.files.get(truth.file)!, "0", dict);
      expect(plan.source.encoding, truth.file).toBe(truth.encoding === "utf8" ? "utf-8" : "gb18030");
      expect(plan.warnings, truth.file).toEqual([]);
      expect(layoutFree(planPieces(plan).join("")), truth.file).toBe(bodyText(truth.text, plan));
      expect(measuresOf(plan).length, truth.file).toBe(truth.measures);
      expect({ disclosed: plan.goals.filter((g) => g.value !== null).length, redacted: plan.goals.filter((g) => g.redacted).length }, truth.file).toEqual(truth.goals);
      expect(plan.parts.map((p) => p.marker).join(""), truth.file).toBe(truth.style === "要点" ? "一、二、三、" : "一、二、");
    }
  });

  it("reaches 5,000 plans as a county's many bureaus over at most twenty recent years, with catalogue rows and values the build accepts", async () => {
    const large = generateCorpus(material, 5000, 1);
    const rows = readCatalogue(readCsv(utf8.encode(large.catalogue), "plans.csv"), new Map([...large.files.keys()].map((f) => [f, "file" as const])));
    expect(rows).toHaveLength(5000);
    expect(new Set(rows.map((r) => r.id)).size).toBe(5000);
    const years = rows.map((r) => r.year);
    expect([Math.min(...years), Math.max(...years)]).toEqual([2006, 2025]);
    const issuers = new Set(rows.map((r) => r.issuer));
    expect(issuers.size).toBe(250);
    for (const issuer of issuers) expect(rows.filter((r) => r.issuer === issuer).length).toBe(20);
    const values = readIndicatorValues(readCsv(utf8.encode(large.values), "indicator-values.csv"), await loadIndicators(DEFAULT_PATHS), [...new Set(years)]);
    expect(values).toHaveLength(40);
  });
});
