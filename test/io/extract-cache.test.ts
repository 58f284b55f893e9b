import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cachedExtraction } from "../../src/io/extract-cache.ts";
import { plainText } from "../../src/pipeline/extracted-text.ts";

const dir = mkdtempSync(join(tmpdir(), "extract-cache-"));
process.env.EXTRACT_CACHE = dir;
afterAll(() => {
  delete process.env.EXTRACT_CACHE;
  rmSync(dir, { recursive: true, force: true });
});

describe("cachedExtraction(bytes, format, read)", () => {
  it("reads a file once, keeps what was read by its bytes and format, and reads it again when the entry was tampered with", async () => {
    let reads = 0;
    const read = async () => (reads++, plainText(`测试数据：第 ${reads} 次读取`, "pdf"));
    const bytes = new TextEncoder().encode("%PDF-测试");
    expect((await cachedExtraction(bytes, "pdf", read)).text).toBe("测试数据：第 1 次读取");
    expect((await cachedExtraction(bytes, "pdf", read)).text).toBe("测试数据：第 1 次读取");
    expect((await cachedExtraction(bytes, "html", read)).text).toBe("测试数据：第 2 次读取");
    for (const f of readdirSync(dir)) writeFileSync(join(dir, f), JSON.stringify({ sha256: "0".repeat(64), json: JSON.stringify(plainText("<script>篡改</script>", "pdf")) }));
    expect((await cachedExtraction(bytes, "pdf", read)).text).toBe("测试数据：第 3 次读取");
  });

  it("never keeps a failed read", async () => {
    const bytes = new TextEncoder().encode("%PDF-坏文件");
    await expect(cachedExtraction(bytes, "pdf", async () => { throw new Error("坏文件"); })).rejects.toThrow("坏文件");
    expect((await cachedExtraction(bytes, "pdf", async () => plainText("测试数据：重读", "pdf"))).text).toBe("测试数据：重读");
  });
});
