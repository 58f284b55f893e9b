/** /data/compare/<a>-<b>.json: the comparison of two consecutive plans, as on /compare/<a>-<b>/. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getComparisons } from "../../../lib/compare.ts";
import { publishedComparison } from "../../../lib/compare-words.ts";

export const getStaticPaths: GetStaticPaths = async () =>
  (await getComparisons()).map((comparison) => ({ params: { pair: comparison.id }, props: { comparison } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(publishedComparison(props.comparison), null, 2) + "\n", { headers: { "Content-Type": "application/json; charset=utf-8" } });
