import { describe, expect, it } from "vitest";
import { inspectDocx, XML_LIMITS } from "../../src/pipeline/docx-inspect.ts";

// Test data: WordprocessingML written by hand, as small as each case needs.
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (...paragraphs: string[]) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${NS}><w:body>${paragraphs.join("")}</w:body></w:document>`;
const p = (...runs: string[]) => `<w:p>${runs.join("")}</w:p>`;
const r = (text: string, rPr = "") => `<w:r>${rPr && `<w:rPr>${rPr}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const styles = (...defs: string[]) => `<w:styles ${NS}>${defs.join("")}</w:styles>`;
const inspect = (document: string, more: Record<string, string> = {}) => inspectDocx(new Map(Object.entries({ "word/document.xml": document, ...more })));
const CLEAN = "。原文件将逐字节公开下载，请在 Word 中";

describe("inspectDocx(parts)", () => {
  it("passes a document with nothing to hide", () => {
    expect(inspect(doc(p(r("正文。"))))).toBeNull();
  });

  it("counts tracked changes of every kind, naming the first three by paragraph with their words, a formatting change by its paragraph's", () => {
    const document = doc(
      p(r("第一段。")),
      p(r("推进"), `<w:ins w:id="1" w:author="张三"><w:r><w:t>新增上云企业五十家并推进数字化转型</w:t></w:r></w:ins>`),
      p(`<w:del w:id="2"><w:r><w:delText>删去的 &amp; 文字</w:delText></w:r><w:r><w:rPr><w:rPrChange w:id="9"><w:rPr/></w:rPrChange></w:rPr><w:delText>。</w:delText></w:r></w:del>`),
      p(`<w:r><w:rPr><w:b/><w:rPrChange w:id="3"><w:rPr/></w:rPrChange></w:rPr><w:t>改了格式的句子</w:t></w:r>`),
      p(`<w:pPr><w:rPr><w:ins w:id="4"/></w:rPr></w:pPr>`, `<w:moveTo w:id="5"><w:r><w:t>移来</w:t></w:r></w:moveTo>`),
    );
    expect(inspect(document)).toBe(`含修订记录（5 处：第 2 段“新增上云企业五十家并推进…”、第 3 段“删去的 & 文字。”、第 4 段“改了格式的句子”等）${CLEAN}接受全部修订后另存`);
  });

  it("finds tracked changes in headers and styles, and under any prefix bound to WordprocessingML, but not elements of other namespaces", () => {
    const header = `<x:hdr xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:p><x:del><x:r><x:delText>旧页眉</x:delText></x:r></x:del></x:p></x:hdr>`;
    const style = styles(`<w:style w:styleId="a"><w:rPr><w:b/><w:rPrChange w:id="1"><w:rPr/></w:rPrChange></w:rPr></w:style>`);
    expect(inspect(doc(p(r("正文。"))), { "word/header1.xml": header, "word/styles.xml": style })).toBe(`含修订记录（2 处：页眉第 1 段“旧页眉”、样式）${CLEAN}接受全部修订后另存`);
    expect(inspect(doc(p(r("正文。"))), { "customXml/item1.xml": `<data xmlns="urn:test"><ins>1</ins><del/></data>` })).toBeNull();
  });

  it("counts comments and names the paragraphs they are anchored in", () => {
    const document = doc(p(r("一")), p(`<w:commentRangeStart w:id="0"/>`, r("二"), `<w:commentRangeEnd w:id="0"/>`, `<w:r><w:commentReference w:id="0"/></w:r>`), p(r("三"), `<w:r><w:commentReference w:id="1"/></w:r>`));
    const comments = `<w:comments ${NS}><w:comment w:id="0" w:author="张三"><w:p/></w:comment><w:comment w:id="1" w:author="张三"><w:p/></w:comment></w:comments>`;
    expect(inspect(document, { "word/comments.xml": comments })).toBe(`含批注（2 条：第 2 段、第 3 段）${CLEAN}删除批注后另存`);
    expect(inspect(doc(p(r("一"), `<w:r><w:commentReference w:id="7"/></w:r>`)))).toBe(`含批注（1 条：第 1 段）${CLEAN}删除批注后另存`);
  });

  it("finds text hidden on the run, by its character or paragraph style (through basedOn), but not vanish off, webHidden or hidden runs without text", () => {
    const style = styles(
      `<w:style w:type="character" w:styleId="secret"><w:rPr><w:vanish/></w:rPr></w:style>`,
      `<w:style w:type="character" w:styleId="secret2"><w:basedOn w:val="secret"/></w:style>`,
      `<w:style w:type="paragraph" w:styleId="hiddenPara"><w:rPr><w:vanish w:val="true"/></w:rPr></w:style>`,
    );
    const document = doc(
      p(r("甲"), r("直接隐藏", "<w:vanish/>")),
      p(r("字符样式隐藏", `<w:rStyle w:val="secret2"/>`)),
      p(`<w:pPr><w:pStyle w:val="hiddenPara"/></w:pPr>`, r("段落样式隐藏"), r("又显示出来", `<w:vanish w:val="false"/>`)),
      p(r("不隐藏", `<w:vanish w:val="0"/>`), r("网页视图隐藏", "<w:webHidden/>"), `<w:r><w:rPr><w:vanish/></w:rPr></w:r>`),
    );
    expect(inspect(document, { "word/styles.xml": style })).toBe(`含隐藏文字（3 处：第 1 段“直接隐藏”、第 2 段“字符样式隐藏”、第 3 段“段落样式隐藏”）${CLEAN}删除或取消隐藏文字后另存`);
  });

  it("finds the author, last editor, manager and reviewers; blank fields are no finding", () => {
    const core = `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>标题</dc:title><dc:creator>张三</dc:creator><cp:lastModifiedBy> </cp:lastModifiedBy></cp:coreProperties>`;
    const app = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Manager>王五</Manager><Company>某局</Company></Properties>`;
    const people = `<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="赵六"/><w15:person w15:author="钱七"/></w15:people>`;
    expect(inspect(doc(p(r("正文。"))), { "docProps/core.xml": core, "docProps/app.xml": app, "word/people.xml": people }))
      .toBe(`含作者等个人信息（作者：张三；经理：王五；审阅者：赵六、钱七）${CLEAN}用“文件 → 信息 → 检查问题 → 检查文档”清除个人信息后另存`);
    expect(inspect(doc(p(r("正文。"))), { "docProps/core.xml": core.replace("张三", "") })).toBeNull();
  });

  it("finds the main document where _rels/.rels points, and refuses a package without one", () => {
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/main.xml"/></Relationships>`;
    expect(inspectDocx(new Map([["_rels/.rels", rels], ["word/main.xml", doc(p(r("正文。")))]]))).toBeNull();
    expect(inspectDocx(new Map([["_rels/.rels", rels], ["word/document.xml", doc(p(r("正文。")))]]))).toBe("是 zip 文件，但不是 Word 文档（没有 word/main.xml）：请在 Word 中另存为 .docx");
    expect(inspectDocx(new Map())).toBe("是 zip 文件，但不是 Word 文档（没有 word/document.xml）：请在 Word 中另存为 .docx");
  });

  it("refuses XML nested deeper than 200 levels in any part, and reads 200", () => {
    const nested = (depth: number) => doc(p(r("正文。")), `${"<w:sdt>".repeat(depth - 2)}${"</w:sdt>".repeat(depth - 2)}`);
    expect(inspect(nested(200))).toBeNull();
    expect(inspect(nested(201))).toBe("Word 文档的 word/document.xml 中 XML 嵌套超过 200 层：Word 不会生成这样的文件，可能已损坏或被人为构造；请在 Word 中打开后另存为 .docx");
    expect(inspect(doc(p(r("正文。"))), { "word/styles.xml": "<a>".repeat(5000) })).toMatch(/^Word 文档的 word\/styles\.xml 中 XML 嵌套超过 200 层/);
  });

  it("refuses more than a million elements and attributes in all parts together", () => {
    const half = `<s>${"<a/>".repeat(XML_LIMITS.nodes / 2)}</s>`;
    expect(inspect(doc(p(r("正文。"))), { "word/a.xml": half })).toBeNull();
    expect(inspect(doc(p(r("正文。"))), { "word/a.xml": half, "word/b.xml": half })).toBe("Word 文档的 XML 超过 100 万个元素和属性，远超任何年度计划：可能已损坏、被人为构造或选错了文件");
  });
});
