import { describe, expect, it } from "vitest";
import { measurePieces, nest, paragraphPieces } from "../../src/lib/segments.ts";
import { measuresOf, parseFixture } from "../helpers/plan.ts";

describe("measurePieces(measure)", () => {
  const m1 = measuresOf(parseFixture("suixi-2021"))[0]!;

  it("cuts measure 1 of 2021 into title, text, responsibility with its office names and the redacted leader", () => {
    expect(measurePieces(m1).filter((p) => p.marks.length).map((p) => [p.text, p.marks.join("+")])).toEqual([
      ["强化运行调度。", "title"],
      ["(责任领导：", "responsibility"],
      ["XXX", "responsibility+leader+redaction"],
      ["，责任股室：", "responsibility"],
      ["经济运行办公室", "responsibility+office"],
      ["、", "responsibility"],
      ["技改与创新办公室", "responsibility+office"],
      [")", "responsibility"],
    ]);
  });

  it("marks commitments with their record, and a name only where it stands as a whole (办公室 not inside 经济运行办公室)", () => {
    const m10 = measuresOf(parseFixture("suixi-2021"))[9]!;
    const marked = measurePieces(m10).filter((p) => p.marks.includes("commitment"));
    expect(marked.map((p) => p.text)).toEqual(["培育上云企业40家", "推动高罗输送装备等10家企业", "推广应用工业机器人20台", "培育省级智能工厂和数字化车间2个"]);
    expect(marked[0]!.commitment).toMatchObject({ subject: "上云企业", value: 40, unit: "家" });
    const m21 = measuresOf(parseFixture("suixi-2021"))[20]!;
    expect(measurePieces(m21).filter((p) => p.marks.includes("office")).map((p) => p.text)).toEqual(["办公室"]);
  });

  it("gives back the text exactly when joined", () => {
    for (const m of measuresOf(parseFixture("suixi-2022"))) expect(measurePieces(m).map((p) => p.text).join("")).toBe(m.text);
  });
});

describe("paragraphPieces(text)", () => {
  it("marks redactions, including the * of *G", () => {
    expect(paragraphPieces("协调推进*G站点建设，增长X%").map((p) => [p.text, p.marks.join()])).toEqual([
      ["协调推进", ""], ["*", "redaction"], ["G站点建设，增长", ""], ["X", "redaction"], ["%", ""],
    ]);
  });
});

describe("nest(pieces)", () => {
  /** The tree as a compact string: mark[children], text as is. */
  const show = (nodes: ReturnType<typeof nest>): string => nodes.map((n) => ("mark" in n ? `${n.mark}[${show(n.children)}]` : n.text)).join("");

  it("wraps a whole responsibility annotation in one element, its office chips inside", () => {
    const m1 = measuresOf(parseFixture("suixi-2021"))[0]!;
    const tree = nest(measurePieces(m1));
    expect(tree.filter((n) => "mark" in n && n.mark === "responsibility")).toHaveLength(1);
    expect(show(tree)).toMatch(/responsibility\[\(责任领导：leader\[redaction\[XXX\]\]，责任股室：office\[经济运行办公室\]、office\[技改与创新办公室\]\)\]$/);
  });

  it("keeps a commitment holding a redaction as one element, and adjacent commitments apart", () => {
    const plan = parseFixture("suixi-2022");
    const m = measuresOf(plan).find((x) => x.anchor === "m-s2-6")!;
    const marks = nest(measurePieces(m)).filter((n) => "mark" in n && n.mark === "commitment");
    expect(marks.map((n) => show([n]))).toEqual(m.commitments.map((c) => `commitment[${c.text.replace(/\*/g, "redaction[*]")}]`));
  });
});
