import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readPlanText } from "../../src/io/read-plan-text.ts";
import { parsePlan } from "../../src/pipeline/parse-plan.ts";
import { refusal as refusalOf } from "../helpers/refusal.ts";
import { FIXTURES, testMeta } from "../helpers/plan.ts";

const FILE = "seeds/测试.pdf";
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, "formats", name)));

const refusal = (bytes: Uint8Array) => refusalOf(bytes, "pdf", FILE);

describe("readPlanText(bytes, \"pdf\")", () => {
  it("reads the real 泰顺 table printed to PDF (cells wrapping over lines, 牵头单位 merged) into the same rows as the spreadsheet, its page number apart", async () => {
    const pdf = await readPlanText(fixture("taishun-2024-04-progress.pdf"), "pdf", FILE);
    const xlsx = await readPlanText(fixture("taishun-2024-04-progress.xlsx"), "xlsx", "seeds/测试.xlsx");
    expect(pdf.text).toBe(`${xlsx.text}\n— 1 —`);
    expect([pdf.encoding, pdf.furniture, pdf.pages, pdf.merged, pdf.warnings]).toEqual(["pdf", [9], [{ page: 1, line: 1 }], null, []]);
    const measures = parsePlan(pdf.text, testMeta("taishun-pdf"), pdf).parts.flatMap((p) => p.sections.flatMap((s) => s.measures));
    expect(measures.map((m) => m.cells!.find((c) => c.role === "lead")!.text)).toEqual(["县卫生健康局", "县卫生健康局", "县卫生健康局", "县红十字会", "县医疗保障局", "县医疗保障局"]);
  }, 30_000);

  it("refuses a scan, an encrypted PDF, a truncated one and one that is no PDF, saying what to do", async () => {
    expect(await refusal(fixture("scan.pdf"))).toBe(`${FILE}:0:0: 这份 PDF 没有文字层（是扫描件或图片），网站只能发布可以选中文字的 PDF：请向发文单位索取 Word 文档或由 Word、WPS 导出的 PDF；或者用文字识别（OCR）转成文字、逐字核对后另存为 .docx 或 .txt`);
    expect(await refusal(fixture("encrypted.pdf"))).toBe(`${FILE}:0:0: PDF 设了打开密码，无法读取其中的文字：请取消密码后重新导出 PDF，或改用 Word 文档`);
    const whole = fixture("jinxiang-fgj-2021.pdf");
    expect(await refusal(whole.subarray(0, Math.floor(whole.length / 2)))).toBe(`${FILE}:0:0: PDF 已损坏或不完整（可能下载中断）：请重新下载或重新导出后再放进来`);
    expect(await refusal(new TextEncoder().encode("测试数据：这是文本文件"))).toBe(`${FILE}:0:0: 不是 PDF 文件（文件开头没有 %PDF- 标记）：请检查扩展名，或重新下载`);
  }, 30_000);
});
