// The two Pagefind bundles of a built site, which /search/ merges: the plans' text (written from the parsed
// plans while Astro renders, scripts/index-plans.ts) and the hub pages (read from the built HTML after it).
// Plain JavaScript: scripts/build.mjs (plain Node) and the search page (Astro) both read it.

/** The folder of the plans' bundle. */
export const PLAN_BUNDLE = "pagefind";
/** The folder of the hub pages' bundle (indicators, themes, entities, offices). */
export const PAGE_BUNDLE = "pagefind-pages";
