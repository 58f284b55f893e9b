/** /data/schema/<name>.schema.json: the JSON Schema of each published JSON file, generated from the zod schemas the build itself checks against. */
import type { APIRoute, GetStaticPaths } from "astro";
import { OPEN_DATA_FILES, openDataJsonSchema, type OpenDataFile } from "../../../schema/open-data.ts";

export const getStaticPaths: GetStaticPaths = () => OPEN_DATA_FILES.map((file) => ({ params: { name: file.name }, props: { file } }));

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(openDataJsonSchema(props.file as OpenDataFile), null, 2) + "\n", { headers: { "Content-Type": "application/schema+json; charset=utf-8" } });
