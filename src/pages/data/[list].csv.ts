/** /data/themes.csv and /data/entities.csv: the editor's lists as the site applied them, UTF-8 with BOM. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getLists } from "../../lib/compare.ts";
import { entityCsv, themeCsv } from "../../lib/open-data.ts";

export const getStaticPaths: GetStaticPaths = () => [{ params: { list: "themes" } }, { params: { list: "entities" } }];

export const GET: APIRoute = async ({ params }) => {
  const { themes, entities } = await getLists();
  const body = params.list === "themes" ? themeCsv(themes) : entityCsv(entities);
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
