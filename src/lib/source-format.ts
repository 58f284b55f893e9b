/** sourceFormat: what the pages say about a plan's original file — how it was read, how its text was extracted, and the PDF page a line came from. */
import type { Plan } from "../schema/plan.ts";
import { pageOfLine } from "../pipeline/quote-lines.ts";
import { spaced } from "../pipeline/cjk-spacing.ts";

type Source = Plan["source"];

/** How a file was read, as a reader says it: its text encoding, or the program that read it. */
const READ_AS: Record<string, string> = {
  "utf-8": "UTF-8", "utf-8-bom": "UTF-8（带 BOM）", "utf-16le": "UTF-16", "utf-16be": "UTF-16", gb18030: "GB18030/GBK",
  docx: "Word 文档", pdf: "PDF 文字层", xlsx: "Excel 表格", libreoffice: "经 LibreOffice 转换",
};

/** The kind of file a format is, in words. */
const FORMAT_NAME: Record<string, string> = {
  txt: "文本文件", md: "文本文件", docx: "Word 文档", doc: "旧版 Word 文档", wps: "WPS 文字文档", pdf: "PDF 文件",
  html: "保存的网页", htm: "保存的网页", xlsx: "Excel 表格", xls: "旧版 Excel 表格", et: "WPS 表格",
};

/** Returns “PDF，PDF 文字层” and the like: the format and how it was read. */
export function readAsLabel(source: Source): string {
  return `${source.format.toUpperCase()}，${READ_AS[source.encoding] ?? source.encoding.toUpperCase()}`;
}

/** Returns the sentence saying the page's text was extracted from the original file, and how; null for a text file, which is the text. */
export function extractionNote(source: Source): string | null {
  const note = noteOn(source);
  return note === null ? null : spaced(note);
}

function noteOn(source: Source): string | null {
  const name = FORMAT_NAME[source.format] ?? source.format;
  switch (source.format) {
    case "txt":
    case "md":
      return null;
    case "pdf":
      return `本页文字由${name}的文字层提取（共 ${source.pages?.length ?? 0} 页）：折行已接回段落，每页重复的页眉、页脚和页码另列在正文之后；各部分、各节标明来自 PDF 第几页。`;
    case "html":
    case "htm":
      return `本页文字由${name}提取：只取正文和网页上的公开信息表，网站的导航、分享按钮和脚本不在其中。`;
    case "xlsx":
    case "xls":
    case "et":
      return `本页文字由${name}提取${source.encoding === "libreoffice" ? "（经 LibreOffice 转换）" : ""}：表头之后每行一条，合并的单元格沿用上一行的值并标明“原表与上一行合并”。`;
    default:
      return `本页文字由${name}提取${source.encoding === "libreoffice" ? "（经 LibreOffice 转换）" : ""}：每段一行，表格每行一条。`;
  }
}

/** Returns “PDF 第 3 页” for a line of a PDF's extracted text; null for other formats. */
export function pdfPageLabel(source: Source, line: number): string | null {
  return source.pages ? `PDF 第 ${pageOfLine(source.pages, line)} 页` : null;
}

/** Returns the summary of the furniture list: a PDF's running headers and page numbers, or a web page's chrome copied with the text. */
export function furnitureSummary(source: Source, count: number): string {
  return source.format === "pdf"
    ? `页眉、页脚、页码等附带文字（${count} 行）：PDF 每页重复的页眉、页脚和页码，以及随原文复制来的网页导航、公开信息表等，不属于文件正文`
    : `页面附带文字（${count} 行）：随原文复制来的网页导航、公开信息表、分享提示等，不属于文件正文`;
}
