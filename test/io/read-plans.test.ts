import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InsertedTextRun, Paragraph } from "docx";
import { readPlans, type Paths } from "../../src/io/read-source.ts";
import { InputError } from "../../src/pipeline/input-error.ts";
import { docxOf } from "../helpers/docx.ts";
import { ROOT } from "../helpers/project.ts";

const dir = mkdtempSync(join(tmpdir(), "read-plans-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readPlans(paths)", () => {
  it("lists every Word document it refuses, each by its file, instead of stopping at the first", async () => {
    for (const folder of ["data", "seeds"]) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
    const revised = await docxOf([new Paragraph({ children: [new InsertedTextRun({ id: 1, author: "张三", date: "2024-01-15T10:30:00Z", text: "新增" })] })]);
    writeFileSync(join(dir, "seeds/revised.docx"), revised);
    writeFileSync(join(dir, "seeds/renamed.docx"), "测试数据：改了扩展名的文本文件");
    appendFileSync(join(dir, "data/plans.csv"), "revised.docx,test-revised,2019,测试：含修订,测试机构,,,,,,,,测试数据\nrenamed.docx,test-renamed,2018,测试：不是 zip,测试机构,,,,,,,,测试数据\n");
    const paths: Paths = {
      catalogue: join(dir, "data/plans.csv"), indicators: join(dir, "data/indicators.csv"), values: join(dir, "data/indicator-values.csv"),
      themes: join(dir, "data/themes.csv"), entities: join(dir, "data/entities.csv"), seeds: join(dir, "seeds"), notes: join(dir, "notes"),
    };
    const error = await readPlans(paths).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((p) => [p.file, p.reason.split("（")[0]])).toEqual([["seeds/revised.docx", "含修订记录"], ["seeds/renamed.docx", "不是有效的 Word 文档"]]);
  });
});
