/** The Plan model of DESIGN.md (open data format v1), written once; types are inferred. */
import { z } from "zod";
import { NoteSchema } from "./note.ts";

export const WarningSchema = z.object({
  line: z.number().int().nullable(), // 1-based source line; null for the whole document
  message: z.string(),
});

export const ResponsibilitySchema = z.object({
  raw: z.string(), // the annotation exactly as in the source, brackets included
  leaders: z.array(z.string()),
  offices: z.array(z.string()),
  roles: z.array(z.object({ label: z.string(), names: z.array(z.string()) })), // 责任股室 / 牵头单位 / 配合单位 …
  note: z.string().nullable(), // text after the lists, e.g. 以下任务均需…
});

const QuantitySchema = {
  value: z.number().nullable(), // null when redacted or not stated
  unit: z.string().nullable(),
  redacted: z.boolean(),
  qualifier: z.string().nullable(), // 以上 / 左右 / 以内 / 不低于 …
};

export const GoalSchema = z.object({
  text: z.string(),
  subject: z.string(),
  anchor: z.string(), // g-1, g-2 … in document order: the goals table row
  indicator: z.string().nullable(), // id in data/indicators.csv, resolved later
  ...QuantitySchema,
  stretch: z.boolean(), // 力争 / 奋斗 / 争取
  line: z.number().int(),
});

export const CommitmentSchema = z.object({
  text: z.string(),
  subject: z.string(),
  indicator: z.string().nullable(), // id in data/indicators.csv when the promise is a target of one (新增规模工业企业32家)
  ...QuantitySchema,
  stretch: z.boolean(),
  start: z.number().int(), // offset of text in Measure.text
  end: z.number().int(),
});

export const MeasureSchema = z.object({
  number: z.number().int().nullable(),
  marker: z.string(), // the list marker as written: "1." "21、" "（1）"; "" when unnumbered
  anchor: z.string(),
  title: z.string(),
  text: z.string(), // the whole item as in the source, without its marker
  line: z.number().int(),
  responsibility: ResponsibilitySchema.nullable(),
  commitments: z.array(CommitmentSchema),
  entities: z.array(z.string()),
  themes: z.array(z.string()),
});

export const SectionSchema = z.object({
  number: z.string().nullable(), // "一" for （一）; null for items standing directly under a part
  marker: z.string(),
  title: z.string(),
  anchor: z.string(),
  line: z.number().int(),
  paragraphs: z.array(z.string()),
  measures: z.array(MeasureSchema),
});

export const PartKind = z.enum(["guidance", "goals", "measures", "other"]);

export const PartSchema = z.object({
  number: z.string(), // "一" for 一、; "" for an implicit part
  marker: z.string(),
  title: z.string(),
  kind: PartKind,
  anchor: z.string(),
  line: z.number().int(),
  paragraphs: z.array(z.string()),
  sections: z.array(SectionSchema),
});

export const RedactionSchema = z.object({
  line: z.number().int(),
  column: z.number().int(), // 1-based, in characters
  glyphs: z.string(), // X, XXX, *, ××…
});

export const DisclosureSchema = z.object({
  indexNumber: z.string().nullable(), // 索引号
  docNumber: z.string().nullable(), // 文号
  category: z.string().nullable(), // 信息分类
  dateWritten: z.string().nullable(), // 成文日期 YYYY-MM-DD
  datePublished: z.string().nullable(), // 发布日期 YYYY-MM-DD
  validity: z.string().nullable(), // 有效性
  keywords: z.array(z.string()).nullable(), // 关键词
});

export const SourceSchema = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(["txt", "md", "docx"]),
  encoding: z.string(), // utf-8, utf-8-bom, gb18030 …
  bytes: z.number().int(),
});

export const PlanSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  title: z.string(),
  issuer: z.string(),
  note: z.string().nullable(), // the catalogue's 备注
  source: SourceSchema,
  disclosure: DisclosureSchema,
  preamble: z.array(z.string()),
  parts: z.array(PartSchema),
  goals: z.array(GoalSchema),
  redactions: z.array(RedactionSchema),
  warnings: z.array(WarningSchema),
  notes: z.array(NoteSchema), // the editor's notes beside the plan (notes/<id>/*.md); the text above never changes
});

export type Plan = z.output<typeof PlanSchema>;

/**
 * A plan as the content store keeps it: checked against PlanSchema by the loader, then kept as JSON
 * text. Astro bundles the whole store into the build; 500 plans as object literals cost Rollup
 * seconds to analyse, the same plans as strings almost nothing (README, 性能基准).
 */
export const StoredPlanSchema = z.object({
  json: z.string(),
  sha256: z.string(), // of json: a cached entry whose text no longer matches is discarded and parsed again
  log: z.array(z.string()), // the parser's findings for the editor ("warn:…", "info:…"), logged again on every build that reuses the entry
});
export type StoredPlan = z.output<typeof StoredPlanSchema>;
export type Part = z.output<typeof PartSchema>;
export type Section = z.output<typeof SectionSchema>;
export type Measure = z.output<typeof MeasureSchema>;
export type Responsibility = z.output<typeof ResponsibilitySchema>;
export type Goal = z.output<typeof GoalSchema>;
export type Commitment = z.output<typeof CommitmentSchema>;
export type Redaction = z.output<typeof RedactionSchema>;
export type Warning = z.output<typeof WarningSchema>;
export type Disclosure = z.output<typeof DisclosureSchema>;
export type Source = z.output<typeof SourceSchema>;
/** What the catalogue and the file say about a plan, besides its text. */
export type PlanMeta = Pick<Plan, "id" | "year" | "title" | "issuer" | "note" | "source" | "disclosure">;
