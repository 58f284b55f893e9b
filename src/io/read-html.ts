/** readHtml: the I/O edge for a web page saved from the portal (.html/.htm) — decoded by its BOM or declared charset, then read by htmlPageToLines. */
import { decodeText } from "../pipeline/decode.ts";
import { plainText, type ExtractedText } from "../pipeline/extracted-text.ts";
import { htmlPageToLines } from "../pipeline/html-page.ts";
import { InputError } from "../pipeline/input-error.ts";

/** A charset the page declares in its first bytes: <meta charset="gbk">, <meta http-equiv="Content-Type" content="text/html; charset=gb2312">. */
const DECLARED = /<meta[^>]*charset\s*=\s*["']?\s*([\w-]+)/i;
const CHINESE = /^(?:gbk|gb2312|gb18030|x-gbk|cp936|euc-cn)$/i;

/**
 * Returns the text of a saved web page (see htmlPageToLines), its encoding the one it was read in. A BOM
 * decides; otherwise a page declaring GBK/GB2312/GB18030 is read as GB18030 and one declaring UTF-8 as
 * UTF-8, strictly (a bad byte stops with its place); a page declaring nothing is read as text files are.
 * Throws InputError naming `file` for what is not HTML, bytes wrong for the declared charset, and a page
 * without body text.
 */
export async function readHtmlText(bytes: Uint8Array, file: string): Promise<ExtractedText> {
  const fail = (reason: string): never => {
    throw new InputError([{ file, line: 0, column: 0, reason }]);
  };
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const declared = DECLARED.exec(head)?.[1] ?? null;
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  let text: string;
  let encoding: string;
  if (!hasBom && declared && CHINESE.test(declared)) {
    text = strict("gb18030", bytes, () => fail(`网页声明的编码是 ${declared}，但其中有不属于这种编码的字节：文件可能不完整或另存时编码有误，请重新保存网页`));
    encoding = "gb18030";
  } else if (!hasBom && declared && /^utf-?8$/i.test(declared)) {
    text = strict("utf-8", bytes, () => fail(`网页声明的编码是 ${declared}，但其中有不合法的 UTF-8 字节：文件可能不完整或另存时编码有误，请重新保存网页`));
    encoding = "utf-8";
  } else ({ text, encoding } = decodeText(bytes, file));
  if (!/<(?:html|body|head|p|div|table|meta|title)[\s>/]/i.test(text.slice(0, 100_000))) fail("不是网页文件（找不到 HTML 标记）：请检查扩展名，文本文件请用 .txt");
  const page = htmlPageToLines(text);
  if ("error" in page) return fail(page.error);
  return { ...plainText(page.text, encoding), merged: page.merged };
}

function strict(label: string, bytes: Uint8Array, onError: () => never): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return onError();
  }
}
