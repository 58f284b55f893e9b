/** docxInspect: decides whether a Word document may be published byte for byte — a main document, XML of sane size and depth, and no tracked changes, comments, hidden text or personal details. */
import { attrOf, descendantsOf, elementsOf, measureXml, parseXml, type XmlElement } from "./xml.ts";
import { findHiddenStyles, W, type HiddenStyles } from "./docx-styles.ts";

/** How large and deep the XML of a Word document may be: mammoth reads it recursively (5,000 levels overflow its stack) and takes about 25 µs per node. */
export const XML_LIMITS = { depth: 200, nodes: 1_000_000 };

const PERSONAL: { ns: Set<string>; local: string; label: string }[] = [
  { ns: new Set(["http://purl.org/dc/elements/1.1/"]), local: "creator", label: "作者" },
  { ns: new Set(["http://schemas.openxmlformats.org/package/2006/metadata/core-properties"]), local: "lastModifiedBy", label: "上次修改者" },
  { ns: new Set(["http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"]), local: "Manager", label: "经理" },
];
const W15 = "http://schemas.microsoft.com/office/word/2012/wordml"; // word/people.xml: <w15:person w15:author="…">
const REVIEWERS = "审阅者";
const REVISIONS = new Set([
  "ins", "del", "moveFrom", "moveTo", "cellIns", "cellDel", "cellMerge", "numberingChange",
  "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange", "tblGridChange", "trPrChange", "tcPrChange",
  "customXmlInsRangeStart", "customXmlDelRangeStart", "customXmlMoveFromRangeStart", "customXmlMoveToRangeStart",
]);
const OFFICE_DOCUMENT = /\/officeDocument$/; // the package relationship to the main document part
const CONTENT = /(?:^|\/)(?:document\d*|header\d*|footer\d*|footnotes|endnotes)\.xml$/; // parts whose text Word shows
const LABELS: [RegExp, string][] = [[/header\d*\.xml$/, "页眉"], [/footer\d*\.xml$/, "页脚"], [/footnotes\.xml$/, "脚注"], [/endnotes\.xml$/, "尾注"], [/comments\.xml$/, "批注"], [/styles\.xml$/, "样式"], [/numbering\.xml$/, "编号"]]; // where a part's findings are
const EXCERPT = 12; // characters quoted from a finding
const SHOWN = 3; // findings of a kind named in the message

/** Where something was found: the part's label, the paragraph (0 when none), the words there. */
interface Spot {
  label: string;
  paragraph: number;
  words: string;
}

/** What was found in a document's parts. */
interface Findings {
  revisions: Spot[];
  comments: number; // <w:comment> elements
  commentSpots: Map<string, Spot>; // by comment id, where it is anchored
  hidden: Spot[];
  personal: Map<string, string[]>; // label → names
}

/**
 * Returns why a Word document, given as its XML parts by zip path, cannot be published as it is — one
 * Chinese sentence saying what was found and how to clean it in Word — or null when it can. Refused:
 * no main document (where _rels/.rels points, else word/document.xml); XML deeper or larger than
 * XML_LIMITS (checked first, before anything is parsed); tracked changes; comments; hidden text (w:vanish
 * not set off, directly or through a style, in the body, headers, footers and notes; not webHidden); and
 * the author, last editor, manager or reviewers' names. Elements count by namespace, whatever their prefix.
 */
export function inspectDocx(parts: ReadonlyMap<string, string>): string | null {
  const unsafe = checkXml(parts);
  if (unsafe) return unsafe;
  const main = mainDocumentPath(parts);
  if (!parts.has(main)) return `是 zip 文件，但不是 Word 文档（没有 ${main}）：请在 Word 中另存为 .docx`;
  const styles = parts.get(`${main.replace(/[^/]*$/, "")}styles.xml`); // beside the main document: mammoth's default place for the styles
  const found: Findings = { revisions: [], comments: 0, commentSpots: new Map(), hidden: [], personal: new Map() };
  const hiddenStyles = findHiddenStyles(styles === undefined ? null : parseXml(styles));
  for (const name of [main, ...[...parts.keys()].filter((n) => n !== main).sort()])
    inspectPart(name === main ? "" : labelOf(name), parseXml(parts.get(name)!), CONTENT.test(name) || name === main ? hiddenStyles : null, found);
  return describe(found);
}

function checkXml(parts: ReadonlyMap<string, string>): string | null {
  let nodes = 0;
  for (const name of [...parts.keys()].sort()) {
    const size = measureXml(parts.get(name)!, { depth: XML_LIMITS.depth, nodes: XML_LIMITS.nodes - nodes });
    if (size.depth > XML_LIMITS.depth)
      return `Word 文档的 ${name} 中 XML 嵌套超过 ${XML_LIMITS.depth} 层：Word 不会生成这样的文件，可能已损坏或被人为构造；请在 Word 中打开后另存为 .docx`;
    nodes += size.nodes;
    if (nodes > XML_LIMITS.nodes)
      return `Word 文档的 XML 超过 ${XML_LIMITS.nodes / 10_000} 万个元素和属性，远超任何年度计划：可能已损坏、被人为构造或选错了文件`;
  }
  return null;
}

