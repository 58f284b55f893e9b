/** readPdf: the I/O edge for a PDF — its text layer read page by page with Mozilla's pdf.js, then laid out by pdfPagesToText. */
import { createRequire } from "node:module";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { dirname, join } from "node:path";
import { pdfPagesToText, type PdfPage } from "../pipeline/pdf-text.ts";
import type { ExtractedText } from "../pipeline/extracted-text.ts";
import { InputError } from "../pipeline/input-error.ts";

/** More pages than any plan, report or task table has. */
export const MAX_PDF_PAGES = 1000;
const PDFJS = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

/**
 * Returns the text of a PDF (see pdfPagesToText), encoding "pdf". Throws InputError naming `file`, in
 * Chinese: a file that is not a PDF, a damaged or incomplete one, one with an opening password, one of
 * more than MAX_PDF_PAGES pages, and one without a text layer (a scan), which is never published as an
 * empty plan. A PDF where some pages have no text gives a warning naming them.
 */
export async function readPdfText(bytes: Uint8Array, file: string): Promise<ExtractedText> {
  const fail = (reason: string): never => {
    throw new InputError([{ file, line: 0, column: 0, reason }]);
  };
  if (!/%PDF-/.test(new TextDecoder("latin1").decode(bytes.subarray(0, 1024)))) fail("不是 PDF 文件（文件开头没有 %PDF- 标记）：请检查扩展名，或重新下载");
  const task = getDocument({
    data: new Uint8Array(bytes), // a copy, not a Buffer: pdf.js takes the buffer over
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
    cMapUrl: `${join(PDFJS, "cmaps")}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(PDFJS, "standard_fonts")}/`,
  });
  const doc = await task.promise.catch((error: { name?: string }) =>
    fail(error?.name === "PasswordException"
      ? "PDF 设了打开密码，无法读取其中的文字：请取消密码后重新导出 PDF，或改用 Word 文档"
      : "PDF 已损坏或不完整（可能下载中断）：请重新下载或重新导出后再放进来"),
  );
  try {
    if (doc.numPages > MAX_PDF_PAGES) fail(`PDF 有 ${doc.numPages} 页，超过上限 ${MAX_PDF_PAGES} 页：请检查是否选错了文件`);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n).catch(() => fail(`PDF 第 ${n} 页已损坏，无法读取：请重新下载或重新导出后再放进来`));
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent().catch(() => fail(`PDF 第 ${n} 页的文字无法读取（文件可能已损坏）：请重新导出后再放进来`));
      const items = content.items.flatMap((it) => ("str" in it ? [{ text: it.str, x: it.transform[4] as number, y: height - (it.transform[5] as number), width: it.width, size: Math.hypot(it.transform[2] as number, it.transform[3] as number) || it.height }] : []));
      pages.push({ width, height, items });
      page.cleanup();
    }
    const empty = pages.flatMap((p, i) => (p.items.some((it) => it.text.trim() !== "") ? [] : [i + 1]));
    if (empty.length === pages.length)
      fail("这份 PDF 没有文字层（是扫描件或图片），网站只能发布可以选中文字的 PDF：请向发文单位索取 Word 文档或由 Word、WPS 导出的 PDF；或者用文字识别（OCR）转成文字、逐字核对后另存为 .docx 或 .txt");
    const read = pdfPagesToText(pages);
    const warnings = empty.length ? [{ line: null, message: `PDF 第 ${empty.join("、")} 页没有文字层（可能是扫描的页面），这些页的内容没有显示：请核对原文件` }] : [];
    return { ...read, encoding: "pdf", merged: null, warnings };
  } finally {
    await doc.destroy();
  }
}
