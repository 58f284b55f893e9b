import { describe, expect, it } from "vitest";
import { bodyKind, collectOffices, officeLabel, officeSlug, plansNamingNoOffice } from "../../src/pipeline/offices.ts";
import type { Plan } from "../../src/schema/plan.ts";
import { parse } from "../helpers/plan.ts";

/** A one-measure plan `id` of `issuer` for `year`, its measure annotated with `offices` (none: no annotation). */
function plan(id: string, issuer: string, year: number, offices: string | null): Plan {
  const annotation = offices ? `(责任领导：XXX，责任股室：${offices})` : "";
  return { ...parse(`一、重点工作\n（一）运行\n1.强化运行调度。${annotation}`, id), issuer, year };
}

describe("collectOffices(plans) across a county's bureaus", () => {
  const plans = [plan("a-2021", "甲局", 2021, "综合股"), plan("a-2022", "甲局", 2022, null), plan("b-2021", "乙局", 2021, "规划股"), plan("b-2022", "乙局", 2022, "规划股、综合股")];

  it("makes each bureau's office its own, with that bureau's plans: two 综合股 where two bureaus name one", () => {
    const offices = collectOffices(plans);
    expect(offices.map((o) => [o.slug, officeLabel(o), o.plans.map((p) => p.plan)])).toEqual([
      ["zong-he-gu-jia-ju", "综合股（甲局）", ["a-2021", "a-2022"]],
      ["zong-he-gu-yi-ju", "综合股（乙局）", ["b-2021", "b-2022"]],
      ["gui-hua-gu", "规划股", ["b-2021", "b-2022"]], // one bureau names it: no bureau in its name or address
    ]);
    expect(offices.map((o) => o.plans.map((p) => p.measures.length))).toEqual([[1, 0], [0, 1], [1, 1]]);
    expect([officeSlug(offices, "综合股", "乙局"), officeSlug(offices, "规划股", "乙局")]).toEqual(["zong-he-gu-yi-ju", "gui-hua-gu"]);
  });
  it("keeps a bureau's plan that names no office among that bureau's plans, so that its year reads 未标注", () => {
    expect(plansNamingNoOffice(plans)).toEqual(["a-2022"]);
    expect(collectOffices(plans)[0]!.plans.find((p) => p.plan === "a-2022")!.measures).toEqual([]);
  });
});

describe("who leads and who helps, and units apart from offices", () => {
  it("records the role where a unit leads or helps, and tells a unit (政府, 局, 乡镇) from an office inside the issuer (股, 室)", () => {
    const p = { ...parse("一、重点工作\n1.推进数字化转型。\n牵头单位：县经信局\n配合单位：县财政局、各乡镇\n2.加强统计。（责任单位：县经信局）", "c-2023"), issuer: "县政府办", year: 2023 };
    const offices = collectOffices([p]);
    expect(offices.map((o) => [o.name, o.kind, o.plans[0]!.measures.map((m) => m.role ?? "")])).toEqual([
      ["县经信局", "unit", ["牵头单位", ""]],
      ["县财政局", "unit", ["配合单位"]],
      ["各乡镇", "unit", ["配合单位"]],
    ]);
    expect(["综合股", "经济运行办公室", "规划建设局", "开发区管委", "市直有关部门、单位", "招商工作部"].map(bodyKind)).toEqual(["office", "office", "unit", "unit", "unit", "office"]);
  });
});
