/** entities: reads the entity list, finds each enterprise, project or park a measure names, and proposes unlisted ones. */
import { slugify } from "./slug.ts";
import { ENTITY_COLUMNS, EntityCsvRowSchema, type Entity } from "../schema/entity.ts";
import type { Plan } from "../schema/plan.ts";
import type { CsvTable } from "./csv.ts";
import { InputError, type Problem } from "./input-error.ts";
import { columnNumber, readRecords } from "./records.ts";
import { mapMeasures, measuresOf, placedMeasures } from "./plan-text.ts";
import { measureBody } from "./themes.ts";
import { sentenceAround } from "./mentions.ts";
import type { Mention } from "../schema/observation.ts";

export interface EntityMention {
  id: string;
  start: number;
  end: number;
}

export interface EntityCandidate {
  name: string; // as written in the enumeration
  line: number; // the measure's first line
  context: string; // the enumeration, as in the source
}

/** Returns the entity list; throws InputError for a bad cell, a duplicate id, or a name or alias given to two entities. */
export function readEntities(table: CsvTable): Entity[] {
  const read = readRecords(table, EntityCsvRowSchema, ENTITY_COLUMNS);
  const [rows, problems] = [read.rows.map((row) => ({ ...row, id: row.id || slugify(row.name) })), read.problems]; // an empty id: the name's pinyin
  const ids = new Map<string, number>();
  const names = new Map<string, string>();
  for (const row of rows) {
    const at = (field: string, reason: string): Problem => ({ file: table.file, line: row.line, column: columnNumber(table, ENTITY_COLUMNS, field), reason });
    if (ids.has(row.id)) problems.push(at("id", `编号“${row.id}”重复（第 ${ids.get(row.id)} 行已使用）：请填写不同的编号`));
    ids.set(row.id, row.line);
    for (const name of [row.name, ...row.aliases]) {
      if (names.has(name) && names.get(name) !== row.id) problems.push(at("aliases", `名称“${name}”已属于“${names.get(name)}”`));
      names.set(name, row.id);
    }
  }
  if (problems.length) throw new InputError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  return rows.map(({ line: _line, ...entity }) => entity);
}

/**
 * Returns the entities named in `text`, in order of position. The longest name wins where names
 * overlap, so 英科医疗三期 is the project, not also the enterprise 英科医疗; aliases count as the name.
 */
export function findEntityMentions(text: string, entities: Entity[]): EntityMention[] {
  const names = entities.flatMap((e) => [e.name, ...e.aliases].map((name) => ({ id: e.id, name }))).sort((a, b) => b.name.length - a.name.length);
  const taken: EntityMention[] = [];
  for (const { id, name } of names)
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1))
      if (!taken.some((t) => at < t.end && at + name.length > t.start)) taken.push({ id, start: at, end: at + name.length });
  return taken.sort((a, b) => a.start - b.start);
}

/** Returns the plan with Measure.entities set: the ids each measure names, in order of first mention. */
export function linkEntities(plan: Plan, entities: Entity[]): Plan {
  return mapMeasures(plan, (m) => ({ ...m, entities: [...new Set(findEntityMentions(measureBody(m), entities).map((e) => e.id))] }));
}

const TAIL = /(?:等[^，,。；;：:\n]{0,6}?|(?<=、[^，,。；;：:\n、]{2,16})[0-9０-９一二三四五六七八九十两*＊XＸ]+家[^，,。；;：:\n]{0,4}?)(?:企业|项目|产业园|园区)/g; // 等重大项目, 三家企业 after a list
const CLAUSE_START = /[，,。；;：:\n]/; // an enumeration starts after one of these
const LEAD = /^.*?(?:全力督促|督促|重点推进|加快推进|协调推进|推进|推动|鼓励|支持|紧盯|加强与|做好|引导|帮助|培育)/; // the verb before the first item
const ITEM_SPLIT = /、|以及|及/; // between the items

/**
 * Returns the names listed in enumerations such as "A、B、C等企业", "A等重大项目" or "A、B三家企业" that
 * are not an entity's name or alias, once each, in document order — for the editor to add to the list
 * (英科医疗三期 is proposed even though 英科医疗 is listed: a project is not its enterprise).
 */
export function proposeEntities(plan: Plan, entities: Entity[]): EntityCandidate[] {
  const known = entities.flatMap((e) => [e.name, ...e.aliases]);
  const out: EntityCandidate[] = [];
  for (const m of measuresOf(plan)) {
    const body = measureBody(m);
    for (const tail of body.matchAll(TAIL)) {
      let start = tail.index;
      while (start > 0 && !CLAUSE_START.test(body[start - 1]!)) start--;
      const list = body.slice(start, tail.index);
      const items = list.replace(LEAD, "").split(ITEM_SPLIT).map((s) => s.trim());
      for (const name of items)
        if (name.length >= 2 && name.length <= 16 && !known.includes(name) && !out.some((c) => c.name === name))
          out.push({ name, line: m.line, context: body.slice(start, tail.index + tail[0].length) });
    }
  }
  return out;
}

/** Returns every measure of `plans` naming the entity, with the sentence it stands in — the first mention in each measure. */
export function entityMentions(entity: Entity, plans: Plan[], entities: Entity[]): Mention[] {
  return plans.flatMap((plan) =>
    placedMeasures(plan).flatMap(({ measure, ref }) => {
      if (!measure.entities.includes(entity.id)) return [];
      const body = measureBody(measure);
      const hit = findEntityMentions(body, entities).find((m) => m.id === entity.id);
      return hit ? [{ plan: plan.id, year: plan.year, anchor: ref.anchor, place: ref.place, ...sentenceAround(body, hit.start, hit.end) }] : [];
    }),
  );
}
