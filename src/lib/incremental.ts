/**
 * incremental: which paths of a route this build renders. A route opts in by returning
 * `incrementalPaths(output, paths)` from getStaticPaths; each path gets a digest of everything its page
 * reads — its props, plus what every page reads (siteDigest: the code of src/, the libraries, the site's
 * identity and names, the base path and address) — and is rendered only when the last good site has no
 * file made from the same digest. The others are copied from the last good site after Astro
 * (scripts/lib/incremental.mjs). The contract for a page that opts in: it renders from its props and
 * siteDigest's inputs alone (test/architecture/incremental.test.ts checks that it reads no collection, site
 * model or PDF list outside getStaticPaths); test/site/incremental.test.ts checks that an incremental
 * build is byte-identical to a clean one. Routes that do not opt in are rendered by every build.
 */
import { createHash } from "node:crypto";
import { codeVersion } from "../io/code-version.ts";
import { isReusable, recordRoutes } from "../io/route-manifest.ts";
import { perBuild } from "./per-build.ts";
import { getPlans } from "./plans.ts";
import { getSiteIdentity, siteNames } from "./site-identity.ts";

/** Returns the SHA-256 of `values` as JSON, with Maps and Sets written as their entries (plain JSON would drop them). */
export function digestOf(...values: unknown[]): string {
  const json = JSON.stringify(values, (_key, value: unknown) =>
    value instanceof Map ? { map: [...value.entries()] } : value instanceof Set ? { set: [...value] } : value === undefined ? null : value,
  );
  return createHash("sha256").update(json).digest("hex");
}

const objectDigests = new WeakMap<object, string>();

/**
 * Returns the digest of props: of each top-level value, an object's digest computed once per object (the
 * site model's records — a plan read by its page, summary and JSON — are shared and never changed while a
 * build runs; in dev each request makes new ones).
 */
function propsDigest(props: unknown): string {
  if (props === null || typeof props !== "object") return digestOf(props);
  const parts = Object.entries(props).map(([key, value]) => {
    if (value === null || typeof value !== "object") return [key, value];
    if (!objectDigests.has(value)) objectDigests.set(value, digestOf(value));
    return [key, objectDigests.get(value)];
  });
  return digestOf(parts);
}

/** The digest of what every page reads besides its props: all of src/ (pages, components, styles), the lock file, data/site.csv and portal/ (as read), the site's names, the base path and address, the time zone. */
export const siteDigest = perBuild(async (): Promise<string> => {
  const { info, portal } = await getSiteIdentity();
  const names = siteNames(info, await getPlans());
  const code = codeVersion(process.cwd(), ["src", "astro.config.mjs"], [""]);
  return digestOf(code, info, portal, names.name, names.website, names.title("·"), import.meta.env.BASE_URL, import.meta.env.SITE ?? null, process.env.TZ ?? null);
});

/** Returns the site file a path of the route writes: `output` ("plans/[id]/index.html") with each [param] filled in. */
export function outputFile(output: string, params: Record<string, string | number | undefined>): string {
  return output.replace(/\[(\w+)\]/g, (_m, name: string) => String(params[name] ?? "")); // [id] placeholder
}

type Params = Record<string, string | number | undefined>;

/** Returns the digest of the page `output` writes for `params` with `props`: what decides its bytes. */
export async function routeDigest(output: string, params: Params, props: unknown): Promise<string> {
  return digestOf(await siteDigest(), output, params, propsDigest(props ?? null));
}

/**
 * Returns the paths of `paths` whose output file the last good site cannot supply (all of them outside an
 * incremental build), and records every path's file and digest. `output` names the file a path writes, as
 * outputFile() fills it in; it also names the route in the record. `pdf` names the PDF a page is printed to
 * (under pdf/), for the build's printing step.
 */
export async function incrementalPaths<T extends { params: Params; props?: unknown }>(output: string, paths: T[], { pdf }: { pdf?: (params: Params) => string } = {}): Promise<T[]> {
  const records = await Promise.all(paths.map(async (path) => {
    const file = outputFile(output, path.params);
    const digest = await routeDigest(output, path.params, path.props);
    return { path, file, digest, reused: isReusable(file, digest), ...(pdf ? { pdf: pdf(path.params) } : {}) };
  }));
  recordRoutes(output, records.map(({ path: _path, ...record }) => record));
  return records.filter((r) => !r.reused).map((r) => r.path);
}
