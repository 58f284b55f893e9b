/** /data/progress.json: every plan item with each report's word on it, the quote, and its status by the published rule with the numbers used. */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../lib/site-model.ts";
import { progressRecords } from "../../lib/open-data.ts";

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const { plans, progress } = await getSiteModel();
  return new Response(JSON.stringify(progressRecords(plans, progress, absolute), null, 2) + "\n", { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
