/** The Plan model of DESIGN.md (open data format v1), written once; types are inferred. */
import { z } from "zod";
import { NoteSchema } from "./note.ts";

export const WarningSchema = z.object({
  line: z.number().int().nullable().describe("原文行号（从 1 起）；针对整份文件时为 null"), // 1-based source line; null for the whole document
  message: z.string().describe("需要人工核对的地方"),
});

export const SpanSchema = z.object({
  start: z.number().int().describe("起始位置（字符，从 0 起）"),
  end: z.number().int().describe("结束位置（不含）"),
});

export const ResponsibilityNameSchema = z.object({
  start: z.number().int().nullable().describe("在措施全文中的起始位置；不在本条文字中（沿用上级标题或合并单元格）时为 null"),
  end: z.number().int().nullable().describe("结束位置（不含）"),
  name: z.string().describe("名称，照录原文"),
  role: z.string().describe("所属的责任类别，如“牵头单位”"),
  kind: z.enum(["leader", "office", "other"]).describe("leader 责任领导 / office 责任单位或股室 / other 其他（如完成时限）"),
}).describe("标注中的一个名称及其在措施全文中的位置");

export const ResponsibilitySchema = z.object({
  raw: z.string().describe("责任标注原文（含括号）；来自表格各列或上级标题时为其原文"), // the annotation exactly as in the source, brackets included
  from: z.enum(["text", "heading", "table"]).describe("text 写在本条中 / heading 写在上级标题上、适用于其下各条 / table 来自任务表的各列"),
  start: z.number().int().nullable().describe("标注在措施全文中的起始位置（字符）；不在本条文字中时为 null"),
  end: z.number().int().nullable().describe("标注在措施全文中的结束位置"),
  leaders: z.array(z.string()).describe("责任领导"),
  offices: z.array(z.string()).describe("责任股室"),
  roles: z.array(z.object({ label: z.string(), names: z.array(z.string()) })).describe("按原文写法列出的各类责任：责任股室、牵头单位、配合单位……"), // 责任股室 / 牵头单位 / 配合单位 …
  names: z.array(ResponsibilityNameSchema).describe("标注中逐个名称的位置，按原文顺序"), // each name where the parser read it: pages mark exactly these
  note: z.string().nullable().describe("名单之后的说明，如“以下任务均需……”"), // text after the lists, e.g. 以下任务均需…
});

const QuantitySchema = {
  value: z.number().nullable().describe("数值；原文隐去或未写数字时为 null，绝不为 0"), // null when redacted or not stated
  unit: z.string().nullable().describe("单位"),
  redacted: z.boolean().describe("原文隐去了数值（未公开）"),
  qualifier: z.string().nullable().describe("以上、左右、以内、不低于……"),
};

export const GoalSchema = z.object({
  text: z.string().describe("目标原文"),
  subject: z.string().describe("计量对象，如“新增规模工业企业”"),
  anchor: z.string().describe("目标在目标表中的锚点 g-1、g-2……"), // g-1, g-2 … in document order: the goals table row
  indicator: z.string().nullable().describe("对应的指标编号（data/indicators.csv），对不上时为 null"), // id in data/indicators.csv, resolved later
  ...QuantitySchema,
  stretch: z.boolean().describe("力争、争取、奋斗目标"), // 力争 / 奋斗 / 争取
  line: z.number().int().describe("原文行号"),
});

export const CommitmentSchema = z.object({
  text: z.string().describe("量化承诺原文，如“培育上云企业40家”"),
  subject: z.string().describe("计量对象"),
  indicator: z.string().nullable().describe("对应的指标编号，没有时为 null"), // id in data/indicators.csv when the promise is a target of one (新增规模工业企业32家)
  ...QuantitySchema,
  stretch: z.boolean().describe("力争、争取"),
  start: z.number().int().describe("在措施全文中的起始位置（字符）"), // offset of text in Measure.text
  end: z.number().int().describe("在措施全文中的结束位置（字符）"),
});

export const ColumnRole = z.enum(["number", "task", "target", "indicator", "lead", "responsible", "cooperating", "leader", "deadline", "effect", "attribute", "unit", "status", "progress", "plan", "note", "value", "other"]);

export const CellSchema = z.object({
  column: z.string().describe("列名，照录表头"),
  role: ColumnRole.describe("这一列的作用：task 任务 / lead 牵头单位 / responsible 责任单位 / cooperating 配合单位 / leader 责任领导 / deadline 完成时限 / progress 进展 ……"),
  text: z.string().describe("单元格原文"),
  start: z.number().int().nullable().describe("在措施全文中的起始位置；沿用上一行合并单元格时为 null"),
  end: z.number().int().nullable().describe("结束位置（不含）"),
  carried: z.boolean().describe("原表此格与上一行合并，沿用上一行的值"),
}).describe("任务表一行中的一格");

