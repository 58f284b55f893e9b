/** /data/compare/<a>-<b>.json: the comparison of two consecutive plans, as on /compare/<a>-<b>/. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteModel } from "../../../lib/site-model.ts";
import { incrementalPaths } from "../../../lib/incremental.ts";
import { publishedComparison } from "../../../lib/compare-words.ts";
import { OPEN_DATA_VERSION } from "../../../schema/open-data.ts";

export const getStaticPaths: GetStaticPaths = async () =>
  incrementalPaths("data/compare/[pair].json", (await getSiteModel()).comparisons.map((comparison) => ({ params: { pair: comparison.id }, props: { comparison } })));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify({ formatVersion: OPEN_DATA_VERSION, ...publishedComparison(props.comparison) }, null, 2) + "\n", { headers: { "Content-Type": "application/json; charset=utf-8" } });
