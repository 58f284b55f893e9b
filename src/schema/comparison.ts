/** A comparison of two plans (data/compare/<a>-<b>.json): goals by indicator, themes, commitments, entities, offices, similar measures. */
import { z } from "zod";
import { ObservationSchema } from "./observation.ts";

const PlanRefSchema = z.object({ id: z.string(), year: z.number().int(), title: z.string() });

/** A measure as a comparison cites it: its anchor, how a reader cites it, and its title. */
export const MeasureRefSchema = z.object({ anchor: z.string(), place: z.string(), title: z.string() });

export const GoalChangeSchema = z.object({
  indicator: z.string().nullable(), // null for a goal no indicator covers (keyed by its subject)
  name: z.string(),
  change: z.enum(["kept", "changed", "new", "dropped"]), // 保留 / 目标调整 / 新增 / 不再列入
  from: z.array(ObservationSchema), // the goals of the earlier plan for it
  to: z.array(ObservationSchema),
  fromMeasures: z.array(ObservationSchema), // targets for it stated in the earlier plan's measures (第 17 条：16家)
  toMeasures: z.array(ObservationSchema),
});

export const CommitmentRefSchema = z.object({
  anchor: z.string(),
  place: z.string(),
  text: z.string(), // as in the source
  redacted: z.boolean(),
});

export const ComparisonThemeRowSchema = z.object({
  theme: z.string(),
  name: z.string(),
  from: z.array(MeasureRefSchema),
  to: z.array(MeasureRefSchema),
  commitmentsFrom: z.array(CommitmentRefSchema),
  commitmentsTo: z.array(CommitmentRefSchema),
});

export const ComparisonEntityRowSchema = z.object({
  entity: z.string(),
  name: z.string(),
  kind: z.string(),
  in: z.enum(["both", "from", "to"]),
  from: z.array(MeasureRefSchema),
  to: z.array(MeasureRefSchema),
});

export const ComparisonOfficeRowSchema = z.object({
  name: z.string(),
  generic: z.boolean(), // 相关股室, 相关业务股室: not an office
  from: z.array(MeasureRefSchema),
  to: z.array(MeasureRefSchema),
});

export const SimilarSchema = z.object({
  measure: MeasureRefSchema,
  matches: z.array(MeasureRefSchema.extend({ score: z.number() })), // most similar first
});

export const ComparisonSchema = z.object({
  id: z.string(), // <a>-<b>
  from: PlanRefSchema,
  to: PlanRefSchema,
  goals: z.array(GoalChangeSchema),
  themes: z.array(ComparisonThemeRowSchema),
  entities: z.array(ComparisonEntityRowSchema),
  offices: z.object({
    rows: z.array(ComparisonOfficeRowSchema),
    fromNamesOffices: z.boolean(), // false: the earlier plan names no responsible office
    toNamesOffices: z.boolean(),
  }),
  similarFrom: z.array(SimilarSchema), // for each measure of the earlier plan, the closest of the later one
  similarTo: z.array(SimilarSchema),
});

export type Comparison = z.output<typeof ComparisonSchema>;

/**
 * A comparison as data/compare/<a>-<b>.json publishes it: each goal change and the offices with a
 * sentence saying it in words (written by the presentation layer, src/lib/compare-words.ts).
 */
export const PublishedComparisonSchema = ComparisonSchema.extend({
  goals: z.array(GoalChangeSchema.extend({ note: z.string() })), // 目标值均未公开，无法比较高低 / 由 8% 调整为 7% …
  offices: ComparisonSchema.shape.offices.extend({ note: z.string().nullable() }), // 2022年计划未标注责任股室…
});
export type GoalChange = z.output<typeof GoalChangeSchema>;
export type MeasureRef = z.output<typeof MeasureRefSchema>;