export const MeasureSchema = z.object({
  number: z.number().int().nullable().describe("条目编号；分节中未编号的正文为 null"),
  marker: z.string().describe("原文编号写法：“1.”“21、”“（1）”"), // the list marker as written: "1." "21、" "（1）"; "" when unnumbered
  anchor: z.string().describe("固定链接 #m-<编号>"),
  title: z.string().describe("首句标题"),
  text: z.string().describe("全文（原文照录，含责任标注，不含编号）"), // the whole item as in the source, without its marker
  line: z.number().int().describe("原文行号"),
  responsibility: ResponsibilitySchema.nullable().describe("责任标注，没有时为 null"),
  commitments: z.array(CommitmentSchema).describe("量化承诺"),
  entities: z.array(z.string()).describe("点名的企业、项目、园区编号"),
  themes: z.array(z.string()).describe("所属工作主题编号"),
  redactionSpans: z.array(SpanSchema).describe("全文中每一处隐去值的位置"), // where the parser found each withheld value in `text`
  cells: z.array(CellSchema).nullable().describe("来自任务表时，这一行的各格；不是表格行时为 null"),
  insertedSpans: z.array(SpanSchema).describe("转载网站插入文中的文字（如“(略)”）的位置：照录，但标明不属于原文"), // site-inserted elisions: kept, shown apart
});

export const SectionSchema = z.object({
  number: z.string().nullable().describe("分节编号“一”（即（一））；直接位于部分之下的条目为 null"), // "一" for （一）; null for items standing directly under a part
  marker: z.string().describe("原文编号写法"),
  title: z.string().describe("标题"),
  anchor: z.string().describe("网页锚点"),
  line: z.number().int().describe("原文行号"),
  paragraphs: z.array(z.string()).describe("不属于任何措施的段落"),
  measures: z.array(MeasureSchema).describe("措施"),
});

export const PartKind = z.enum(["guidance", "goals", "measures", "review", "other"]);

export const PartSchema = z.object({
  number: z.string().describe("部分编号“一”（即 一、）；没有编号的部分为空字符串"), // "一" for 一、; "" for an implicit part
  marker: z.string().describe("原文编号写法"),
  title: z.string().describe("标题"),
  kind: PartKind.describe("guidance 指导思想 / goals 发展目标 / measures 工作措施 / review 回顾已做的工作（总结、完成情况） / other 其他"),
  anchor: z.string().describe("网页锚点"),
  line: z.number().int().describe("原文行号"),
  paragraphs: z.array(z.string()).describe("不属于任何分节的段落"),
  sections: z.array(SectionSchema).describe("分节"),
});

export const RedactionSchema = z.object({
  line: z.number().int().describe("原文行号"),
  column: z.number().int().describe("列号（从 1 起，按字符计）"), // 1-based, in characters
  glyphs: z.string().describe("隐去符号原文：X、XXX、*、×× ……"), // X, XXX, *, ××…
});

export const DocumentKindSchema = z.enum(["plan", "report", "summary"]).describe("plan 计划（目标、任务） / report 进展或完成情况报告 / summary 总结（可含下一年计划）");

export const StatedFieldSchema = z.object({
  field: z.enum(["indexNumber", "docNumber", "issuer", "category", "dateWritten", "datePublished", "validity", "keywords"]).describe("对应的公开要素"),
  label: z.string().describe("文中的写法，如“索  引  号”“发文时间”"),
  value: z.string().describe("文中写的值（日期已整理为 YYYY-MM-DD）"),
  line: z.number().int().describe("原文行号"),
  used: z.boolean().describe("目录此格为空，已采用文中的值；目录有值时以目录为准"),
}).describe("文件自身写明的一项公开要素");

export const NoticeSchema = z.object({
  line: z.number().int().describe("通知开始的原文行号"),
  paragraphs: z.array(z.string()).describe("印发通知的各段：标题、文号、主送机关、正文、落款、日期、附件说明，照录原文"),
}).describe("包在计划外面的印发通知，与计划分开显示");

export const FurnitureSchema = z.object({
  line: z.number().int().describe("原文行号"),
  text: z.string().describe("网页附带的文字（导航、分享提示、来源、页码……），照录原文"),
}).describe("页面附带文字：随原文一起复制来的网页元素，不属于文件本身");

export const ReportingSchema = z.object({
  plan: z.string().nullable().describe("所报告的计划的编号（计划目录“报告对象”）；未写明时为 null"),
  period: z.string().nullable().describe("报告期，如“上半年”“1—11月”“全年”；未写明时为 null"),
  asOf: z.string().nullable().describe("截至日期 YYYY-MM-DD；未写明时为 null"),
}).describe("进展、完成情况报告或总结：报告的是哪份计划、哪一段时间");

