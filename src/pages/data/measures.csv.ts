/** /data/measures.csv: one row per measure of every plan — plan, year, section, number, title, offices, themes, commitments, URL. */
import type { APIRoute } from "astro";
import { getPlans } from "../../lib/plans.ts";
import { getLabels } from "../../lib/compare.ts";
import { measureCsv } from "../../lib/open-data.ts";

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  return new Response(measureCsv(await getPlans(), await getLabels(), absolute), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
