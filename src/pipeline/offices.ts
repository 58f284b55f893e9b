/** offices: the responsible offices (责任股室) named across plans, each with its measures per plan; generic entries kept apart. */
import type { MeasureRef } from "../schema/comparison.ts";
import type { Plan } from "../schema/plan.ts";
import { placedMeasures } from "./plan-text.ts";
import { slugify, uniqueSlugs } from "./slug.ts";

export const GENERIC_OFFICE = /^相关/; // 相关股室, 相关业务股室: a way of saying "whoever concerned", not an office

/** A body outside the issuer — a government, town, zone, bureau, company — as against an office inside it (股室). */
const UNIT = /(?:政府|人民政府|镇|乡|街道|办事处|管委会|管委|园区|开发区|局|委|委员会|公司|集团|法院|检察院|分局|银行|协会|学校|医院|大学|部门|单位|各区市|各县区)$|^各|^(?:市|县|区|省)(?:直|级)/;
const OFFICE = /(?:股|室|科|组|所|站|队)$|办公室$/;

/** Returns whether a named responsible body is an office inside the issuer (股室) or a unit of its own (单位). */
export function bodyKind(name: string): "office" | "unit" {
  return UNIT.test(name) && !/(?:股|科)室?$/.test(name) ? "unit" : OFFICE.test(name) ? "office" : /部$|办$|中心$/.test(name) ? "office" : "unit";
}

export interface OfficeRecord {
  slug: string; // pinyin of the name: jing-ji-yun-xing-ban-gong-shi; then the bureau's, where several bureaus name an office so
  name: string;
  issuer: string | null; // the bureau, where several bureaus name an office so (each bureau's 办公室 is its own); null where one does
  generic: boolean;
  kind: "office" | "unit"; // 股室 inside the issuer, or a 单位 of its own (a government, town, zone, bureau)
  plans: { plan: string; year: number; measures: (MeasureRef & { role?: string })[] }[]; // every plan of its bureau, oldest first; no measures where it is not named; role: 牵头单位, 配合单位 … where it is not simply the one responsible
}

/** Returns the office's name as pages show it: 办公室, or 办公室（某某局） where several bureaus have one. */
export function officeLabel(office: Pick<OfficeRecord, "name" | "issuer">): string {
  return office.issuer ? `${office.name}（${office.issuer}）` : office.name;
}

/**
 * Returns every office named in the plans' responsibility annotations, in order of first mention, with
 * its measures in each plan of its bureau. An office belongs to its bureau: where a county publishes
 * many bureaus' plans, another bureau's plans say nothing about it, and two bureaus' offices of the same
 * name (each one's 办公室) are two offices.
 */
export function collectOffices(plans: Plan[]): OfficeRecord[] {
  const ordered = [...plans].sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  const placed = ordered.map((plan) => ({ plan, measures: placedMeasures(plan) }));
  const issuers = new Map<string, Set<string>>(); // office name → the bureaus whose plans name it, in order of first mention
  for (const { plan, measures } of placed)
    for (const m of measures) for (const name of m.measure.responsibility?.offices ?? []) issuers.set(name, (issuers.get(name) ?? new Set()).add(plan.issuer));
  const key = (name: string, issuer: string) => (issuers.get(name)!.size > 1 ? `${name}\u0000${issuer}` : name);
  const slugs = uniqueSlugs(
    [...issuers].flatMap(([name, naming]) => [...naming].map((issuer) => key(name, issuer))),
    (k) => k.split("\u0000").map(slugify).join("-"),
  ); // two spellings of one name (综合股办公室, 综合股（办公室）) never share a page
  return [...issuers].flatMap(([name, naming]) =>
    [...naming].map((issuer) => ({
      slug: slugs.get(key(name, issuer))!,
      name,
      issuer: naming.size > 1 ? issuer : null,
      generic: GENERIC_OFFICE.test(name),
      kind: bodyKind(name),
      plans: placed
        .filter(({ plan }) => plan.issuer === issuer)
        .map(({ plan, measures }) => ({
          plan: plan.id,
          year: plan.year,
          measures: measures.filter((m) => m.measure.responsibility?.offices.includes(name)).map((m) => withRole(m.ref, m.measure, name)),
        })),
    })),
  );
}

/** A role that says more than "responsible": it leads, or it helps (牵头单位, 配合单位, 协办单位, 参与单位). */
const DISTINCT_ROLE = /牵头|配合|协办|协同|参与|协助/;

function withRole(ref: MeasureRef, measure: Plan["parts"][number]["sections"][number]["measures"][number], name: string): MeasureRef & { role?: string } {
  const roles = (measure.responsibility?.roles ?? []).filter((r) => r.names.includes(name)).map((r) => r.label);
  const distinct = [...new Set(roles)].filter((l) => DISTINCT_ROLE.test(l));
  return distinct.length > 0 ? { ...ref, role: distinct.join("、") } : ref;
}

/**
 * Returns the office's measures per year, oldest first, in the years its bureau has a plan: summed over
 * that year's plans, or null where they all name no office at all (`silent`: plansNamingNoOffice).
 */
export function officeYears(office: OfficeRecord, silent: Set<string>): { year: number; count: number | null }[] {
  return [...new Set(office.plans.map((p) => p.year))].map((year) => {
    const told = office.plans.filter((p) => p.year === year && !silent.has(p.plan));
    return { year, count: told.length ? told.reduce((n, p) => n + p.measures.length, 0) : null };
  });
}

/** Returns the slug of the office `name` of bureau `issuer` among `offices` (collectOffices of every plan). */
export function officeSlug(offices: OfficeRecord[], name: string, issuer: string): string | undefined {
  return offices.find((o) => o.name === name && (o.issuer === null || o.issuer === issuer))?.slug;
}

/** Returns the ids of the plans that name no responsible office at all (as the 2022 seed). */
export function plansNamingNoOffice(plans: Plan[]): string[] {
  return plans.filter((plan) => !placedMeasures(plan).some((m) => (m.measure.responsibility?.offices.length ?? 0) > 0)).map((p) => p.id);
}
