/** urls: every internal link goes through here, so the site works under any base path. */

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, "/");

/** Returns the site path for `path` ("plans/x/") under the configured base ("/xxgk/jhzj/plans/x/"). */
export function href(path = ""): string {
  return BASE + path.replace(/^\//, "");
}

export const planPath = (id: string) => href(`plans/${id}/`);
export const planJsonPath = (id: string) => href(`data/plans/${id}.json`);
/** Returns the link to an original file: its name percent-encoded (spaces and Chinese names are common in file names). */
export const sourcePath = (file: string) => href(`sources/${encodeURIComponent(file)}`);
export const indicatorPath = (id: string) => href(`indicators/${id}/`);
/** Returns the link to a place in a plan: /plans/<id>/#m-13. */
export const planPlacePath = (plan: string, anchor: string | null) => planPath(plan) + (anchor ? `#${anchor}` : "");
export const comparePath = (id: string) => href(`compare/${id}/`);
export const compareJsonPath = (id: string) => href(`data/compare/${id}.json`);
export const themePath = (id: string) => href(`themes/${id}/`);
export const entityPath = (id: string) => href(`entities/${id}/`);
export const printPath = (id: string) => href(`plans/${id}/print/`);
export const pdfPath = (file: string) => href(`pdf/${file}`);
export const officePath = (slug: string) => href(`offices/${slug}/`);
export const bureauPath = (slug: string) => href(`bureaus/${slug}/`);
