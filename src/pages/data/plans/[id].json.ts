/** /data/plans/<id>.json: one whole Plan record (open data format v1). */
import type { APIRoute, GetStaticPaths } from "astro";
import { getPlans } from "../../../lib/plans.ts";
import { incrementalPaths } from "../../../lib/incremental.ts";
import { OPEN_DATA_VERSION } from "../../../schema/open-data.ts";

export const getStaticPaths: GetStaticPaths = async () =>
  incrementalPaths("data/plans/[id].json", (await getPlans()).map((plan) => ({ params: { id: plan.id }, props: { plan } })));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify({ formatVersion: OPEN_DATA_VERSION, ...props.plan }, null, 2) + "\n", { headers: { "Content-Type": "application/json; charset=utf-8" } });
