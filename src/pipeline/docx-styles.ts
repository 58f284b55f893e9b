/** docxStyles: tells which runs of a Word document are hidden (w:vanish) — set on the run, or through its character or paragraph style. */
import { attrOf, elementsOf, type XmlElement } from "./xml.ts";

export const W = new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]); // WordprocessingML: transitional, strict
const OFF = /^(?:false|0|off)$/; // the w:val of a toggle property turned off
const ON = /^(?:true|1|on)$/; // the w:val of w:default="1" and the like
const BASED_ON_STEPS = 50; // basedOn chains are short; a loop stops here

export interface HiddenStyles {
  /** Returns whether a w:r in `paragraph` is hidden. */
  hides(run: XmlElement, paragraph: XmlElement | null): boolean;
}

/**
 * Returns how hidden runs are told, given styles.xml's root (null when the document has none): a run is
 * hidden by its own w:vanish, else by its character style's, else by its paragraph style's (the default
 * paragraph style when it names none), else by the document defaults'. A style without w:vanish takes
 * its basedOn style's. A w:vanish with w:val false, 0 or off shows the run; w:webHidden is not hiding.
 */
export function findHiddenStyles(styles: XmlElement | null): HiddenStyles {
  const root = styles ? childOf(styles, "styles") : undefined;
  const byId = new Map<string, XmlElement>();
  let defaultParagraph: string | undefined;
  for (const style of root ? elementsOf(root).filter((el) => W.has(el.ns) && el.local === "style") : []) {
    const id = attrOf(style, "styleId") ?? "";
    byId.set(id, style);
    if (attrOf(style, "type") === "paragraph" && ON.test(attrOf(style, "default") ?? "")) defaultParagraph = id;
  }
  const documentDefault = vanishOf(childOf(childOf(childOf(root, "docDefaults"), "rPrDefault"), "rPr")) ?? false;
  const styleHides = (id: string | undefined): boolean | undefined => {
    for (let step = 0, current = id; current !== undefined && step < BASED_ON_STEPS; step++) {
      const style = byId.get(current);
      const own = vanishOf(childOf(style, "rPr"));
      if (!style || own !== undefined) return own;
      current = valOf(childOf(style, "basedOn"));
    }
    return undefined;
  };
  return {
    hides: (run, paragraph) => {
      const rPr = childOf(run, "rPr");
      const paragraphStyle = valOf(childOf(childOf(paragraph ?? undefined, "pPr"), "pStyle")) ?? defaultParagraph;
      return vanishOf(rPr) ?? styleHides(valOf(childOf(rPr, "rStyle"))) ?? styleHides(paragraphStyle) ?? documentDefault;
    },
  };
}

function childOf(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el && elementsOf(el).find((c) => W.has(c.ns) && c.local === local);
}

function valOf(el: XmlElement | undefined): string | undefined {
  return el && attrOf(el, "val");
}

/** Returns whether run properties hide their text: true or false when they say, undefined when they have no w:vanish. */
function vanishOf(rPr: XmlElement | undefined): boolean | undefined {
  const vanish = childOf(rPr, "vanish");
  return vanish ? !OFF.test(valOf(vanish) ?? "true") : undefined;
}
