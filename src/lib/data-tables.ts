/** data-tables: the tables /data/ offers as CSV and .xlsx — measures, indicators, themes, entities — each made once from the site's records. */
import { getPlans } from "./plans.ts";
import { getLabels, getLists } from "./compare.ts";
import { getIndicatorSeries } from "./indicators.ts";
import { entityTable, indicatorTable, measureTable, themeTable, type Table } from "./open-data.ts";

/** The tables, by the name of their files: data/<name>.csv and data/<name>.xlsx. */
export const TABLE_NAMES = ["measures", "indicators", "themes", "entities"] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Returns the table `name`; `absolute` turns a site path into the address the table links to. */
export async function getTable(name: TableName, absolute: (path: string) => string): Promise<Table> {
  if (name === "measures") return measureTable(await getPlans(), await getLabels(), absolute);
  if (name === "indicators") return indicatorTable(await getIndicatorSeries(), absolute);
  const { themes, entities } = await getLists();
  return name === "themes" ? themeTable(themes) : entityTable(entities);
}
