import { describe, expect, it } from "vitest";
import { collectOffices, plansNamingNoOffice } from "../../src/pipeline/offices.ts";
import type { Plan } from "../../src/schema/plan.ts";
import { parse } from "../helpers/plan.ts";

/** A one-measure plan `id` of `issuer` for `year`, its measure annotated with `offices` (none: no annotation). */
function plan(id: string, issuer: string, year: number, offices: string | null): Plan {
  const annotation = offices ? `(责任领导：XXX，责任股室：${offices})` : "";
  return { ...parse(`一、重点工作\n（一）运行\n1.强化运行调度。${annotation}`, id), issuer, year };
}

describe("collectOffices(plans) across a county's bureaus", () => {
  const plans = [plan("a-2021", "甲局", 2021, "综合股"), plan("a-2022", "甲局", 2022, null), plan("b-2021", "乙局", 2021, "规划股"), plan("b-2022", "乙局", 2022, "规划股、综合股")];

  it("lists each office with the plans of the bureaus that name it, not every bureau's", () => {
    const offices = collectOffices(plans);
    expect(offices.map((o) => [o.name, o.plans.map((p) => p.plan)])).toEqual([
      ["综合股", ["a-2021", "b-2021", "a-2022", "b-2022"]], // named by both bureaus (the same name, shown together); oldest first
      ["规划股", ["b-2021", "b-2022"]],
    ]);
    expect(offices[1]!.plans.map((p) => p.measures.length)).toEqual([1, 1]);
  });
  it("keeps a bureau's plan that names no office among that bureau's plans, so that its year reads 未标注", () => {
    expect(plansNamingNoOffice(plans)).toEqual(["a-2022"]);
    expect(collectOffices(plans)[0]!.plans.find((p) => p.plan === "a-2022")!.measures).toEqual([]);
  });
});
