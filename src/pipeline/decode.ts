/** decode: turns a text file's bytes into text — UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK — and never guesses silently. */
import { InputError } from "./input-error.ts";

export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/** Files that are not text, told apart by their first bytes, and what to do with them. */
const SIGNATURES: { magic: number[]; what: string }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], what: "这是 zip 压缩格式的文件（如 Word 的 .docx 或 Excel 的 .xlsx），不是文本文件：请改用正确的扩展名" },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: "这是旧版 Office 文件（.doc、.xls、.wps、.et），不是文本文件：请改用它原来的扩展名" },
  { magic: [0x25, 0x50, 0x44, 0x46], what: "这是 PDF 文件，不是文本文件：请改用扩展名 .pdf" },
];

/**
 * Returns the text of `bytes` and the encoding it was read in; `file` names the file in errors. A BOM
 * decides; otherwise bytes that are valid UTF-8 are UTF-8, and bytes that are valid GB18030 (a superset of
 * GBK and GB2312, what Excel and Notepad save in China) and not mostly UTF-8 are GB18030. The BOM is not
 * part of the text. Throws InputError — never decodes by guess — for: a binary file (NUL bytes, a zip,
 * Office or PDF signature); a file that is UTF-8 except for some bytes (a truncated file, a pasted GBK
 * sentence), naming the line and column of the first bad byte; a file valid in no encoding it knows.
 */
export function decodeText(bytes: Uint8Array, file = "（未命名文件）"): { text: string; encoding: Encoding } {
  const fail = (line: number, column: number, reason: string): never => {
    throw new InputError([{ file, line, column, reason }]);
  };
  const signature = SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b));
  if (signature) fail(0, 0, signature.what);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: strictUtf8(bytes.subarray(3), fail), encoding: "utf-8-bom" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strict("utf-16le", bytes.subarray(2), fail), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict("utf-16be", bytes.subarray(2), fail), encoding: "utf-16be" };
  const nul = bytes.indexOf(0);
  if (nul !== -1) fail(...position(bytes, nul), "含 NUL 字节，像是二进制文件而不是文本文件（或为不带 BOM 的 UTF-16）：请另存为 UTF-8 文本");
  const utf8 = scanUtf8(bytes);
  if (utf8.firstBad === -1) return { text: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  // In GBK text about one byte run happens to be valid UTF-8 for every four bytes that are not (at most 0.78 in any line of
  // the real fixtures); UTF-8 text has next to none that are not, so a file above 0.8 is UTF-8 with some bytes gone wrong
  const mixed = () => fail(...position(bytes, utf8.firstBad), `文件是 UTF-8 编码，但从这里起有 ${utf8.bad} 个字节不是合法的 UTF-8（首个为 0x${bytes[utf8.firstBad]!.toString(16).toUpperCase().padStart(2, "0")}），可能混入了 GBK 文字或文件不完整：请在编辑器中核对这一处并以 UTF-8 另存`);
  if (utf8.valid > 0.8 * utf8.bad) mixed();
  // neither: where some of it is UTF-8, its first bad byte is the place to look (a GBK row appended to a UTF-8 CSV)
  return { text: strict("gb18030", bytes, utf8.valid > 0 ? mixed : fail), encoding: "gb18030" };
}

type Fail = (line: number, column: number, reason: string) => never;

function strictUtf8(bytes: Uint8Array, fail: Fail): string {
  const { firstBad } = scanUtf8(bytes);
  if (firstBad !== -1) fail(...position(bytes, firstBad), "文件标明是 UTF-8（带 BOM），但这里的字节不是合法的 UTF-8：可能混入了 GBK 文字或文件不完整");
  return new TextDecoder("utf-8").decode(bytes);
}

function strict(encoding: "gb18030" | "utf-16le" | "utf-16be", bytes: Uint8Array, fail: Fail): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder(encoding).decode(bytes);
    const at = text.indexOf("\uFFFD");
    const before = text.slice(0, Math.max(at, 0)).split("\n");
    const name = encoding === "gb18030" ? "UTF-8，也不是 GBK/GB18030" : encoding.toUpperCase();
    return fail(before.length, before.at(-1)!.length + 1, `文件不是合法的 ${name} 文本（可能是二进制文件或已损坏）：请用记事本或 Excel 另存为 UTF-8`);
  }
}

/** Returns how many multi-byte UTF-8 sequences in `bytes` are well formed and how many bytes are not, and the offset of the first bad byte (-1 when none). */
function scanUtf8(bytes: Uint8Array): { valid: number; bad: number; firstBad: number } {
  let [valid, bad, firstBad] = [0, 0, -1];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      valid++;
      i += length;
    } else {
      bad++;
      if (firstBad === -1) firstBad = i;
      i++;
    }
  }
  return { valid, bad, firstBad };
}

/** Returns the length of the well-formed UTF-8 sequence starting at `i`, or 0 (overlong forms, surrogates and values past U+10FFFF are not well formed). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const [n, low, high] = b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf]
    : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf]
    : b === 0xf0 ? [4, 0x90, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : [0, 0, 0];
  if (n === 0 || i + n > bytes.length) return 0;
  const second = bytes[i + 1]!;
  if (second < low || second > high) return 0;
  for (let k = 2; k < n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return n;
}

/** Returns the 1-based line and column (in characters) of byte `offset`, counting the well-formed text before it. */
function position(bytes: Uint8Array, offset: number): [number, number] {
  const lines = new TextDecoder("utf-8").decode(bytes.subarray(0, offset)).split(/\r\n|\r|\n/);
  return [lines.length, lines.at(-1)!.length + 1];
}
