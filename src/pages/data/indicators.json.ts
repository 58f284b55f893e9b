/** /data/indicators.json: every indicator with its targets, results (each with its source) and the plan passages naming it. */
import type { APIRoute } from "astro";
import { getSiteModel } from "../../lib/site-model.ts";
import { indicatorRecords } from "../../lib/open-data.ts";

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const body = JSON.stringify(indicatorRecords((await getSiteModel()).series, absolute), null, 2) + "\n";
  return new Response(body, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
