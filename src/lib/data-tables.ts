/** data-tables: the tables /data/ offers as CSV and .xlsx — measures, indicators, progress, themes, entities — each made once from the site's records. */
import { getSiteModel } from "./site-model.ts";
import { entityTable, indicatorTable, measureTable, progressTable, themeTable, type Table } from "./open-data.ts";

/** The tables, by the name of their files: data/<name>.csv and data/<name>.xlsx. */
export const TABLE_NAMES = ["measures", "indicators", "progress", "themes", "entities"] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Returns the table `name`; `absolute` turns a site path into the address the table links to. */
export async function getTable(name: TableName, absolute: (path: string) => string): Promise<Table> {
  const { plans, labels, series, themes, entities, progress } = await getSiteModel();
  if (name === "measures") return measureTable(plans, labels, absolute);
  if (name === "progress") return progressTable(plans, progress, absolute);
  if (name === "indicators") return indicatorTable(series, absolute);
  return name === "themes" ? themeTable(themes) : entityTable(entities);
}
