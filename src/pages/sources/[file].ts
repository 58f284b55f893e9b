/** /sources/<file>: each original document, byte for byte as it was published. */
import type { APIRoute, GetStaticPaths } from "astro";
import { readSourceBytes, DEFAULT_PATHS } from "../../io/read-source.ts";
import { getPlans } from "../../lib/plans.ts";
import { incrementalPaths } from "../../lib/incremental.ts";

// the props are the file's SHA-256 (checked when the plan was read), so a file is copied again only when its bytes change
export const getStaticPaths: GetStaticPaths = async () =>
  incrementalPaths("sources/[file]", (await getPlans()).map((plan) => ({ params: { file: plan.source.file }, props: { sha256: plan.source.sha256 } })));

export const GET: APIRoute = async ({ params }) => {
  const { bytes } = await readSourceBytes(DEFAULT_PATHS.seeds, params.file!);
  return new Response(new Uint8Array(bytes));
};
