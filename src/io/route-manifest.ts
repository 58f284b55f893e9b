/**
 * route-manifest: what an incremental build knows of the last good site — each output file's route digest
 * and the SHA-256 of its bytes ($PREVIOUS_ROUTES, written by scripts/lib/incremental.mjs beside the site
 * $PREVIOUS_SITE) — and where this build records its own routes ($ROUTES_DIR). Without these variables
 * (astro dev, a bare astro build) nothing is reused and nothing is recorded.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** One output file of the last good site: the digest of what its page read, and the SHA-256 of its bytes. */
export interface RouteEntry {
  digest: string;
  sha256: string;
}

/** The manifest kept beside a published site: its output files (relative paths) and what they were made from. */
export interface RouteManifest {
  version: 1;
  routes: Record<string, RouteEntry>;
}

/** What this build decided for one output file of a route. */
export interface RouteRecord {
  file: string; // relative to the site, / separators
  digest: string;
  reused: boolean; // copied from the last good site rather than rendered
  pdf?: string; // the PDF the page is printed to, under pdf/
}

let previous: RouteManifest | null | undefined;

/** Returns the last good site's manifest, read once; null when there is none or it cannot be read (everything is rendered). */
function previousManifest(): RouteManifest | null {
  if (previous !== undefined) return previous;
  const file = process.env.PREVIOUS_ROUTES;
  try {
    const parsed = file && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as RouteManifest) : null;
    previous = parsed?.version === 1 && process.env.PREVIOUS_SITE ? parsed : null;
  } catch {
    previous = null; // a damaged manifest costs a full build, never a wrong page
  }
  return previous;
}

/**
 * Returns whether the last good site's `file` can stand for this build's: its manifest gives the same
 * digest, and the file is there with the bytes the manifest recorded (so a site edited or half-replaced
 * by hand is never trusted).
 */
export function isReusable(file: string, digest: string): boolean {
  const entry = previousManifest()?.routes[file];
  if (!entry || entry.digest !== digest) return false;
  const path = join(process.env.PREVIOUS_SITE!, file);
  return existsSync(path) && createHash("sha256").update(readFileSync(path)).digest("hex") === entry.sha256;
}

/** Records the output files of one route (named by `key`) for scripts/lib/incremental.mjs; does nothing outside an incremental build. */
export function recordRoutes(key: string, records: RouteRecord[]): void {
  const dir = process.env.ROUTES_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${createHash("sha256").update(key).digest("hex").slice(0, 16)}.json`), JSON.stringify(records));
}
