import { describe, expect, it } from "vitest";
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, InsertedTextRun, Paragraph, TextRun } from "docx";
import { readPlanText } from "../../src/io/read-plan-text.ts";
import { InputError } from "../../src/pipeline/input-error.ts";
import { docxOf } from "../helpers/docx.ts";
import { deflatedZeros, entriesOf, zipOf, type ZipEntry } from "../helpers/zip.ts";

const FILE = "seeds/测试.docx";
const MB = 1024 * 1024;
const CLEAN = "。原文件将逐字节公开下载，请在 Word 中";
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** Returns the message readPlanText refuses `bytes` with, failing the test if it reads them or throws anything but an InputError naming the file. */
async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await readPlanText(bytes, "docx", FILE).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  const { problems } = error as InputError;
  expect(problems.map((p) => p.file)).toEqual([FILE]);
  return (error as InputError).message;
}

/** Returns a clean generated .docx (test data) with one entry replaced, added or (content undefined) removed. */
async function alteredDocx(name: string, content: string | undefined): Promise<Uint8Array> {
  const entries = entriesOf(await docxOf([new Paragraph("测试数据：正文。")])).filter((e) => e.name !== name);
  return zipOf(content === undefined ? entries : [...entries, { name, data: new TextEncoder().encode(content) }]);
}

const paragraph = (...children: (TextRun | InsertedTextRun | DeletedTextRun | CommentRangeStart | CommentRangeEnd)[]) => new Paragraph({ children });
const date = "2024-01-15T10:30:00Z";

describe("readPlanText(bytes, \"docx\", file) on a Word document that is not safe to publish as it is", () => {
  it("reads a clean document", async () => {
    expect(await readPlanText(await docxOf([new Paragraph("测试数据：正文。")]), "docx", FILE)).toEqual({ text: "测试数据：正文。", encoding: "docx", furniture: [], pages: null, merged: [] });
  });

  it("refuses a tracked insertion, naming where it is and what it says", async () => {
    const bytes = await docxOf([new Paragraph("测试数据：修订"), paragraph(new TextRun("推进企业上云，"), new InsertedTextRun({ id: 1, author: "张三", date, text: "新增上云企业50家" }))]);
    expect(await refusal(bytes)).toBe(`${FILE}:0:0: 含修订记录（1 处：第 2 段“新增上云企业50家”）${CLEAN}接受全部修订后另存`);
  });

  it("refuses a tracked deletion, quoting the deleted words", async () => {
    const bytes = await docxOf([new Paragraph("测试数据：修订"), paragraph(new TextRun("推进企业上云。"), new DeletedTextRun({ id: 2, author: "张三", date, text: "此句已删去但仍在文件中" }))]);
    expect(await refusal(bytes)).toBe(`${FILE}:0:0: 含修订记录（1 处：第 2 段“此句已删去但仍在文件中”）${CLEAN}接受全部修订后另存`);
  });

  it("refuses a comment", async () => {
    const bytes = await docxOf(
      [new Paragraph("测试数据：批注"), new Paragraph({ children: [new CommentRangeStart(0), new TextRun("需核对的句子。"), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] })],
      { comments: { children: [{ id: 0, author: "张三", date: new Date(date), children: [new Paragraph("这个数字请再核对")] }] } },
    );
    expect(await refusal(bytes)).toBe(`${FILE}:0:0: 含批注（1 条：第 2 段）${CLEAN}删除批注后另存`);
  });

  it("refuses hidden text", async () => {
    const bytes = await docxOf([new Paragraph("测试数据：隐藏文字"), paragraph(new TextRun("公开的句子。"), new TextRun({ text: "内部掌握，不公开", vanish: true }))]);
    expect(await refusal(bytes)).toBe(`${FILE}:0:0: 含隐藏文字（1 处：第 2 段“内部掌握，不公开”）${CLEAN}删除或取消隐藏文字后另存`);
  });

  it("refuses the author's and last editor's names, the docx library's default “Un-named” too", async () => {
    expect(await refusal(await docxOf([new Paragraph("测试数据")], { creator: "张三", lastModifiedBy: "李四" })))
      .toBe(`${FILE}:0:0: 含作者等个人信息（作者：张三；上次修改者：李四）${CLEAN}用“文件 → 信息 → 检查问题 → 检查文档”清除个人信息后另存`);
    expect(await refusal(await docxOf([new Paragraph("测试数据")], { creator: undefined, lastModifiedBy: undefined }))).toContain("（作者：Un-named；上次修改者：Un-named）");
  });

  it("lists everything found in one message, with one way to clean it all", async () => {
    const bytes = await docxOf(
      [paragraph(new InsertedTextRun({ id: 1, author: "张三", date, text: "新增" })), paragraph(new TextRun({ text: "隐藏", vanish: true }))],
      { creator: "张三" },
    );
    expect(await refusal(bytes)).toBe(`${FILE}:0:0: 含修订记录（1 处：第 1 段“新增”）；含隐藏文字（1 处：第 2 段“隐藏”）；含作者等个人信息（作者：张三）`
      + `${CLEAN}接受全部修订、删除或取消隐藏文字，并用“文件 → 信息 → 检查问题 → 检查文档”清除个人信息后另存`);
  });
});

