/** /pdf/<id>.pdf and /pdf/<id>-summary.pdf: the printed plan and summary, when `npm run pdf` made them. */
import type { APIRoute, GetStaticPaths } from "astro";
import { listPdfs, readPdf } from "../../io/pdfs.ts";

export const getStaticPaths: GetStaticPaths = () => listPdfs().map((file) => ({ params: { file } }));

export const GET: APIRoute = async ({ params }) => new Response(new Uint8Array(await readPdf(params.file!)), { headers: { "Content-Type": "application/pdf" } });
