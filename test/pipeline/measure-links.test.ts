import { describe, expect, it } from "vitest";
import { DEFAULT_PATHS, loadDictionaries, readPlans } from "../../src/io/read-source.ts";
import { comparePlans } from "../../src/pipeline/compare.ts";
import { indicatorForms } from "../../src/pipeline/measure-links.ts";

const [plans, dict] = await Promise.all([readPlans(DEFAULT_PATHS), loadDictionaries(DEFAULT_PATHS)]);
const c = comparePlans(plans.find((p) => p.year === 2021)!, plans.find((p) => p.year === 2022)!, dict);
const linksOf = (anchor: string) => c.links.filter((l) => l.from.anchor === anchor).map((l) => l.to.anchor);

describe("linkMeasures(a, b) on the seeds, 2021 → 2022", () => {
  it("links a measure to the one carrying it on, with the shared indicator as the reason", () => {
    expect(linksOf("m-10")).toEqual(["m-s2-6"]);
    expect(c.links.find((l) => l.from.anchor === "m-10")!.reasons[0]).toEqual({ kind: "indicator", names: ["cloud-enterprises"] });
  });
  it("links by the projects both name: 英科三期 and 英科医疗三期 are one project", () => {
    expect(linksOf("m-8")).toEqual(["m-s2-4"]);
    expect(c.links.find((l) => l.from.anchor === "m-8")!.reasons.find((r) => r.kind === "entity")!.names).toContain("ying-ke-yi-liao-san-qi");
  });
  it("says what nothing carries on (次年未再列入) and what is new (本年新增)", () => {
    expect(c.dropped.map((r) => r.anchor)).toEqual(expect.arrayContaining(["m-7", "m-18", "m-21", "m-22", "m-23", "m-24"]));
    expect(c.links.some((l) => ["m-7", "m-18", "m-23"].includes(l.from.anchor))).toBe(false);
    expect(new Set([...c.links.map((l) => l.to.anchor), ...c.added.map((r) => r.anchor)]).size).toBe(8);
  });
});

describe("indicatorForms(indicator)", () => {
  it("gives the names with and without a leading 新增, four characters at least", () => {
    expect(indicatorForms({ name: "新增上云企业", aliases: ["上云企业"] })).toEqual(["新增上云企业", "上云企业"]);
  });
});

describe("the reason 措辞相近", () => {
  it("names the site's words both measures use (theme keywords, indicator names), not a score", () => {
    expect(c.links.find((l) => l.from.anchor === "m-15")!.reasons).toEqual([{ kind: "wording", names: ["烧结砖瓦"] }]);
  });
  it("names the one name of an indicator the two plans call differently: 规模工业企业 and 规上企业", () => {
    expect(c.links.find((l) => l.from.anchor === "m-13" && l.to.anchor === "m-s2-2")!.reasons).toEqual([{ kind: "wording", names: ["规模以上工业企业"] }]);
  });
});
