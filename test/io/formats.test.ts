/** One real document in every format a bureau publishes it in: the same structure from each, and each original's text in full. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readPlanText } from "../../src/io/read-plan-text.ts";
import { sofficePath } from "../../src/io/office-convert.ts";
import { parsePlan } from "../../src/pipeline/parse-plan.ts";
import type { Plan } from "../../src/schema/plan.ts";
import { FIXTURES, testMeta } from "../helpers/plan.ts";
import { bodyText, layoutFree, planPieces } from "../../src/pipeline/plan-text.ts";

const DIR = resolve(FIXTURES, "formats");
const NAME = "jinxiang-fgj-2021"; // test/fixtures/real/11, 金乡县2021年国民经济和社会发展计划: see test/fixtures/formats/README.md

/** Returns the Plan read from the fixture in `format`, as the build reads it. */
async function planIn(format: string): Promise<Plan> {
  const file = `${NAME}.${format}`;
  const { text, furniture, merged } = await readPlanText(readFileSync(resolve(DIR, file)), format, `seeds/${file}`);
  return parsePlan(text, testMeta(NAME), { furniture, merged });
}

/** Returns what a Plan says of its document, without line numbers (a blank line of a text file is not a Word paragraph). */
function structureOf(plan: Plan) {
  const measures = (ms: Plan["parts"][number]["sections"][number]["measures"]) => ms.map((m) => ({ marker: m.marker, text: m.text, responsibility: m.responsibility?.raw ?? null, commitments: m.commitments.map((c) => c.text) }));
  return {
    kind: plan.kind,
    stated: plan.stated.map((s) => [s.field, s.value]),
    notice: plan.notice?.paragraphs ?? null,
    preamble: plan.preamble,
    parts: plan.parts.map((p) => ({ marker: p.marker, title: p.title, kind: p.kind, paragraphs: p.paragraphs, sections: p.sections.map((s) => ({ marker: s.marker, title: s.title, paragraphs: s.paragraphs, measures: measures(s.measures) })) })),
    goals: plan.goals.map((g) => g.text),
    redactions: plan.redactions.map((r) => r.glyphs),
  };
}

const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);

describe("the same real document as .txt, .docx, .doc, .html and .pdf", () => {
  const txt = () => planIn("txt");

  it("gives the same structure from the Word document as from the text", async () => {
    const plan = await txt();
    expect([plan.stated.length, plan.notice?.paragraphs.length, plan.goals.length, plan.furniture.length]).toEqual([5, 7, 1, 8]);
    expect(structureOf(await planIn("docx"))).toEqual(structureOf(plan));
  });

  it("gives every line of the text from the Word document, in order", async () => {
    const { text } = await readPlanText(readFileSync(resolve(DIR, `${NAME}.docx`)), "docx", `seeds/${NAME}.docx`);
    expect(lines(text)).toEqual(lines(readFileSync(resolve(DIR, `${NAME}.txt`), "utf8")));
  });

  it("gives the same structure from the saved web page, its metadata table read as the document's stated metadata", async () => {
    const [html, plan] = [await planIn("html"), await txt()];
    expect(structureOf(html)).toEqual(structureOf(plan));
  });

  it("gives the same structure from the PDF, its running header and page numbers kept apart as page furniture", async () => {
    const [pdf, plan] = [await planIn("pdf"), await txt()];
    expect(structureOf(pdf)).toEqual(structureOf(plan));
    const header = "测试用页眉：金乡县人民政府文件";
    const texts = (p: Plan) => p.furniture.map((f) => f.text.replace(/\s+/g, " ")); // a PDF keeps no run of spaces: only their width
    expect(texts(pdf)).toEqual([header, ...texts(plan), "— 1 —", header, "— 2 —"]);
  }, 30_000);

  it.runIf(sofficePath() !== null)("reads the old .doc through LibreOffice to the same structure", async () => {
    expect(existsSync(resolve(DIR, `${NAME}.doc`))).toBe(true);
    expect(structureOf(await planIn("doc"))).toEqual(structureOf(await txt()));
  }, 60_000);
});

describe("a real plan with parts, sections and measures, exported to PDF by LibreOffice as a Word file is", () => {
  it("gives the same parts, sections, measures, commitments and goals as its text, whitespace aside (another producer's text layer: ragged right, runs split at each font change, spaces between Chinese and Latin)", async () => {
    const file = "suixi-2021-libreoffice.pdf";
    const read = await readPlanText(readFileSync(resolve(DIR, file)), "pdf", `seeds/${file}`);
    const pdf = parsePlan(read.text, testMeta("suixi-pdf"), read);
    const txt = parsePlan(readFileSync(resolve(FIXTURES, "plans", "suixi-2021.txt"), "utf8"), testMeta("suixi-txt"));
    const bare = (plan: Plan) => JSON.parse(JSON.stringify(structureOf(plan), (_key, value) => (typeof value === "string" ? value.replace(/\s+/g, "") : value)));
    expect(bare(pdf)).toEqual(bare(txt));
    expect([pdf.parts.length, pdf.parts.flatMap((p) => p.sections).length, pdf.parts.flatMap((p) => p.sections.flatMap((s) => s.measures)).length]).toEqual([3, 8, 24]);
    expect(read.pages).toEqual([{ page: 1, line: 1 }, { page: 2, line: 21 }]);
  }, 30_000);
});

describe("the parser's lossless guarantee on extracted text", () => {
  for (const file of ["jinxiang-fgj-2021.docx", "jinxiang-fgj-2021.html", "jinxiang-fgj-2021.pdf", "suixi-2021-libreoffice.pdf", "taishun-2024-04-progress.xlsx", "taishun-2024-04-progress-gbk.html", "taishun-2024-04-progress.pdf"]) {
    it(`holds for ${file}: every character extracted appears on the page, in order`, async () => {
      const format = file.split(".").pop()!;
      const read = await readPlanText(readFileSync(resolve(DIR, file)), format, `seeds/${file}`);
      const plan = parsePlan(read.text, testMeta("lossless"), read);
      expect(layoutFree(planPieces(plan).join(""))).toBe(bodyText(read.text, plan));
    }, 30_000);
  }
});