/** Returns the zip path of the main document: the target of the officeDocument relationship in _rels/.rels, else word/document.xml. */
function mainDocumentPath(parts: ReadonlyMap<string, string>): string {
  const rels = parts.get("_rels/.rels");
  const target = rels === undefined ? undefined : descendantsOf(parseXml(rels)).filter((el) => el.local === "Relationship" && OFFICE_DOCUMENT.test(attrOf(el, "Type") ?? "")).map((el) => attrOf(el, "Target"))[0];
  return target ? target.replace(/^\//, "") : "word/document.xml"; // an absolute target "/word/document.xml" is the same zip path
}

function labelOf(name: string): string {
  return LABELS.find(([pattern]) => pattern.test(name))?.[1] ?? `${name} `;
}

/** Adds what one part holds to `found`; hidden text is looked for only when `styles` is given (a part whose text Word shows). */
function inspectPart(label: string, root: XmlElement, styles: HiddenStyles | null, found: Findings): void {
  let count = 0; // paragraphs begun so far
  const pending: Spot[] = []; // found outside any paragraph: placed at the next one
  const spot = (paragraph: XmlElement | null, words: string): Spot => {
    const s = { label, paragraph: paragraph ? count : count + 1, words: excerpt(words) };
    if (!paragraph) pending.push(s);
    return s;
  };
  const visit = (el: XmlElement, paragraph: XmlElement | null, inRevision: boolean) => {
    for (const c of elementsOf(el)) {
      const w = W.has(c.ns);
      if (w && c.local === "p") count++;
      const p = w && c.local === "p" ? c : paragraph;
      const revision = w && REVISIONS.has(c.local);
      if (revision && !inRevision) found.revisions.push(spot(p, wordsOf(c) || (p ? wordsOf(p) : "")));
      if (w && c.local === "comment") found.comments++;
      if (w && (c.local === "commentRangeStart" || c.local === "commentReference")) {
        const id = attrOf(c, "id") ?? "";
        if (!found.commentSpots.has(id)) found.commentSpots.set(id, spot(p, ""));
      }
      if (styles && w && c.local === "r" && wordsOf(c).trim() && styles.hides(c, p)) found.hidden.push(spot(p, wordsOf(c)));
      const personal = PERSONAL.find((f) => f.ns.has(c.ns) && f.local === c.local);
      if (personal) addName(found.personal, personal.label, wordsOf(c, true));
      if (c.ns === W15 && c.local === "person") addName(found.personal, REVIEWERS, attrOf(c, "author") ?? "");
      visit(c, p, inRevision || revision);
    }
  };
  visit(root, null, false);
  for (const s of pending) if (s.paragraph > count) s.paragraph = 0; // nothing follows
}

function addName(personal: Map<string, string[]>, label: string, name: string): void {
  const trimmed = name.trim();
  if (!trimmed) return;
  const names = personal.get(label) ?? [];
  if (!names.includes(trimmed)) personal.set(label, [...names, trimmed]);
}

/** Returns the words of `el`: its w:t and w:delText text (or, for a metadata field, all its text), spaces collapsed. */
function wordsOf(el: XmlElement, all = false): string {
  const texts = [el, ...descendantsOf(el)].filter((d) => all || (W.has(d.ns) && (d.local === "t" || d.local === "delText")));
  return texts.flatMap((d) => d.children.filter((c): c is string => typeof c === "string")).join("").replace(/\s+/g, " ").trim();
}

function excerpt(words: string): string {
  const chars = [...words];
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join("")}…` : words;
}

function where(s: Spot): string {
  const place = `${s.label}${s.paragraph ? `第 ${s.paragraph} 段` : ""}`.trim() || "正文";
  return `${place}${s.words ? `“${s.words}”` : ""}`;
}

function list(spots: Spot[]): string {
  const places = [...new Set(spots.map(where))];
  return `${places.slice(0, SHOWN).join("、")}${places.length > SHOWN ? "等" : ""}`;
}

/** Returns the refusal for what was found, with how to clean exactly that in Word; null when nothing was. */
function describe(found: Findings): string | null {
  const comments = Math.max(found.comments, found.commentSpots.size);
  const personal = [...PERSONAL.map((f) => f.label), REVIEWERS].flatMap((label) => (found.personal.has(label) ? [`${label}：${found.personal.get(label)!.join("、")}`] : []));
  const what = [
    found.revisions.length ? `含修订记录（${found.revisions.length} 处：${list(found.revisions)}）` : "",
    comments ? `含批注（${comments} 条${found.commentSpots.size ? `：${list([...found.commentSpots.values()])}` : ""}）` : "",
    found.hidden.length ? `含隐藏文字（${found.hidden.length} 处：${list(found.hidden)}）` : "",
    personal.length ? `含作者等个人信息（${personal.join("；")}）` : "",
  ].filter(Boolean);
  if (!what.length) return null;
  const steps = [found.revisions.length && "接受全部修订", comments && "删除批注", found.hidden.length && "删除或取消隐藏文字"].filter((s): s is string => Boolean(s));
  const inspector = "用“文件 → 信息 → 检查问题 → 检查文档”清除个人信息";
  const how = personal.length ? (steps.length ? `${steps.join("、")}，并${inspector}` : inspector) : steps.join("、");
  return `${what.join("；")}。原文件将逐字节公开下载，请在 Word 中${how}后另存`;
}
