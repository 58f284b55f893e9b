/** schema-docs: the open data format v1 as /data/ documents it — each record, its fields, their types and meaning (from DESIGN.md and src/schema/). */

export interface RecordDoc {
  name: string;
  about: string;
  fields: [field: string, type: string, meaning: string][];
}

export const RECORD_DOCS: RecordDoc[] = [
  {
    name: "Plan", about: "一份计划（data/plans/<id>.json）",
    fields: [
      ["id, year, title, issuer", "字符串、整数", "编号（网址用）、年度、标题、发布机构（来自计划目录）"],
      ["note", "字符串或 null", "目录备注，如标题由谁拟定"],
      ["source", "{ file, sha256, format, encoding, bytes }", "原始文件：文件名、SHA-256、格式 txt/md/docx、编码、字节数"],
      ["disclosure", "{ indexNumber, docNumber, category, dateWritten, datePublished, validity, keywords }", "政府信息公开要素；未知为 null，绝不编造"],
      ["preamble", "字符串数组", "第一个部分之前的段落"],
      ["parts", "Part 数组", "各部分（一、二、……）"],
      ["goals", "Goal 数组", "发展目标部分逐句整理出的目标"],
      ["redactions", "{ line, column, glyphs } 数组", "原文中每一处隐去的数值（X、*、×× 等）及其行列"],
      ["warnings", "{ line, message } 数组", "需要人工核对的位置"],
    ],
  },
  {
    name: "Part / Section", about: "部分（一、）与分节（（一））",
    fields: [
      ["number, marker, title, kind", "字符串", "编号“一”、原文编号、标题；kind 为 guidance / goals / measures / other（仅 Part）"],
      ["anchor", "字符串", "网页锚点，如 p-3、s-3-1"],
      ["paragraphs", "字符串数组", "不属于任何措施的段落"],
      ["sections / measures", "数组", "下一级内容"],
    ],
  },
  {
    name: "Measure", about: "一项措施",
    fields: [
      ["number, marker", "整数或 null、字符串", "条目编号（未编号的分节正文为 null）及原文写法“1.”“21、”"],
      ["anchor", "字符串", "固定链接 #m-<编号>"],
      ["title, text", "字符串", "首句标题；全文（原文照录，含责任标注）"],
      ["responsibility", "{ raw, leaders, offices, roles, note } 或 null", "责任领导、责任股室等标注"],
      ["commitments", "Commitment 数组", "量化承诺"],
      ["themes, entities", "字符串数组", "所属工作主题编号；点名的企业、项目、园区编号"],
    ],
  },
  {
    name: "Goal / Commitment", about: "目标与量化承诺",
    fields: [
      ["text, subject", "字符串", "原文、计量对象"],
      ["value, unit, qualifier", "数值或 null、字符串", "数值（未公开时为 null）、单位、以上/左右/以内等"],
      ["redacted", "布尔", "原文隐去了数值：value 为 null，绝不为 0"],
      ["stretch", "布尔", "力争、争取、奋斗目标"],
      ["indicator", "字符串或 null", "对应的指标编号（data/indicators.csv）"],
    ],
  },
  {
    name: "Indicator series", about: "一项指标的历年目标与实际（data/indicators.json）",
    fields: [
      ["id, name, unit, category, aliases", "字符串", "指标词典"],
      ["observations", "数组", "每个数字一条：year、kind（target 目标 / stretch 力争 / actual 实际）、value、unit、redacted、status（如 预计数）、source（title、date、plan、anchor、place）"],
      ["mentions", "数组", "计划原文中提到该指标的句子及其锚点"],
    ],
  },
  {
    name: "Comparison", about: "相邻两年的对比（data/compare/<a>-<b>.json）",
    fields: [
      ["goals", "数组", "按指标对齐的目标：change 为 kept / changed / new / dropped，附说明"],
      ["themes", "数组", "各主题下两年的措施与量化承诺"],
      ["entities, offices", "数组", "企业项目、责任股室在两年中的出现"],
      ["similarFrom, similarTo", "数组", "每项措施在另一年最相近的措施及相似度"],
    ],
  },
];
