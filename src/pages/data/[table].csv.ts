/** /data/<table>.csv: measures, indicators, themes, entities — UTF-8 with BOM so that Excel opens them correctly; each also as .xlsx. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getTable, TABLE_NAMES, type TableName } from "../../lib/data-tables.ts";
import { csvOf } from "../../lib/open-data.ts";

export const getStaticPaths: GetStaticPaths = () => TABLE_NAMES.map((table) => ({ params: { table } }));

export const GET: APIRoute = async ({ params, site }) => {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  return new Response(csvOf(await getTable(params.table as TableName, absolute)), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
