/** /sources/<file>: each original document, byte for byte as it was published. */
import type { APIRoute, GetStaticPaths } from "astro";
import { readSourceBytes, DEFAULT_PATHS } from "../../io/read-source.ts";
import { getPlans } from "../../lib/plans.ts";

export const getStaticPaths: GetStaticPaths = async () =>
  (await getPlans()).map((plan) => ({ params: { file: plan.source.file } }));

export const GET: APIRoute = async ({ params }) => {
  const { bytes } = await readSourceBytes(DEFAULT_PATHS.seeds, params.file!);
  return new Response(new Uint8Array(bytes));
};
