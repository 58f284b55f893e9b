/** /data/indicators.csv: one row per target or result, UTF-8 with BOM so that Excel opens it correctly. */
import type { APIRoute } from "astro";
import { getIndicatorSeries } from "../../lib/indicators.ts";
import { indicatorCsv } from "../../lib/open-data.ts";

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  return new Response(indicatorCsv(await getIndicatorSeries(), absolute), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
