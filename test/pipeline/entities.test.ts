import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/pipeline/csv.ts";
import { entityMentions, findEntityMentions, linkEntities, proposeEntities, readEntities } from "../../src/pipeline/entities.ts";
import { slugify } from "../../src/pipeline/slug.ts";
import { committedLists, measuresOf, parse, seedPlans } from "../helpers/plan.ts";

const { entities } = committedLists();
const csv = (text: string) => readCsv(new TextEncoder().encode(text), "data/entities.csv");
const nameOf = (id: string) => entities.find((e) => e.id === id)!.name;

describe("slugify(name)", () => {
  it("gives the pinyin without tones, hyphenated, stable", () => {
    expect(["英科医疗", "理士“智造小镇”", "箔洱特铝箔", "经济运行办公室", "5G站点"].map(slugify)).toEqual([
      "ying-ke-yi-liao", "li-shi-zhi-zao-xiao-zhen", "bo-er-te-lv-bo", "jing-ji-yun-xing-ban-gong-shi", "5g-zhan-dian",
    ]);
  });
});

describe("readEntities(table)", () => {
  it("fills an empty id with the name's pinyin and splits aliases", () => {
    expect(readEntities(csv("id,name,kind,aliases\n,英科医疗三期,项目,英科三期\nlishi,理士电源,企业,\n"))).toEqual([
      { id: "ying-ke-yi-liao-san-qi", name: "英科医疗三期", kind: "项目", aliases: ["英科三期"] },
      { id: "lishi", name: "理士电源", kind: "企业", aliases: [] },
    ]);
  });
  it("stops on a bad kind, a duplicate id and a name given twice, at file:line:column", () => {
    expect(() => readEntities(csv("id,name,kind,aliases\n,甲公司,公司,\n,乙,企业,\nx,乙,企业,\n"))).toThrow(
      ["data/entities.csv:2:3: kind：类型须为 企业、项目 或 园区", "data/entities.csv:4:4: 名称“乙”已属于“yi”"].join("\n"),
    );
    expect(() => readEntities(csv("id,name,kind,aliases\na,甲,企业,\na,乙,企业,\n"))).toThrow("data/entities.csv:3:1: 编号“a”重复（第 2 行已使用）：请填写不同的编号");
  });
});

describe("findEntityMentions(text, entities)", () => {
  it("prefers the longest name, and reads an alias as the name (英科三期 = 英科医疗三期)", () => {
    const text = "加快推进英科医疗三期、英科三期和英科医疗";
    expect(findEntityMentions(text, entities).map((m) => [nameOf(m.id), text.slice(m.start, m.end)])).toEqual([
      ["英科医疗三期", "英科医疗三期"], ["英科医疗三期", "英科三期"], ["英科医疗", "英科医疗"],
    ]);
  });
});

describe("linkEntities(plan, entities)", () => {
  it("lists the entities each measure names, in order of first mention", () => {
    const [y2021, y2022] = seedPlans();
    const named = (plan: typeof y2021, anchor: string) => measuresOf(plan!).find((m) => m.anchor === anchor)!.entities.map(nameOf);
    expect(named(y2021, "m-8")).toEqual(["理士新能源材料", "英科医疗三期", "伯华氢能源", "哈东盛金属材料", "中德产业园", "氢能产业园"]);
    expect(named(y2022, "m-s2-3")).toEqual(["英科医疗", "理士电源", "口子酒业", "力幕科技", "中基电池箔", "光明乳业"]);
  });
});

describe("proposeEntities(plan, entities)", () => {
  it("proposes nothing for the seeds once every enumerated name is listed", () => {
    for (const plan of seedPlans()) expect(proposeEntities(plan, entities)).toEqual([]);
  });
  it("proposes the names of an enumeration that the list lacks, with line and context", () => {
    const without = entities.filter((e) => !["鸿源煤化", "英科医疗三期", "恒源煤电"].includes(e.name));
    const [y2021, y2022] = seedPlans();
    expect(proposeEntities(linkEntities(y2021!, without), without).map((c) => [c.name, c.line])).toEqual([["英科三期", 16], ["鸿源煤化", 17]]);
    expect(proposeEntities(linkEntities(y2022!, without), without)).toEqual([
      { name: "恒源煤电", line: 5, context: "加强与恒源煤电、青东矿业、神源煤化工三家企业" },
      { name: "英科医疗三期", line: 8, context: "加快推进中基电池箔三期、江联智新材料、欧凯电器、有色金属循环利用产业园、无锡贝儿汽车零部件、英科医疗三期、理士“智造小镇”等重点项目" },
    ]);
  });
  it("does not take a verb phrase before a count for a name (重点调度*家重点企业)", () => {
    expect(proposeEntities(parse("一、措施\n1.调度。重点调度*家重点企业生产经营情况。"), entities)).toEqual([]);
  });
});

describe("entityMentions(entity, plans, entities)", () => {
  it("finds 英科医疗三期 in 2021 by its alias 英科三期 and in 2022 by its name, never as 英科医疗", () => {
    const plans = seedPlans();
    const project = entities.find((e) => e.name === "英科医疗三期")!;
    expect(entityMentions(project, plans, entities).map((m) => [m.year, m.anchor, m.excerpt.slice(m.start, m.end)])).toEqual([
      [2021, "m-8", "英科三期"], [2022, "m-s2-4", "英科医疗三期"],
    ]);
    const enterprise = entities.find((e) => e.name === "英科医疗")!;
    expect(entityMentions(enterprise, plans, entities).map((m) => [m.year, m.anchor])).toEqual([[2021, "m-9"], [2021, "m-12"], [2022, "m-s2-3"]]);
  });
});
