/** /data/plans.json: the index of the open data — one entry per plan (open data format v1). */
import type { APIRoute } from "astro";
import { getPlans } from "../../lib/plans.ts";
import { planJsonPath, planPath } from "../../lib/urls.ts";
import { OPEN_DATA_VERSION } from "../../schema/open-data.ts";

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const index = (await getPlans()).map((p) => ({
    formatVersion: OPEN_DATA_VERSION,
    id: p.id,
    year: p.year,
    title: p.title,
    issuer: p.issuer,
    url: absolute(planPath(p.id)),
    json: absolute(planJsonPath(p.id)),
  }));
  return new Response(JSON.stringify(index, null, 2) + "\n", { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
