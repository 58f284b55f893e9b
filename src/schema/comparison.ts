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
  note: z.string(), // in words: 目标值均未公开，无法比较高低 / 由 8% 调整为 7% …
});

export const CommitmentRefSchema = z.object({
  anchor: z.string(),
  place: z.string(),
  text: z.string(), // as in the source
  redacted: z.boolean(),
});

export const ThemeRowSchema = z.object({
  theme: z.string(),
  name: z.string(),
  from: z.array(MeasureRefSchema),
  to: z.array(MeasureRefSchema),
  commitmentsFrom: z.array(CommitmentRefSchema),
  commitmentsTo: z.array(CommitmentRefSchema),
});

export const EntityRowSchema = z.object({
  entity: z.string(),
  name: z.string(),
  kind: z.string(),
  in: z.enum(["both", "from", "to"]),
  from: z.array(MeasureRefSchema),
  to: z.array(MeasureRefSchema),
});

export const OfficeRowSchema = z.object({
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
  themes: z.array(ThemeRowSchema),
  entities: z.array(EntityRowSchema),
  offices: z.object({
    rows: z.array(OfficeRowSchema),
    fromNamesOffices: z.boolean(), // false: the earlier plan names no responsible office
    toNamesOffices: z.boolean(),
    note: z.string().nullable(),
  }),
  similarFrom: z.array(SimilarSchema), // for each measure of the earlier plan, the closest of the later one
  similarTo: z.array(SimilarSchema),
});

export type Comparison = z.output<typeof ComparisonSchema>;
export type GoalChange = z.output<typeof GoalChangeSchema>;
export type MeasureRef = z.output<typeof MeasureRefSchema>;
