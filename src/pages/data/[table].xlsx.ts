/** /data/<table>.xlsx: the same tables as the CSV files, as Excel workbooks that LibreOffice, WPS and Excel open without an encoding question. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getTable, TABLE_NAMES, type TableName } from "../../lib/data-tables.ts";
import { xlsxOf } from "../../lib/open-data.ts";

export const getStaticPaths: GetStaticPaths = () => TABLE_NAMES.map((table) => ({ params: { table } }));

export const GET: APIRoute = async ({ params, site }) => {
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const body = await xlsxOf(await getTable(params.table as TableName, absolute), params.table!);
  return new Response(new Uint8Array(body), { headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } });
};
