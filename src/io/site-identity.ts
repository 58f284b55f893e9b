/**
 * site-identity: reads what the site says about itself from disk, once per build — data/site.csv (the
 * website and column, its sponsor, registration numbers) and portal/header.html, portal/footer.html (the
 * county portal's page chrome). All three are optional: a missing file means nothing is known or given.
 */
import { lstat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { readCsv } from "../pipeline/csv.ts";
import { decodeText } from "../pipeline/decode.ts";
import { InputError, type Problem } from "../pipeline/input-error.ts";
import { LIMITS } from "../pipeline/limits.ts";
import { checkPortalFragment } from "../pipeline/portal.ts";
import { NO_SITE_INFO, readSiteInfo } from "../pipeline/site-info.ts";
import type { PortalChrome, SiteInfo } from "../schema/site.ts";
import { collectProblems, readRegularFile } from "./read-source.ts";

export interface IdentityPaths {
  site: string; // data/site.csv
  portal: string; // portal/ (header.html, footer.html)
}

export const IDENTITY_PATHS: IdentityPaths = { site: "data/site.csv", portal: "portal" };

export interface SiteIdentity {
  info: SiteInfo;
  portal: PortalChrome;
  notes: Problem[]; // what the build says about the inputs without stopping (a <script> in a fragment)
}

/** Returns whether anything is at `path` (a file, or a link or folder that readRegularFile then refuses by name). */
async function present(path: string): Promise<boolean> {
  return lstat(path).then(() => true, () => false);
}

/** Returns the identity in data/site.csv, or nothing known when there is no such file; throws InputError on a bad row (see readSiteInfo). */
export async function loadSiteInfo(paths: IdentityPaths = IDENTITY_PATHS): Promise<SiteInfo> {
  if (!(await present(paths.site))) return NO_SITE_INFO;
  const bytes = await readRegularFile(dirname(paths.site), basename(paths.site), LIMITS.csvBytes);
  return readSiteInfo(readCsv(bytes, paths.site));
}

/** Returns one fragment of the portal's chrome as text (UTF-8 or GBK, as decodeText reads), or null when the file is not there. */
async function loadFragment(dir: string, name: string, notes: Problem[]): Promise<string | null> {
  const file = `${dir}/${name}`;
  if (!(await present(join(dir, name)))) return null;
  const { text } = decodeText(await readRegularFile(dir, name, LIMITS.portalBytes), file);
  const check = checkPortalFragment(text, file);
  if (check.problems.length) throw new InputError(check.problems);
  notes.push(...check.notes);
  return text;
}

/** Returns the portal's header and footer fragments; throws InputError for a fragment that cannot be used as it is (see checkPortalFragment). */
export async function loadPortalChrome(paths: IdentityPaths = IDENTITY_PATHS, notes: Problem[] = []): Promise<PortalChrome> {
  const problems: Problem[] = [];
  const [header, footer] = await Promise.all(["header.html", "footer.html"].map((name) => collectProblems(problems, () => loadFragment(paths.portal, name, notes))));
  if (problems.length) throw new InputError(problems);
  return { header: header ?? null, footer: footer ?? null };
}

/** Returns everything the site says about itself; throws one InputError listing every problem of data/site.csv and portal/. */
export async function loadSiteIdentity(paths: IdentityPaths = IDENTITY_PATHS): Promise<SiteIdentity> {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const [info, portal] = await Promise.all([collectProblems(problems, () => loadSiteInfo(paths)), collectProblems(problems, () => loadPortalChrome(paths, notes))]);
  if (problems.length || !info || !portal) throw new InputError(problems);
  return { info, portal, notes };
}
