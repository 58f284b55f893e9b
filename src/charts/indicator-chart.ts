/** indicatorChart: the spec of an indicator's chart — targets and results by year, undisclosed targets labelled 未公开. */
import * as Plot from "@observablehq/plot";
import type { IndicatorSeries } from "../schema/indicator-series.ts";
import type { Observation, ObservationKind } from "../schema/observation.ts";
import { formatObservation, KIND_LABEL, NO_DATA_LABEL, NO_TARGET_LABEL, observationRole } from "../lib/format.ts";
import { seriesYears } from "../pipeline/indicator-series.ts";

export const COLORS = { actual: "#0a55b8", target: "#1d1f23", stretch: "#7a4b00", muted: "#5b616b", zero: "#8a909a" };
/** Black and greys for paper: the kinds still differ by symbol (filled, open circle, open diamond). */
export const PRINT_COLORS: typeof COLORS = { actual: "#000000", target: "#000000", stretch: "#444444", muted: "#555555", zero: "#777777" };
const SYMBOL = { target: "circle", stretch: "diamond", actual: "circle" } as const;
const LINE_HEIGHT = 17; // px per line of the notes at the top of a year

interface Point {
  x: string; // 2022年
  y: number;
  kind: ObservationKind;
  label: string;
}

interface YearNote {
  x: string;
  text: string; // lines such as 目标未公开, 实际：尚无数据
  redacted: boolean;
}

/** Returns the chart's rows: a point per stated number, and per year the notes for what has no number. */
export function chartRows(series: Pick<IndicatorSeries, "years" | "observations">): { years: string[]; points: Point[]; notes: YearNote[] } {
  const years = seriesYears(series);
  const points: Point[] = series.observations
    .filter((o) => o.value !== null)
    .map((o) => ({ x: yearLabel(o.year), y: o.value!, kind: o.kind, label: pointLabel(o) }));
  const notes = years.flatMap(({ year, observations, missingTarget, missingActual }) => {
    const lines = observations.filter((o) => o.value === null).map((o) => `${KIND_LABEL[o.kind]}${formatObservation(o)}`);
    if (missingTarget) lines.push(NO_TARGET_LABEL);
    if (missingActual) lines.push(`实际：${NO_DATA_LABEL}`);
    const text = [...new Set(lines)].join("\n");
    return text ? [{ x: yearLabel(year), text, redacted: observations.some((o) => o.redacted) }] : [];
  });
  return { years: years.map((y) => yearLabel(y.year)), points, notes };
}

/**
 * Returns the Plot options for an indicator's chart at `width` px: years across (a band each), the
 * value up; results as filled dots joined by a line, targets as open circles, 力争 targets as open
 * diamonds, each labelled. What has no number — an undisclosed (未公开) or qualitative target, a
 * missing result (尚无数据) — is written at the top of its year, with a dashed rule where a target was
 * withheld. Without any number the chart keeps only the years and these notes.
 */
