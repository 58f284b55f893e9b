/** Content-layer loaders for the lists the editor keeps in data/: indicators, reported values, themes, entities. */
import type { Loader } from "astro/loaders";
import { loadEntities, loadIndicators, loadIndicatorValues, loadProgress, loadThemes, type Paths } from "../io/read-source.ts";
import { loadSiteIdentity } from "../io/site-identity.ts";

interface Entry {
  id: string;
  data: Record<string, unknown>;
}

/** Returns a loader that replaces the store with `read()`'s entries; a bad CSV row stops the build with file:line:column. */
function csvLoader(name: string, read: () => Promise<Entry[]>): Loader {
  return {
    name,
    load: async ({ store, parseData, generateDigest }) => {
      const entries = await read();
      store.clear();
      for (const { id, data } of entries) store.set({ id, data: await parseData({ id, data }), digest: generateDigest(data) });
    },
  };
}

/** The indicator dictionary, one entry per indicator id. */
export const indicatorLoader = (paths: Paths): Loader =>
  csvLoader("indicator-loader", async () => (await loadIndicators(paths)).map((indicator) => ({ id: indicator.id, data: indicator })));

/** Reported values (results, and any target not stated in a plan), one entry per indicator, year and kind. */
export const indicatorValueLoader = (paths: Paths): Loader =>
  csvLoader("indicator-value-loader", async () =>
    (await loadIndicatorValues(paths)).map((value) => ({ id: `${value.indicator}-${value.year}-${value.kind}${value.jurisdiction ? `-${value.jurisdiction}` : ""}`, data: value })),
  );

/** The themes, one entry per theme id. */
export const themeLoader = (paths: Paths): Loader =>
  csvLoader("theme-loader", async () => (await loadThemes(paths)).map((theme) => ({ id: theme.id, data: theme })));

/** The enterprises, projects and parks, one entry per entity id. */
export const entityLoader = (paths: Paths): Loader =>
  csvLoader("entity-loader", async () => (await loadEntities(paths)).map((entity) => ({ id: entity.id, data: entity })));

/** The progress rows (data/progress.csv), one entry per row: plan, item, date and source. */
export const progressLoader = (paths: Paths): Loader =>
  csvLoader("progress-loader", async () =>
    (await loadProgress(paths, (await loadSiteIdentity()).info.defaultJurisdiction)).map((record, i) => ({ id: `${record.plan}-${record.item}-${i + 1}`, data: record })),
  );
