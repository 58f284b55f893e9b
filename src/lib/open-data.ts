/** open-data: records as published files — JSON, and CSV that Excel opens (UTF-8 with BOM). */
import { stringify } from "csv-stringify/sync";
import type { IndicatorSeries } from "../schema/indicator-series.ts";
import type { Theme } from "../schema/theme.ts";
import type { Entity } from "../schema/entity.ts";
import type { Plan } from "../schema/plan.ts";
import { indicatorPath, planPlacePath } from "./urls.ts";

type Absolute = (path: string) => string;

/** Returns each series with the address of its page, for data/indicators.json. */
export function indicatorRecords(all: IndicatorSeries[], absolute: Absolute) {
  return all.map((s) => ({ ...s, url: absolute(indicatorPath(s.id)) }));
}

export const INDICATOR_CSV_COLUMNS = [
  "indicator", "name", "category", "year", "kind", "value", "unit", "redacted", "qualifier", "status", "source", "source_date", "place", "url", "text", "note",
] as const;

/**
 * Returns data/indicators.csv: a header, then one row per observation (target, 力争 target or result),
 * with a BOM so that Excel reads it as UTF-8. A redacted value is an empty cell with redacted = true —
 * never 0; url points at the place in the plan that states a target.
 */
export function indicatorCsv(all: IndicatorSeries[], absolute: Absolute): string {
  const rows = all.flatMap((s) =>
    s.observations.map((o) => ({
      indicator: s.id,
      name: s.name,
      category: s.category,
      year: o.year,
      kind: o.kind,
      value: o.value ?? "",
      unit: o.unit ?? "",
      redacted: o.redacted ? "true" : "false",
      qualifier: o.qualifier ?? "",
      status: o.status ?? "",
      source: o.source.title,
      source_date: o.source.date ?? "",
      place: o.source.place ?? "",
      url: o.source.plan ? absolute(planPlacePath(o.source.plan, o.source.anchor)) : "",
      text: o.text ?? "",
      note: o.note ?? "",
    })),
  );
  return "\uFEFF" + stringify(rows, { header: true, columns: [...INDICATOR_CSV_COLUMNS], record_delimiter: "windows" });
}

/** Returns data/themes.csv as the site uses it (keywords joined by |), UTF-8 with BOM. */
export function themeCsv(themes: Theme[]): string {
  return "\uFEFF" + stringify(themes.map((t) => ({ ...t, keywords: t.keywords.join("|"), description: t.description ?? "" })), { header: true, columns: ["id", "name", "keywords", "description"], record_delimiter: "windows" });
}

/** Returns data/entities.csv as the site uses it (ids filled in, aliases joined by |), UTF-8 with BOM. */
export function entityCsv(entities: Entity[]): string {
  return "\uFEFF" + stringify(entities.map((e) => ({ ...e, aliases: e.aliases.join("|") })), { header: true, columns: ["id", "name", "kind", "aliases"], record_delimiter: "windows" });
}

export const MEASURE_CSV_COLUMNS = ["plan", "year", "section", "number", "anchor", "title", "offices", "themes", "entities", "commitments", "url"] as const;

/**
 * Returns data/measures.csv: one row per measure of every plan (oldest first) — its plan, year,
 * section heading, number (empty when unnumbered), title, offices, themes and entities by name, and
 * its commitments as written (redactions kept as in the source), joined by "；"; UTF-8 with BOM.
 */
export function measureCsv(plans: Plan[], labels: { themes: Map<string, string>; entities: Map<string, string> }, absolute: (path: string) => string): string {
  const rows = [...plans]
    .sort((a, b) => a.year - b.year || a.id.localeCompare(b.id))
    .flatMap((plan) =>
      plan.parts.flatMap((part) =>
        part.sections.flatMap((section) =>
          section.measures.map((m) => ({
            plan: plan.id,
            year: plan.year,
            section: `${section.marker}${section.title}`,
            number: m.number ?? "",
            anchor: m.anchor,
            title: m.title,
            offices: (m.responsibility?.offices ?? []).join("；"),
            themes: m.themes.map((t) => labels.themes.get(t) ?? t).join("；"),
            entities: m.entities.map((e) => labels.entities.get(e) ?? e).join("；"),
            commitments: m.commitments.map((c) => c.text).join("；"),
            url: absolute(planPlacePath(plan.id, m.anchor)),
          })),
        ),
      ),
    );
  return "\uFEFF" + stringify(rows, { header: true, columns: [...MEASURE_CSV_COLUMNS], record_delimiter: "windows" });
}