describe("readPlanText(bytes, \"docx\", file) on a file that is not a readable Word document", () => {
  it("refuses a renamed text file or old .doc as not a zip", async () => {
    expect(await refusal(new TextEncoder().encode("测试数据：这是文本文件"))).toBe(`${FILE}:0:0: 不是有效的 Word 文档（.docx 应为 zip 格式）；若是旧版 .doc 请把扩展名改回 .doc，或在 Word 中打开后另存为 .docx`);
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refusal(ole)).toBe(`${FILE}:0:0: 不是有效的 Word 文档（.docx 应为 zip 格式，这个文件是旧版 .doc 或设了打开密码的文件）：若是旧版 .doc 请把扩展名改回 .doc，或在 Word 中打开后另存为 .docx；若设了密码请取消密码后另存`);
  });

  it("refuses a zip without word/document.xml", async () => {
    expect(await refusal(zipOf([{ name: "readme.txt", data: new TextEncoder().encode("测试数据") }]))).toBe(`${FILE}:0:0: 是 zip 文件，但不是 Word 文档（没有 word/document.xml）：请在 Word 中另存为 .docx`);
  });

  it("refuses XML nested 5,000 deep before mammoth reads it (mammoth would overflow its stack)", async () => {
    const deep = `<w:document ${W}><w:body>${"<w:sdt><w:sdtContent>".repeat(2500)}<w:p/>${"</w:sdtContent></w:sdt>".repeat(2500)}</w:body></w:document>`;
    expect(await refusal(await alteredDocx("word/document.xml", deep)))
      .toBe(`${FILE}:0:0: Word 文档的 word/document.xml 中 XML 嵌套超过 200 层：Word 不会生成这样的文件，可能已损坏或被人为构造；请在 Word 中打开后另存为 .docx`);
  });

  it("refuses a zip bomb by its declared size, inflating nothing", async () => {
    const bomb = await deflatedZeros(200 * MB);
    const entries = entriesOf(await docxOf([new Paragraph("测试数据")]));
    expect(await refusal(zipOf([...entries, { name: "word/media/bomb.bin", deflated: bomb, size: 200 * MB }]))).toBe(`${FILE}:0:0: Word 文档解压后有 200 MB，超过上限 100 MB：可能已损坏或被人为构造（压缩炸弹），未解压`);
  });

  it("stops inflating a zip bomb that declares a small size as soon as it outgrows it", async () => {
    const bomb = await deflatedZeros(200 * MB);
    const entries = entriesOf(await docxOf([new Paragraph("测试数据")]));
    const before = process.memoryUsage().arrayBuffers;
    expect(await refusal(zipOf([...entries, { name: "word/media/bomb.bin", deflated: bomb, size: 1000 }]))).toBe(`${FILE}:0:0: Word 文档中 word/media/bomb.bin 解压后超过其声明的 1000 字节：可能已损坏或被人为构造（压缩炸弹），已停止解压`);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * MB);
  });

  it("refuses a zip of more than 1,000 entries, a file over 30 MB and data that does not inflate", async () => {
    const entries: ZipEntry[] = Array.from({ length: 1001 }, (_, i) => ({ name: `word/media/${i}.txt`, data: new Uint8Array([i % 256]) }));
    expect(await refusal(zipOf(entries))).toBe(`${FILE}:0:0: Word 文档内有 1001 个文件，超过上限 1000 个：可能已损坏或被人为构造`);
    expect(await refusal(new Uint8Array(31 * MB))).toBe(`${FILE}:0:0: 文件有 31 MB，超过 Word 文档的上限 30 MB：请压缩文档中的图片后另存，或检查是否选错了文件`);
    const broken = entriesOf(await docxOf([new Paragraph("测试数据")])).map((e) => (e.name === "word/document.xml" ? { ...e, deflated: new Uint8Array([0xff, 0xff, 0xff]) } : e));
    expect(await refusal(zipOf(broken))).toBe(`${FILE}:0:0: Word 文档已损坏（word/document.xml 无法解压）：请在 Word 中打开后另存为 .docx`);
  });

  it("names the file when mammoth fails on something else", async () => {
    const bad = `<w:document ${W}><w:body><w:p><w:r><w:t>&undefined;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await refusal(await alteredDocx("word/document.xml", bad))).toMatch(/^seeds\/测试\.docx:0:0: 无法读取 Word 文档（.*entity not found.*）：请在 Word 中打开后另存为 \.docx$/);
  });
});
