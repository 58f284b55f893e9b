/** /data/<table>.xlsx: the same tables as the CSV files, as Excel workbooks that LibreOffice, WPS and Excel open without an encoding question; written again only when its table changed (incremental). */
import type { APIRoute, GetStaticPaths } from "astro";
import { getTable, TABLE_NAMES } from "../../lib/data-tables.ts";
import { xlsxOf } from "../../lib/open-data.ts";
import { incrementalPaths } from "../../lib/incremental.ts";

type Table = Awaited<ReturnType<typeof getTable>>;

export const getStaticPaths: GetStaticPaths = async () => {
  const site = import.meta.env.SITE;
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  return incrementalPaths("data/[table].xlsx", await Promise.all(TABLE_NAMES.map(async (table) => ({ params: { table }, props: { rows: await getTable(table, absolute) } }))));
};

export const GET: APIRoute = async ({ params, props }) => {
  const body = await xlsxOf((props as { rows: Table }).rows, params.table!);
  return new Response(new Uint8Array(body), { headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } });
};
