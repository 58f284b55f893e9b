/** Entities (data/entities.csv): the enterprises, projects and parks plans name, with the other names they go by. */
import { z } from "zod";

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/; // URL-safe: ying-ke-yi-liao
export const EntityKind = z.enum(["企业", "项目", "园区"]);

/** An entity as the site and the open data hold it. */
export const EntitySchema = z.object({
  id: z.string().regex(ID),
  name: z.string(),
  kind: EntityKind,
  aliases: z.array(z.string()), // 英科三期 for 英科医疗三期
});

/** One row of data/entities.csv as the editor writes it; readEntities turns an empty id into the name's pinyin (英科医疗 → ying-ke-yi-liao). */
export const EntityCsvRowSchema = z
  .object({
    id: z.string().regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "编号只能用小写英文字母、数字和连字符；也可以留空，自动用名称的拼音"),
    name: z.string().min(1, "缺少名称"),
    kind: z.enum(EntityKind.options, { errorMap: () => ({ message: "类型须为 企业、项目 或 园区" }) }),
    aliases: z.string().transform((s) => s.split(/[|｜;；]/).map((a) => a.trim()).filter(Boolean)),
  });

export type Entity = z.output<typeof EntitySchema>;
export type EntityKind = z.output<typeof EntityKind>;

export const ENTITY_COLUMNS: Record<keyof z.input<typeof EntityCsvRowSchema>, string[]> = {
  id: ["id", "编号"],
  name: ["name", "名称"],
  kind: ["kind", "类型"],
  aliases: ["aliases", "别名"],
};
