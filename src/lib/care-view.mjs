// 长辈版 (the care view): every page of the site again under care/, the same HTML with <html class="care">
// (care.css: larger text and targets, stronger contrast, one column) and every link to a page pointing
// into care/, so that a reader who switches it on stays in it while browsing — with no JavaScript and on
// any static host. The pages are not rendered twice: after Astro, scripts/lib/care-pages.mjs writes each
// care page from the built one with careCopy() (a string rewrite, well under a second for the seeds).
// Plain JavaScript: scripts/build.mjs (plain Node) and the layouts (Astro) both use it.
//
// Why not something lighter: a CSS switch (a checkbox, :target, ?care=1) lasts one page only, since a
// static page cannot carry it into the next; an alternate stylesheet (View → Page Style) is offered by no
// phone browser and by no Chromium, and lasts one page in Firefox. What does carry over is the address.

/** The folder of the care view, under the site's base path. */
export const CARE_DIR = "care";

/**
 * Returns the address of the same page in the other view: /base/plans/x/ ⇄ /base/care/plans/x/. `path` is
 * a page's path under `base` ("/xxgk/jhzj/plans/x/"); `toCare` says which way.
 * @param {string} base the site's base path, ending in /
 * @param {string} path
 * @param {boolean} toCare
 */
export function otherView(base, path, toCare) {
  const rest = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, "");
  if (toCare) return rest.startsWith(`${CARE_DIR}/`) ? base + rest : `${base}${CARE_DIR}/${rest}`;
  return base + (rest.startsWith(`${CARE_DIR}/`) ? rest.slice(CARE_DIR.length + 1) : rest);
}

/**
 * The switch every page shows: 长辈版 on a page of the standard view, 标准版 on its care copy. Plain
 * markup (escaped by the caller's template) so that careCopy() can find it and turn it round.
 * @param {string} href the page in the other view
 * @param {boolean} toCare
 */
export function viewSwitchHtml(href, toCare) {
  const [label, name] = toCare ? ["长辈版", "切换到长辈版：大字、高对比度，浏览其他页面时保持"] : ["标准版", "切换回标准版"];
  return `<a class="view-switch" href="${href}" aria-label="${name}" data-view-switch>${label}</a>`;
}

const SWITCH = /<a class="view-switch" href="([^"]*)" aria-label="[^"]*" data-view-switch>长辈版<\/a>/g;
const PAGE_LINK = /(\s(?:href|action)=")([^"]*)"/g;

/**
 * Returns the care copy of a built page: <html class="care">; every link and form to a page of this site
 * (an address under `base` ending in / before any ?query or #fragment, which with trailingSlash
 * "always" is what a page's address is) pointing into care/, while files (CSS, JSON, PDFs, originals)
 * keep their one address; the switch turned round; no Pagefind marks (the care copies are not indexed:
 * results link to the standard pages, and /search/ in the care view sends readers to the care copies).
 * Throws when the page is not shaped as this site's layouts make it.
 * @param {string} html
 * @param {string} base the site's base path, ending in /
 */
export function careCopy(html, base) {
  const head = '<html lang="zh-CN"';
  if (!html.includes(head)) throw new Error(`not a page of this site: no ${head}`);
  let switches = 0;
  const out = html
    .replace(head, `${head} class="care"`)
    .replace(PAGE_LINK, (whole, before, url) => {
      const path = url.split(/[?#]/)[0];
      if (!url.startsWith(base) || url.startsWith(`${base}${CARE_DIR}/`) || !path.endsWith("/")) return whole;
      return `${before}${otherView(base, url, true)}"`;
    })
    .replace(SWITCH, (_whole, href) => {
      switches++;
      return viewSwitchHtml(otherView(base, href, false), false);
    })
    .replace(/ data-pagefind-(?:body|filter|ignore|meta)(?:="[^"]*")?/g, "");
  if (switches !== 1) throw new Error(`a page of this site has one 长辈版 switch; this one has ${switches}`);
  return out;
}
