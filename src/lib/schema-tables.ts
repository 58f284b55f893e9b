/** schema-tables: the /data/ page's field tables, read from the published JSON Schema (so the page and the schema cannot drift apart). */

type JsonSchema = {
  type?: string | string[];
  $ref?: string;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  description?: string;
  definitions?: Record<string, JsonSchema>;
};

export interface SchemaTable {
  name: string; // the record: plans, Part, Measure …
  fields: { field: string; type: string; meaning: string }[];
}

const TYPE_WORDS: Record<string, string> = { string: "字符串", integer: "整数", number: "数值", boolean: "布尔", null: "null", object: "对象" };

/** Returns a JSON Schema type as the page says it: 字符串或 null, Measure 数组, guidance / goals / …, 1. */
export function describeType(s: JsonSchema): string {
  if (s.$ref) return s.$ref.split("/").at(-1)!; // a named record
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map(String).join(" / ");
  if (s.anyOf) return s.anyOf.map(describeType).join("或");
  if (Array.isArray(s.type)) return s.type.map((t) => TYPE_WORDS[t] ?? t).join("或");
  if (s.type === "array") return `${s.items ? describeType(s.items) : ""} 数组`;
  if (s.type === "object" && s.properties) return `{ ${Object.keys(s.properties).join(", ")} }`;
  return TYPE_WORDS[s.type ?? ""] ?? "任意";
}

/** Returns one table per record of a file's JSON Schema: the file's own record first, then each named record it reaches, in the order first referred to. */
export function schemaTables(schema: JsonSchema, name: string): SchemaTable[] {
  const definitions = schema.definitions ?? {};
  const own = definitions[name];
  const root = own?.type === "array" && own.items ? own.items : own;
  // a field shared with another record is a pointer into it (#/definitions/Goal/properties/value): read it there
  const resolve = (f: JsonSchema): JsonSchema =>
    f.$ref?.includes("/properties/") ? resolve(f.$ref.split("/").slice(2).reduce<any>((at, key) => at?.[key], definitions) ?? {}) : f;
  const table = (record: string, s: JsonSchema | undefined): SchemaTable[] =>
    s?.properties
      ? [{ name: record, fields: Object.entries(s.properties).map(([field, raw]) => {
          const f = resolve(raw);
          const named = f.$ref ?? f.anyOf?.find((a) => a.$ref)?.$ref;
          return { field, type: describeType(f), meaning: f.description ?? f.anyOf?.find((a) => a.description)?.description ?? (named ? `见下表 ${named.split("/").at(-1)}` : "") };
        }) }]
      : [];
  return [...table(name, root), ...reachable(own, definitions).flatMap((key) => table(key, definitions[key]))];
}

/** Returns the names of the records `start` refers to, directly or through other records, breadth first. */
function reachable(start: JsonSchema | undefined, definitions: Record<string, JsonSchema>): string[] {
  const refsIn = (s: JsonSchema | undefined) => [...JSON.stringify(s ?? {}).matchAll(/"#\/definitions\/([^"/]+)/g)].map((m) => m[1]!);
  const found: string[] = [];
  for (let queue = refsIn(start); queue.length; ) {
    const key = queue.shift()!;
    if (found.includes(key) || !definitions[key]) continue;
    found.push(key);
    queue.push(...refsIn(definitions[key]));
  }
  return found;
}
