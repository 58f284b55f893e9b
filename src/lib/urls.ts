/** urls: every internal link goes through here, so the site works under any base path. */

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, "/");

/** Returns the site path for `path` ("plans/x/") under the configured base ("/xxgk/jhzj/plans/x/"). */
export function href(path = ""): string {
  return BASE + path.replace(/^\//, "");
}

export const planPath = (id: string) => href(`plans/${id}/`);
export const planJsonPath = (id: string) => href(`data/plans/${id}.json`);
export const sourcePath = (file: string) => href(`sources/${file}`);
