/** open-data: records as published files — JSON, and CSV that Excel opens (UTF-8 with BOM). */
import { stringify } from "csv-stringify/sync";
import type { IndicatorSeries } from "../schema/indicator-series.ts";
import type { Theme } from "../schema/theme.ts";
import type { Entity } from "../schema/entity.ts";
import type { Plan } from "../schema/plan.ts";
import { indicatorPath, planPlacePath } from "./urls.ts";
import { OPEN_DATA_VERSION } from "../schema/open-data.ts";
import { tableXlsx } from "./xlsx.ts";
import type { PlanProgress } from "../model/progress.ts";
import { STATUS_LABEL } from "../pipeline/status.ts";

type Absolute = (path: string) => string;

/** Returns each series with the address of its page, for data/indicators.json. */
export function indicatorRecords(all: IndicatorSeries[], absolute: Absolute) {
  return all.map((s) => ({ formatVersion: OPEN_DATA_VERSION, ...s, url: absolute(indicatorPath(s.key)) }));
}

export const INDICATOR_CSV_COLUMNS = [
  "indicator", "name", "category", "year", "kind", "value", "unit", "redacted", "qualifier", "status", "source", "source_date", "place", "url", "text", "note", "jurisdiction",
] as const; // jurisdiction last: added in format 1 (fields are only ever added); empty on a one-jurisdiction site

/** A published table: its columns in order and its rows, each a record keyed by column; written as CSV and as .xlsx. */
export interface Table {
  columns: readonly string[];
  rows: Record<string, string | number>[];
}

/** Returns a table as CSV, UTF-8 with a BOM and CRLF line ends, so that Excel reads it as UTF-8. */
export function csvOf(table: Table): string {
  return "\uFEFF" + stringify(table.rows, { header: true, columns: [...table.columns], record_delimiter: "windows" });
}

/** Returns a table as an Excel workbook, its sheet named `sheet`: any spreadsheet opens it without being told the encoding. */
export function xlsxOf(table: Table, sheet: string): Promise<Uint8Array> {
  return tableXlsx(sheet, table.columns, table.rows.map((row) => table.columns.map((c) => row[c] ?? "")));
}

/**
 * Returns data/indicators.csv's table: one row per observation (target, 力争 target or result). A
 * redacted value is an empty cell with redacted = true — never 0; url points at the place in the plan
 * that states a target.
 */
export function indicatorTable(all: IndicatorSeries[], absolute: Absolute): Table {
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
      jurisdiction: o.jurisdiction ?? "",
    })),
  );
  return { columns: INDICATOR_CSV_COLUMNS, rows };
}

/** Returns data/themes.csv's table as the site uses it (keywords joined by |). */
export function themeTable(themes: Theme[]): Table {
  return { columns: ["id", "name", "keywords", "description"], rows: themes.map((t) => ({ id: t.id, name: t.name, keywords: t.keywords.join("|"), description: t.description ?? "" })) };
}

/** Returns data/entities.csv's table as the site uses it (ids filled in, aliases joined by |). */
export function entityTable(entities: Entity[]): Table {
  return { columns: ["id", "name", "kind", "aliases"], rows: entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, aliases: e.aliases.join("|") })) };
}

export const MEASURE_CSV_COLUMNS = ["plan", "year", "section", "number", "anchor", "title", "offices", "themes", "entities", "commitments", "url"] as const;

/**
 * Returns data/measures.csv's table: one row per measure of every plan (oldest first) — its plan, year,
 * section heading, number (empty when unnumbered), title, offices, themes and entities by name, and
 * its commitments as written (redactions kept as in the source), joined by "；".
 */
export function measureTable(plans: Plan[], labels: { themes: Map<string, string>; entities: Map<string, string> }, absolute: (path: string) => string): Table {
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
  return { columns: MEASURE_CSV_COLUMNS, rows };
}

/** Returns data/progress.json's records: every item of every plan (oldest plan first), its target, its status and each report's word on it. */
export function progressRecords(plans: Plan[], progress: Map<string, PlanProgress>, absolute: Absolute) {
  return [...plans].sort((a, b) => a.year - b.year || a.id.localeCompare(b.id)).flatMap((plan) =>
    (progress.get(plan.id)?.items ?? []).map((i) => ({
      formatVersion: OPEN_DATA_VERSION, plan: plan.id, item: i.item, kind: i.kind, place: i.place, text: i.text, indicator: i.indicator,
      url: absolute(planPlacePath(plan.id, i.anchor)), target: i.target, status: i.status, entries: i.entries,
    })),
  );
}

export const PROGRESS_CSV_COLUMNS = [
  "plan", "item", "kind", "place", "text", "target_value", "target_unit", "target_redacted", "target_qualifier", "direction",
  "as_of", "period", "elapsed", "value", "unit", "redacted", "actual_in_target_unit", "share", "rule", "status", "status_label", "words",
  "quote", "source", "source_report", "source_line", "source_url", "url",
] as const;

/**
 * Returns data/progress.csv's table: one row per report's word on an item, with every input of the rule
 * that judged it (target, direction, elapsed share, the result in the target's unit, the share reached);
 * an item no report speaks to has one row saying no-report. Withheld values are empty cells with
 * redacted = true — never 0.
 */
export function progressTable(plans: Plan[], progress: Map<string, PlanProgress>, absolute: Absolute): Table {
  const cell = (n: number | null | undefined) => n ?? "";
  const rows = progressRecords(plans, progress, absolute).flatMap((i) => {
    const item = {
      plan: i.plan, item: i.item, kind: i.kind, place: i.place, text: i.text,
      target_value: cell(i.target?.value), target_unit: i.target?.unit ?? "", target_redacted: i.target ? String(i.target.redacted) : "", target_qualifier: i.target?.qualifier ?? "", url: i.url,
    };
    if (i.entries.length === 0) return [{ ...item, rule: i.status.rule, status: i.status.code, status_label: STATUS_LABEL[i.status.code] }];
    return i.entries.map((e) => ({
      ...item, direction: e.judgement.direction ?? "", as_of: e.asOf ?? "", period: e.period ?? "", elapsed: e.elapsed, value: cell(e.value), unit: e.unit ?? "", redacted: String(e.redacted),
      actual_in_target_unit: cell(e.judgement.actual), share: cell(e.judgement.share), rule: e.judgement.rule, status: e.judgement.code, status_label: STATUS_LABEL[e.judgement.code], words: e.words ?? "",
      quote: e.quote ?? "", source: e.source.title, source_report: e.source.report ?? "", source_line: cell(e.source.line),
      source_url: e.source.report ? absolute(planPlacePath(e.source.report, e.source.anchor)) : e.source.url ?? "",
    }));
  });
  return { columns: PROGRESS_CSV_COLUMNS, rows };
}
