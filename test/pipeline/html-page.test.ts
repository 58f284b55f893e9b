import { describe, expect, it } from "vitest";
import { htmlPageToLines } from "../../src/pipeline/html-page.ts";

const page = (body: string, head = "<title>测试数据：某局2024年工作要点_测试县人民政府</title>") => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const textOf = (html: string) => {
  const read = htmlPageToLines(html);
  if ("error" in read) throw new Error(read.error);
  return read.text;
};

describe("htmlPageToLines(html)", () => {
  it("reads the disclosure table as label：value lines, then the h1 title, then the article body a paragraph a line; navigation, buttons and footer left out", () => {
    const html = page(`<nav><a href="/">首页</a> &gt; 政务公开</nav>
      <table><tr><td>索引号：</td><td>测试-2024-01</td><td>发布机构：</td><td>测试局</td></tr><tr><td>成文日期：</td><td>2024-02-01</td><td>文号：</td><td>测发〔2024〕1号</td></tr></table>
      <h1>测试数据：某局2024年工作要点</h1><div class="share"><button>打印</button> 分享到：微信</div>
      <div id="zoom"><p>&nbsp;&nbsp;一、主要目标</p><p>1.新增企业<b>10</b>家。<br>（牵头单位：测试局）</p><div>二、保障措施</div></div>
      <div class="footer">主办：测试县人民政府</div>`);
    expect(textOf(html)).toBe("索引号：测试-2024-01\n发布机构：测试局\n成文日期：2024-02-01\n文号：测发〔2024〕1号\n测试数据：某局2024年工作要点\n一、主要目标\n1.新增企业10家。\n（牵头单位：测试局）\n二、保障措施");
  });

  it("takes the title from <title> before the site's name when there is no h1, and does not repeat it when the body opens with it", () => {
    expect(textOf(page(`<div class="content"><p>正文第一段。</p></div>`))).toBe("测试数据：某局2024年工作要点\n正文第一段。");
    expect(textOf(page(`<div class="content"><p>测试数据：某局2024年工作要点</p><p>正文。</p></div>`))).toBe("测试数据：某局2024年工作要点\n正文。");
  });

  it("finds the body of a page without a known container by where its paragraphs are, not by its links", () => {
    const html = page(`<div class="left"><a href="/1">链接一</a><a href="/2">链接二很长很长很长很长很长很长</a></div><div class="x"><div class="y"><p>第一段正文，文字较多的一段。</p><p>第二段正文，同样是文字。</p></div></div>`, "");
    expect(textOf(html)).toBe("第一段正文，文字较多的一段。\n第二段正文，同样是文字。");
  });

  it("never lets a script, a style, a form, an image, a hidden element or a comment become text", () => {
    const html = page(`<div id="zoom"><p>正文<script>alert("x")</script><style>p{}</style><!-- 注释 --></p><img src="x" alt="图片说明" onerror="alert(1)"><p style="display:none">隐藏的字</p><form><input value="输入"></form><p>结束。</p></div>`);
    expect(textOf(html)).toBe("测试数据：某局2024年工作要点\n正文\n结束。");
  });

  it("writes a task table as pipe rows, a cell spanning rows written once and known as covered below", () => {
    const read = htmlPageToLines(page(`<div id="zoom"><table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th></tr><tr><td>1</td><td>甲。</td><td rowspan="2">测试局</td></tr><tr><td>2</td><td>乙。</td></tr></table></div>`));
    expect(read).toEqual({ text: "测试数据：某局2024年工作要点\n序号 | 重点任务 | 牵头单位 |\n1 | 甲。 | 测试局 |\n2 | 乙。 |  |", merged: [{ line: 4, column: 2 }] });
  });

  it("refuses a page nested deeper than browsers nest, instead of overflowing the stack", () => {
    const deep = `${"<div>".repeat(20_000)}测试数据${"</div>".repeat(20_000)}`;
    expect(htmlPageToLines(page(deep))).toEqual({ error: "网页的标签嵌套超过 512 层，浏览器也不会这样显示：文件可能已损坏或被人为构造；请在浏览器中打开后重新保存网页，或改用附件原件（.docx、.pdf）" });
  });

  it("says when a page has no body text", () => {
    expect(htmlPageToLines(page(`<script>var a = 1;</script>`, ""))).toEqual({ error: "网页中找不到正文：请打开网页核对，或把正文另存为 .docx 或 .txt" });
  });
});
