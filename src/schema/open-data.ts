/** The open data files the site publishes (open data format v1): each file's record schema, with the format version every file carries, and its JSON Schema. */
import { z } from "zod";
import { zodToJsonSchema } from "zod-to-json-schema";
import { CommitmentSchema, DisclosureSchema, GoalSchema, MeasureSchema, PartSchema, PlanSchema, RedactionSchema, ResponsibilitySchema, SectionSchema, SourceSchema, WarningSchema } from "./plan.ts";
import { NoteSchema } from "./note.ts";
import { MentionSchema, ObservationSchema, ObservationSourceSchema } from "./observation.ts";
import { IndicatorSeriesSchema } from "./indicator-series.ts";
import { GoalChangeSchema, LinkReasonSchema, MeasureLinkSchema, MeasureRefSchema, PublishedComparisonSchema } from "./comparison.ts";
import { ItemProgressSchema, ItemTargetSchema, JudgementSchema, ProgressEntrySchema, ProgressSourceSchema } from "./progress.ts";

/** The format version every published JSON record carries; fields are only ever added within a version. */
export const OPEN_DATA_VERSION = 1;
const Version = z.literal(OPEN_DATA_VERSION).describe("开放数据格式版本：同一版本内字段只增不改");
const withVersion = <T extends z.ZodRawShape>(schema: z.ZodObject<T>) => z.object({ formatVersion: Version }).merge(schema);

/** data/plans.json: one entry per plan. */
export const PlanIndexSchema = z.array(
  z.object({
    formatVersion: Version,
    id: z.string().describe("计划编号"),
    year: z.number().int().describe("年度"),
    title: z.string().describe("标题"),
    issuer: z.string().describe("发布机构"),
    url: z.string().describe("计划全文网页"),
    json: z.string().describe("这份计划的结构化数据 data/plans/<id>.json"),
  }),
);

/** data/plans/<id>.json: one whole plan. */
export const PlanFileSchema = withVersion(PlanSchema);

/** data/indicators.json: every indicator's targets and results over the years. */
export const IndicatorsFileSchema = z.array(withVersion(IndicatorSeriesSchema).extend({ url: z.string().describe("指标网页") }));

/** data/compare/<a>-<b>.json: two consecutive plans of one bureau compared. */
export const ComparisonFileSchema = withVersion(PublishedComparisonSchema);

/** data/progress.json: every plan item (goal, commitment, measure) with each report's word on it and its status by the published rule. */
export const ProgressFileSchema = z.array(withVersion(ItemProgressSchema));

/** The records named in every schema, so that the JSON Schema and the /data/ page refer to them by name. */
const DEFINITIONS = {
  Part: PartSchema, Section: SectionSchema, Measure: MeasureSchema, Responsibility: ResponsibilitySchema, Goal: GoalSchema,
  Commitment: CommitmentSchema, Redaction: RedactionSchema, Warning: WarningSchema, Disclosure: DisclosureSchema, Source: SourceSchema,
  Note: NoteSchema, Observation: ObservationSchema, ObservationSource: ObservationSourceSchema, Mention: MentionSchema,
  GoalChange: GoalChangeSchema, MeasureRef: MeasureRefSchema, MeasureLink: MeasureLinkSchema, LinkReason: LinkReasonSchema,
  Judgement: JudgementSchema, ProgressEntry: ProgressEntrySchema, ProgressSource: ProgressSourceSchema, ItemTarget: ItemTargetSchema,
};

/** The published JSON files: name (of the schema file), the paths they are at, what they hold, and their record schema. */
export const OPEN_DATA_FILES = [
  { name: "plans", path: "data/plans.json", about: "全部计划的目录", schema: PlanIndexSchema },
  { name: "plan", path: "data/plans/<id>.json", about: "一份计划的全部结构", schema: PlanFileSchema },
  { name: "indicators", path: "data/indicators.json", about: "各指标历年的目标与实际，每个数字注明出处", schema: IndicatorsFileSchema },
  { name: "comparison", path: "data/compare/<a>-<b>.json", about: "同一机构相邻两年计划的对比", schema: ComparisonFileSchema },
  { name: "progress", path: "data/progress.json", about: "各计划每个事项的落实情况：每次报告的说法、原话和按公开规则判定的状态", schema: ProgressFileSchema },
] as const;

export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];

/** Returns the JSON Schema (draft-07) of a published file, its named records under `definitions`. */
export function openDataJsonSchema(file: OpenDataFile): Record<string, unknown> {
  const schema = zodToJsonSchema(file.schema, { name: file.name, definitions: DEFINITIONS, $refStrategy: "root", target: "jsonSchema7" });
  return { title: `${file.path}：${file.about}（开放数据格式 v${OPEN_DATA_VERSION}）`, ...schema };
}
