import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readPlanText } from "../../src/io/read-plan-text.ts";
import { parsePlan } from "../../src/pipeline/parse-plan.ts";
import { refusal as refusalOf } from "../helpers/refusal.ts";
import { FIXTURES, testMeta } from "../helpers/plan.ts";

const FILE = "seeds/测试.html";
const fixture = (name: string) => readFileSync(resolve(FIXTURES, "formats", name));

const refusal = (bytes: Uint8Array) => refusalOf(bytes, "html", FILE);

describe("readPlanText(bytes, \"html\") on a saved portal page", () => {
  it("reads a GBK page declaring gb2312: the real 泰顺 table, its merged 牵头单位 carried down exactly as from the spreadsheet", async () => {
    const html = await readPlanText(fixture("taishun-2024-04-progress-gbk.html"), "html", FILE);
    const xlsx = await readPlanText(fixture("taishun-2024-04-progress.xlsx"), "xlsx", "seeds/测试.xlsx");
    expect(html.encoding).toBe("gb18030");
    expect([html.text, html.merged]).toEqual([xlsx.text, xlsx.merged]);
    const measures = parsePlan(html.text, testMeta("taishun-html"), html).parts.flatMap((p) => p.sections.flatMap((s) => s.measures));
    expect(measures.map((m) => m.cells!.find((c) => c.role === "lead")!.carried)).toEqual([false, true, true, false, false, true]);
  });

  it("leaves the page's scripts, navigation, search form, share buttons and footer out of the text", async () => {
    const { text } = await readPlanText(fixture("jinxiang-fgj-2021.html"), "html", FILE);
    for (const chrome of ["统计代码", "首页", "互动交流", "搜索", "分享", "打印本页", "主办", "console", "<", "javascript:"]) expect(text, chrome).not.toContain(chrome);
  });

  it("refuses what is not a web page, and bytes wrong for the declared charset, naming the file", async () => {
    expect(await refusal(new TextEncoder().encode("测试数据：这是文本文件，没有任何标记。"))).toBe(`${FILE}:0:0: 不是网页文件（找不到 HTML 标记）：请检查扩展名，文本文件请用 .txt`);
    expect(await refusal(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBe(`${FILE}:0:0: 这是 PDF 文件，不是文本文件：请改用扩展名 .pdf`);
    const bad = new Uint8Array([...new TextEncoder().encode('<html><head><meta charset="utf-8"></head><body><p>正文'), 0xff, 0xfe, 0x41]);
    expect(await refusal(bad)).toBe(`${FILE}:0:0: 网页声明的编码是 utf-8，但其中有不合法的 UTF-8 字节：文件可能不完整或另存时编码有误，请重新保存网页`);
    expect(await refusal(new TextEncoder().encode('<html><body><nav>首页</nav><script>var a;</script></body></html>'))).toBe(`${FILE}:0:0: 网页中找不到正文：请打开网页核对，或把正文另存为 .docx 或 .txt`);
  });
});
