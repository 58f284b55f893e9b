import { describe, expect, it } from "vitest";
import { buildSiteModel } from "../../src/model/site-model.ts";
import { committedIndicators, seedPlans } from "../helpers/plan.ts";

describe("buildSiteModel(inputs) with the site's default jurisdiction (data/site.csv 默认行政区划)", () => {
  const { dictionary, values } = committedIndicators();
  const plans = seedPlans(dictionary);
  const inputs = { plans, indicators: dictionary, values, themes: [], entities: [] };

  it("gives every plan and value that names none the default, so every card can say whose figure it is; keys stay the indicator ids", () => {
    const model = buildSiteModel({ ...inputs, defaultJurisdiction: "濉溪县" });
    expect(new Set(model.plans.map((p) => p.jurisdiction))).toEqual(new Set(["濉溪县"]));
    const iva = model.series.filter((s) => s.id === "industrial-value-added");
    expect(iva.map((s) => [s.key, s.jurisdiction])).toEqual([["industrial-value-added", "濉溪县"]]);
    expect(iva[0]!.observations.every((o) => o.jurisdiction === "濉溪县")).toBe(true);
  });

  it("leaves the jurisdiction unnamed without a default", () => {
    expect(buildSiteModel(inputs).plans.every((p) => p.jurisdiction === null)).toBe(true);
  });
});
