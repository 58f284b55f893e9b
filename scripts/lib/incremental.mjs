// Incremental publishing, after Astro. The routes that opt in (src/lib/incremental.ts) recorded, in the
// folder $ROUTES_DIR, each output file with the digest of what its page read, and whether the last good
// site already holds that file made from the same digest (then Astro skipped it). Here those files are
// copied from the last good site into the staged one, and the manifest of the new site is written for the
// next build: each recorded file's digest and the SHA-256 of its bytes (src/io/route-manifest.ts reads it).
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Returns every output file the routes recorded (see RouteRecord in src/io/route-manifest.ts), sorted by file. */
export function readRouteRecords(routesDir) {
  if (!existsSync(routesDir)) return [];
  const records = readdirSync(routesDir).filter((f) => f.endsWith(".json")).flatMap((f) => JSON.parse(readFileSync(join(routesDir, f), "utf8")));
  return records.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Copies the files Astro skipped (`reused`) from the last good site `final` into `staged`; returns their paths. */
export function copyReusedFiles(records, staged, final) {
  const reused = records.filter((r) => r.reused).map((r) => r.file);
  for (const file of reused) {
    mkdirSync(dirname(join(staged, file)), { recursive: true });
    copyFileSync(join(final, file), join(staged, file));
  }
  return reused;
}

/**
 * Returns the manifest of the staged site: each recorded file's digest and SHA-256 (a reused file's is the
 * last manifest's, checked before reuse). A file not where its record says (Astro named it otherwise) is
 * left out, so it is rendered by every build rather than ever copied wrongly.
 */
export function siteManifest(records, staged, previousManifestFile) {
  const previous = readManifest(previousManifestFile);
  const routes = {};
  for (const { file, digest, reused } of records) {
    if (!reused && !existsSync(join(staged, file))) continue;
    const sha256 = reused ? previous.routes[file].sha256 : createHash("sha256").update(readFileSync(join(staged, file))).digest("hex");
    routes[file] = { digest, sha256 };
  }
  return { version: 1, routes };
}

/** Returns one SHA-256 over every file under `dir` (relative names and bytes); null when there is no `dir`. */
export function treeHash(dir) {
  if (!existsSync(dir)) return null;
  const hash = createHash("sha256");
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name)).sort();
  for (const f of files) hash.update(f.slice(dir.length)).update("\0").update(readFileSync(f));
  return hash.digest("hex");
}

/** Writes `manifest` to `file` atomically (a temporary file renamed over it): once the site it describes is published. */
export function writeManifest(manifest, file) {
  writeFileSync(`${file}.tmp`, JSON.stringify(manifest));
  renameSync(`${file}.tmp`, file);
}

/** Returns the manifest in `file`, or an empty one. */
export function readManifest(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return { version: 1, routes: {} };
  }
}