export function indicatorChartOptions(series: Pick<IndicatorSeries, "years" | "observations" | "unit">, width: number, colors = COLORS): Plot.PlotOptions {
  const { years, points, notes } = chartRows(series);
  const noteLines = Math.max(0, ...notes.map((n) => n.text.split("\n").length));
  const top = noteLines * LINE_HEIGHT + 12;
  const values = points.map((p) => p.y);
  const hasNumbers = values.length > 0;
  const spansZero = hasNumbers && Math.min(0, ...values) < 0;
  const of = (kind: ObservationKind) => points.filter((p) => p.kind === kind);
  return {
    width,
    height: hasNumbers ? top + 200 : top + 40,
    marginTop: 8,
    marginLeft: hasNumbers ? 52 : 16,
    marginRight: 16,
    marginBottom: 32,
    style: { fontSize: "13px", fontFamily: "inherit", overflow: "visible" },
    x: { type: "band", domain: years, label: null, padding: 0.1, tickSize: 0 },
    y: hasNumbers
      ? { domain: [Math.min(0, ...values), Math.max(0, ...values)], nice: true, grid: true, label: series.unit ? `单位：${series.unit}` : null, labelAnchor: "top", labelArrow: "none", insetTop: top, insetBottom: 28, ticks: 4 }
      : { axis: null, domain: [0, 1], insetTop: top },
    marks: [
      spansZero ? Plot.ruleY([0], { stroke: colors.zero }) : null,
      Plot.ruleX(notes.filter((n) => n.redacted), { x: "x", stroke: colors.muted, strokeDasharray: "3 4", strokeOpacity: 0.7, insetTop: top }),
      Plot.text(notes, { x: "x", text: "text", frameAnchor: "top", lineAnchor: "top", dy: 4, lineHeight: LINE_HEIGHT / 13, fill: colors.muted }),
      of("actual").length > 1 ? Plot.line(of("actual"), { x: "x", y: "y", stroke: colors.actual, strokeWidth: 2 }) : null,
      ...(["target", "stretch"] as const).map((kind) =>
        Plot.dot(of(kind), { x: "x", y: "y", symbol: SYMBOL[kind], r: 5.5, stroke: colors[kind], strokeWidth: 2, fill: "white" }),
      ),
      Plot.dot(of("actual"), { x: "x", y: "y", symbol: SYMBOL.actual, r: 5.5, fill: colors.actual, stroke: "white" }),
      Plot.text(points.filter((p) => p.kind !== "actual"), { x: "x", y: "y", text: "label", textAnchor: "end", dx: -10, fill: (p: Point) => colors[p.kind], lineAnchor: "middle" }),
      Plot.text(of("actual"), { x: "x", y: "y", text: "label", textAnchor: "start", dx: 10, fill: colors.actual, fontWeight: 700, lineAnchor: "middle" }),
    ],
  };
}

/** Returns the chart's legend entries: only the kinds of mark the chart draws. */
export function chartLegend(series: Pick<IndicatorSeries, "years" | "observations">): { key: ObservationKind | "redacted"; label: string }[] {
  const { points, notes } = chartRows(series);
  const kinds = (["actual", "target", "stretch"] as const).filter((k) => points.some((p) => p.kind === k));
  return [
    ...kinds.map((key) => ({ key, label: key === "target" && series.observations.some((o) => o.kind === "target" && o.value !== null && observationRole(o) === "措施承诺") ? "目标（标“第…条承诺”的是措施中的承诺，不是发展目标）" : KIND_LABEL[key] })),
    ...(notes.some((n) => n.redacted) ? [{ key: "redacted" as const, label: "目标未公开（虚线所示年度）" }] : []),
  ];
}

/** Returns the chart in words, in Chinese, for screen readers: each year's targets and result. */
export function describeIndicatorChart(series: Pick<IndicatorSeries, "name" | "unit" | "years" | "observations">): string {
  const years = seriesYears(series);
  const head = `${series.name}${series.unit ? `（单位：${series.unit}）` : ""}${yearLabel(years[0]?.year ?? 0)}至${yearLabel(years.at(-1)?.year ?? 0)}的目标与实际。`;
  const body = years.map(({ year, observations, missingTarget, missingActual }) => {
    const parts = observations.map((o) => `${observationRole(o)}${o.value === null && !o.redacted ? `：${o.text}` : formatObservation(o)}${o.status ? `（${o.status}）` : ""}${o.source.place ? `（见${o.source.place}）` : ""}`);
    if (missingTarget) parts.unshift(NO_TARGET_LABEL);
    if (missingActual) parts.push(`实际${NO_DATA_LABEL}`);
    return `${yearLabel(year)}：${parts.join("，")}。`;
  });
  return head + body.join("");
}

function yearLabel(year: number): string {
  return `${year}年`;
}

/** A point's label: the value, then a second line for a preliminary result (预计数) or a target stated in a measure (第 13 条). */
function pointLabel(o: Observation): string {
  const value = formatObservation(o);
  const fromMeasure = o.kind !== "actual" && o.source.anchor?.startsWith("m-") ? (o.source.place && o.source.place.length <= 8 ? `${o.source.place.replace(/\s+/g, "")}承诺` : "措施承诺") : null;
  const second = o.status ?? fromMeasure;
  return second ? `${value}\n${second}` : value;
}
