/** A comparison of two plans (data/compare/<a>-<b>.json): goals by indicator, themes, commitments, entities, offices, similar measures. */
import { z } from "zod";
import { ObservationSchema } from "./observation.ts";

const PlanRefSchema = z.object({ id: z.string().describe("计划编号"), year: z.number().int().describe("年度"), title: z.string().describe("标题") });

/** A measure as a comparison cites it: its anchor, how a reader cites it, and its title. */
export const MeasureRefSchema = z.object({ anchor: z.string().describe("措施锚点 m-<编号>"), place: z.string().describe("读者引用的位置：第 13 条"), title: z.string().describe("措施标题") });

export const GoalChangeSchema = z.object({
  indicator: z.string().nullable().describe("指标编号；对不上指标的目标为 null（按文字比对）"), // null for a goal no indicator covers (keyed by its subject)
  name: z.string().describe("指标名称或目标的计量对象"),
  change: z.enum(["kept", "changed", "new", "dropped"]).describe("kept 保留 / changed 目标调整 / new 新增 / dropped 不再列入"),
  from: z.array(ObservationSchema).describe("前一年计划中的目标"), // the goals of the earlier plan for it
  to: z.array(ObservationSchema).describe("后一年计划中的目标"),
  fromMeasures: z.array(ObservationSchema).describe("前一年在措施中写明的同一指标的数字（如 第 17 条：16家）"), // targets for it stated in the earlier plan's measures (第 17 条：16家)
  toMeasures: z.array(ObservationSchema).describe("后一年在措施中写明的数字"),
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

/** Why a measure is taken to carry on another: what the two share, named. */
export const LinkReasonSchema = z.object({
  kind: z.enum(["indicator", "commitment", "entity", "office", "wording"]).describe("indicator 同一指标 / commitment 同一量化承诺 / entity 同一企业、项目或园区 / office 同一责任股室 / wording 措辞相近"),
  names: z.array(z.string()).describe("共同的指标编号、承诺的计量对象、企业项目编号、股室名称，或两条共同的词句（措辞相近时，可为空）"),
});

/** A measure of the later plan that carries on a measure of the earlier one. */
export const MeasureLinkSchema = z.object({
  from: MeasureRefSchema.describe("前一年的措施"),
  to: MeasureRefSchema.describe("后一年延续它的措施"),
  reasons: z.array(LinkReasonSchema).describe("判断为延续的理由"),
  score: z.number().describe("用于排序的综合分（措辞的相似度加上共同的指标、企业等），只供参考"),
});

export const ComparisonSchema = z.object({
  id: z.string().describe("<前一年计划编号>-<后一年计划编号>"), // <a>-<b>
  from: PlanRefSchema.describe("前一年的计划"),
  to: PlanRefSchema.describe("后一年的计划"),
  goals: z.array(GoalChangeSchema).describe("按指标对齐的发展目标"),
  themes: z.array(ComparisonThemeRowSchema).describe("各工作主题下两年的措施与量化承诺"),
  entities: z.array(ComparisonEntityRowSchema).describe("企业、项目在两年中的出现：in 为 both / from / to"),
  offices: z.object({
    rows: z.array(ComparisonOfficeRowSchema).describe("责任股室在两年中负责的措施"),
    fromNamesOffices: z.boolean(), // false: the earlier plan names no responsible office
    toNamesOffices: z.boolean(),
  }),
  similarFrom: z.array(SimilarSchema).describe("前一年每项措施在后一年最相近的措施"), // for each measure of the earlier plan, the closest of the later one
  similarTo: z.array(SimilarSchema).describe("后一年每项措施在前一年最相近的措施"),
  links: z.array(MeasureLinkSchema).describe("后一年延续前一年措施的对应关系（按指标、量化承诺、企业项目、责任股室和措辞判断），按前一年措施的顺序"),
  dropped: z.array(MeasureRefSchema).describe("前一年在后一年没有对应措施的措施（次年未再列入）"),
  added: z.array(MeasureRefSchema).describe("后一年在前一年没有对应措施的措施（本年新增）"),
});

export type Comparison = z.output<typeof ComparisonSchema>;

/**
 * A comparison as data/compare/<a>-<b>.json publishes it: each goal change and the offices with a
 * sentence saying it in words (written by the presentation layer, src/lib/compare-words.ts).
 */
export const PublishedComparisonSchema = ComparisonSchema.extend({
  goals: z.array(GoalChangeSchema.extend({ note: z.string().describe("变化的说明，如“目标由 8% 调整为 7%”“两年目标值均未公开，无法比较高低”") })).describe("按指标对齐的发展目标"),
  offices: ComparisonSchema.shape.offices.extend({ note: z.string().nullable().describe("无法比较时的说明，如“2022年计划未标注责任股室……”") }).describe("责任股室"),
});
export type GoalChange = z.output<typeof GoalChangeSchema>;
export type MeasureRef = z.output<typeof MeasureRefSchema>;
export type MeasureLink = z.output<typeof MeasureLinkSchema>;
export type LinkReason = z.output<typeof LinkReasonSchema>;
