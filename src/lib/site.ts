/** site: the site's own name and description, derived from the plans it publishes (never hard-coded). */
import type { Plan } from "../schema/plan.ts";

/** Returns "<issuer>年度工作计划" when one issuer publishes every plan, else a general name. */
export function siteName(plans: Pick<Plan, "issuer">[]): string {
  const issuers = [...new Set(plans.map((p) => p.issuer))];
  return issuers.length === 1 ? `${issuers[0]}年度工作计划` : "年度工作计划公开";
}