export const DisclosureSchema = z.object({
  indexNumber: z.string().nullable().describe("索引号；未知为 null，绝不编造"), // 索引号
  docNumber: z.string().nullable().describe("文号"), // 文号
  category: z.string().nullable().describe("信息分类"), // 信息分类
  dateWritten: z.string().nullable().describe("成文日期 YYYY-MM-DD"), // 成文日期 YYYY-MM-DD
  datePublished: z.string().nullable().describe("发布日期 YYYY-MM-DD"), // 发布日期 YYYY-MM-DD
  validity: z.string().nullable().describe("有效性"), // 有效性
  keywords: z.array(z.string()).nullable().describe("关键词"), // 关键词
});

/** The formats a plan file may have: its extension, lower-cased. */
export const SourceFormatSchema = z.enum(["txt", "md", "docx", "pdf", "html", "htm", "xlsx", "xls", "et", "doc", "wps"]);

export const SourcePageSchema = z.object({
  page: z.number().int().describe("PDF 页码（从 1 起）"),
  line: z.number().int().describe("这一页的文字在提取文本中的起始行号"),
}).describe("PDF 的一页：提取文本从哪一行起来自这一页");

export const SourceSchema = z.object({
  file: z.string().describe("原始文件名（/sources/ 下逐字节提供）"),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe("原始文件的 SHA-256"),
  format: SourceFormatSchema.describe("格式（文件扩展名）：txt、md、docx、pdf、html、xlsx、doc……"),
  encoding: z.string().describe("读取方式：文本的编码（utf-8、utf-8-bom、gb18030……），或 docx、pdf、xlsx、libreoffice（由 LibreOffice 转换）"), // utf-8, utf-8-bom, gb18030, docx, pdf …
  bytes: z.number().int().describe("字节数"),
  pages: z.array(SourcePageSchema).nullable().describe("PDF：每一页的文字从提取文本的第几行起；其他格式为 null"),
});

export const PlanSchema = z.object({
  id: z.string().describe("编号（网址用）"),
  year: z.number().int().describe("年度"),
  title: z.string().describe("标题（来自计划目录）"),
  issuer: z.string().describe("发布机构"),
  jurisdiction: z.string().nullable().describe("行政区划：计划所属的县（区、市）；只有一个行政区划的网站为 null"), // whose plan: a county's bureaus share its indicators, two counties never do
  note: z.string().nullable().describe("计划目录的备注，如标题由谁拟定"), // the catalogue's 备注
  source: SourceSchema, // 原始文件
  disclosure: DisclosureSchema, // 政府信息公开要素
  kind: DocumentKindSchema, // what kind of document: a plan, a report, a summary
  reporting: ReportingSchema.nullable().describe("报告或总结所报告的计划与报告期；计划目录未写明时为 null"),
  kindFrom: z.enum(["catalogue", "text"]).describe("类型的依据：catalogue 计划目录写明 / text 由标题和用语判断"),
  stated: z.array(StatedFieldSchema).describe("文件自身写明的公开要素（索引号、文号……）及其行号"),
  notice: NoticeSchema.nullable().describe("印发通知；没有时为 null"),
  furniture: z.array(FurnitureSchema).describe("页面附带文字，与正文分开显示"),
  preamble: z.array(z.string()).describe("第一个部分之前的段落"),
  parts: z.array(PartSchema).describe("各部分（一、二、……）"),
  goals: z.array(GoalSchema).describe("发展目标部分逐句整理出的目标"),
  redactions: z.array(RedactionSchema).describe("原文中每一处隐去的值及其行列"),
  warnings: z.array(WarningSchema).describe("需要人工核对的位置"),
  notes: z.array(NoteSchema).describe("编辑在计划旁加的解读、编者按、勘误（原文永不改动）"), // the editor's notes beside the plan (notes/<id>/*.md); the text above never changes
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
export type SourcePage = z.output<typeof SourcePageSchema>;
export type SourceFormat = z.output<typeof SourceFormatSchema>;
export type Responsibility = z.output<typeof ResponsibilitySchema>;
export type ResponsibilityName = z.output<typeof ResponsibilityNameSchema>;
export type Span = z.output<typeof SpanSchema>;
export type Goal = z.output<typeof GoalSchema>;
export type Commitment = z.output<typeof CommitmentSchema>;
export type Redaction = z.output<typeof RedactionSchema>;
export type Warning = z.output<typeof WarningSchema>;
export type Disclosure = z.output<typeof DisclosureSchema>;
export type DocumentKind = z.output<typeof DocumentKindSchema>;
export type Reporting = z.output<typeof ReportingSchema>;
export type StatedField = z.output<typeof StatedFieldSchema>;
export type Notice = z.output<typeof NoticeSchema>;
export type Cell = z.output<typeof CellSchema>;
export type Source = z.output<typeof SourceSchema>;
/** What the catalogue and the file say about a plan, besides its text. */
export type PlanMeta = Pick<Plan, "id" | "year" | "title" | "issuer" | "note" | "source" | "disclosure"> & { kind?: DocumentKind | null; jurisdiction?: string | null; reporting?: Reporting | null }; // kind: as the catalogue names it; null or absent: read from the text
