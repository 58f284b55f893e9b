/** xml: a small, forgiving reader for the XML parts of a Word document — how large and deep they are, and their elements with namespaces resolved. */

export interface XmlElement {
  ns: string; // namespace URI; "" when none
  local: string; // the name without its prefix: w:ins → ins
  attributes: string; // as written, read with attrOf
  children: XmlNode[];
}
export type XmlNode = XmlElement | string; // an element, or character data with entities decoded

// One token: a comment, CDATA (1: its text), processing instruction, declaration (<!DOCTYPE …), end tag (2: name) or
// start tag (3: name, 4: attributes, ending in "/" when empty). No token but a comment, CDATA or instruction runs past
// the next "<", and those three end at the end of the text when unterminated: a scan is linear in the text's length
// and needs no backtracking stack. (A ">" inside an attribute value, which Word writes as &gt;, ends the tag early.)
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)|<![^<>]*>?|<\/([^\s<>]+)\s*>|<([^\s<>/!?]+)([^<>]*)>/g;
const XMLNS = /(?:^|\s)xmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g; // xmlns="uri", xmlns:w="uri"
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g; // &#x4E00; &#19968; &amp;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Returns how deeply elements nest in `xml` (the document element is depth 1) and how many elements and
 * attributes it holds, scanning no further than the first element deeper or node more than `limits`
 * allow: a hostile part costs one pass and no memory. End tags that close nothing are not counted.
 */
export function measureXml(xml: string, limits: { depth: number; nodes: number }): { depth: number; nodes: number } {
  let [depth, deepest, nodes] = [0, 0, 0];
  for (const m of xml.matchAll(TOKEN)) {
    if (m[2] !== undefined) depth = Math.max(0, depth - 1);
    if (m[3] === undefined) continue;
    nodes += 1 + countEquals(m[4]!); // the element and (about) its attributes
    deepest = Math.max(deepest, depth + 1);
    if (!m[4]!.endsWith("/")) depth++;
    if (deepest > limits.depth || nodes > limits.nodes) break;
  }
  return { depth: deepest, nodes };
}

function countEquals(s: string): number {
  let n = 0;
  for (let i = s.indexOf("="); i !== -1; i = s.indexOf("=", i + 1)) n++;
  return n;
}

interface Scope {
  prefixes: Map<string, string>; // declared on one element: prefix ("" for the default) → namespace URI
  parent: Scope | null;
}

/**
 * Returns the elements of `xml` under a root of local name "#document", prefixes resolved to namespace
 * URIs. It validates nothing — a stray end tag closes the innermost element, an undeclared prefix has
 * namespace "" — so call it only on XML whose size and depth measureXml has bounded: the tree is as
 * large and as deep as the XML.
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { ns: "", local: "#document", attributes: "", children: [] };
  const stack: { el: XmlElement; scope: Scope }[] = [{ el: root, scope: { prefixes: new Map([["xml", "http://www.w3.org/XML/1998/namespace"]]), parent: null } }];
  let last = 0;
  for (const m of xml.matchAll(TOKEN)) {
    const top = stack.at(-1)!;
    if (m.index > last) top.el.children.push(decodeEntities(xml.slice(last, m.index)));
    last = m.index + m[0].length;
    if (m[1] !== undefined) top.el.children.push(m[1]);
    else if (m[2] !== undefined && stack.length > 1) stack.pop();
    else if (m[3] !== undefined) {
      const empty = m[4]!.endsWith("/");
      const attributes = empty ? m[4]!.slice(0, -1) : m[4]!;
      const scope = attributes.includes("xmlns") ? { prefixes: declaredPrefixes(attributes), parent: top.scope } : top.scope;
      const [prefix, local] = splitName(m[3]);
      const el: XmlElement = { ns: resolve(scope, prefix), local, attributes, children: [] };
      top.el.children.push(el);
      if (!empty) stack.push({ el, scope });
    }
  }
  if (last < xml.length) stack.at(-1)!.el.children.push(decodeEntities(xml.slice(last)));
  return root;
}

function declaredPrefixes(attributes: string): Map<string, string> {
  return new Map([...attributes.matchAll(XMLNS)].map((m) => [m[1] ?? "", decodeEntities(m[2] ?? m[3] ?? "")]));
}

function resolve(scope: Scope | null, prefix: string): string {
  for (let s = scope; s; s = s.parent) {
    const ns = s.prefixes.get(prefix);
    if (ns !== undefined) return ns;
  }
  return "";
}

function splitName(name: string): [string, string] {
  const colon = name.indexOf(":");
  return colon === -1 ? ["", name] : [name.slice(0, colon), name.slice(colon + 1)];
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, hex?: string, dec?: string, named?: string) => {
    if (named) return NAMED[named]!;
    const code = parseInt(hex ?? dec!, hex ? 16 : 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const attributePatterns = new Map<string, RegExp>();

/** Returns the value of the attribute of `el` with local name `local` (w:val → "val"), whatever its prefix, entities decoded; undefined when absent. */
export function attrOf(el: XmlElement, local: string): string | undefined {
  let pattern = attributePatterns.get(local);
  if (!pattern) attributePatterns.set(local, (pattern = new RegExp(`(?:^|\\s)(?:[^\\s=:]+:)?${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`))); // [prefix:]local="value"
  const m = pattern.exec(el.attributes);
  return m ? decodeEntities(m[1] ?? m[2] ?? "") : undefined;
}

/** Returns the character data of `el` and everything under it, in order. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

/** Returns the element children of `el`. */
export function elementsOf(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== "string");
}

/** Returns every element under `el`, `el` excluded, in document order. */
export function descendantsOf(el: XmlElement, into: XmlElement[] = []): XmlElement[] {
  for (const c of elementsOf(el)) {
    into.push(c);
    descendantsOf(c, into);
  }
  return into;
}
