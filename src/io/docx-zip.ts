/** docxZip: unzips an Office document (a Word .docx, an Excel .xlsx) within bounds — every limit checked before inflating or while inflating, never after. */
import { crc32, inflateRawSync } from "node:zlib";
import { InputError } from "../pipeline/input-error.ts";

/** How large a Word document may be, packed and unpacked, and how many entries it may hold: far beyond any plan, far below what exhausts a build. */
export const ZIP_LIMITS = { fileBytes: 30 * 1024 * 1024, unzippedBytes: 100 * 1024 * 1024, entries: 1000 };

const END = 0x06054b50; // end of central directory record
const CENTRAL = 0x02014b50; // central directory file header
const LOCAL = 0x04034b50; // local file header
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // an OLE compound file: an old .doc, or a .docx with an opening password

/** What an Office document is called in messages, and how an editor repairs one. */
export interface OfficeKind {
  name: string; // Word 文档, Excel 表格
  repair: string; // 请在 Word 中打开后另存为 .docx
  zipped: string; // .docx
  old: string; // .doc
}
export const WORD: OfficeKind = { name: "Word 文档", repair: "请在 Word 中打开后另存为 .docx", zipped: ".docx", old: ".doc" };
export const EXCEL: OfficeKind = { name: "Excel 表格", repair: "请在 Excel 或 WPS 表格中打开后另存为 .xlsx", zipped: ".xlsx", old: ".xls" };

interface Entry {
  name: string;
  method: number; // 0 stored, 8 deflated
  crc: number;
  packed: number; // compressed size
  size: number; // declared uncompressed size
  offset: number; // of the local header
}

/**
 * Returns the entries of a .docx by zip path, inflated, as its central directory lists them. Throws
 * InputError naming `file`, in Chinese, for: a file over ZIP_LIMITS.fileBytes; a file that is not a zip
 * (an old .doc or password-protected document said so); more than ZIP_LIMITS.entries entries; declared
 * sizes over ZIP_LIMITS.unzippedBytes in total (nothing is inflated then); an entry that inflates past
 * its declared size (inflating stops at that size, so no entry ever takes more memory than it declared
 * and the total stays within the limit); and damage — a directory out of bounds, zip64, encryption,
 * unknown compression, a name twice, data that does not inflate or fails its CRC.
 */
export function unzipDocx(bytes: Uint8Array, file: string, kind: OfficeKind = WORD): Map<string, Uint8Array> {
  const { name: what, repair: REPAIR } = kind;
  const fail = (reason: string): never => {
    throw new InputError([{ file, line: 0, column: 0, reason }]);
  };
  if (bytes.length > ZIP_LIMITS.fileBytes)
    fail(`文件有 ${megabytes(bytes.length)}，超过 ${what}的上限 ${megabytes(ZIP_LIMITS.fileBytes)}：请压缩文档中的图片后另存，或检查是否选错了文件`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end === -1) return fail(notZip(bytes, view, kind));
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  if (count === 0xffff || start === 0xffffffff) fail(`${what}已损坏（zip64 格式，Office 不会这样保存）：${REPAIR}`);
  if (count > ZIP_LIMITS.entries) fail(`${what}内有 ${count} 个文件，超过上限 ${ZIP_LIMITS.entries} 个：可能已损坏或被人为构造`);
  const entries = readDirectory(bytes, view, start, count, end, fail, kind);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > ZIP_LIMITS.unzippedBytes)
    fail(`${what}解压后有 ${megabytes(declared)}，超过上限 ${megabytes(ZIP_LIMITS.unzippedBytes)}：可能已损坏或被人为构造（压缩炸弹），未解压`);
  return new Map(entries.map((e) => [e.name, inflateEntry(bytes, view, e, fail, kind)]));
}

/** Returns a size in megabytes as an editor reads it: 30 MB, 0.2 MB. */
function megabytes(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}

/** Returns the offset of the end of central directory record, searched back through the longest zip comment; -1 when there is none. */
function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) if (view.getUint32(at, true) === END) return at;
  return -1;
}

function notZip(bytes: Uint8Array, view: DataView, { name, repair, zipped, old }: OfficeKind): string {
  if (OLE.every((b, i) => bytes[i] === b))
    return `不是有效的 ${name}（${zipped} 应为 zip 格式，这个文件是旧版 ${old} 或设了打开密码的文件）：若是旧版 ${old} 请把扩展名改回 ${old}，或${repair.replace(/^请/, "")}；若设了密码请取消密码后另存`;
  if (view.byteLength >= 4 && view.getUint32(0, true) === LOCAL) return `${name}已损坏（找不到 zip 目录，文件可能不完整）：${repair}`;
  return `不是有效的 ${name}（${zipped} 应为 zip 格式）；若是旧版 ${old} 请把扩展名改回 ${old}，或${repair.replace(/^请/, "")}`;
}

function readDirectory(bytes: Uint8Array, view: DataView, start: number, count: number, end: number, fail: (reason: string) => never, kind: OfficeKind): Entry[] {
  const damaged = (what: string) => fail(`${kind.name}已损坏（${what}）：${kind.repair}`);
  const entries: Entry[] = [];
  const names = new Set<string>();
  for (let at = start, i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) damaged("zip 目录不完整");
    const [flags, method] = [view.getUint16(at + 8, true), view.getUint16(at + 10, true)];
    const [nameLength, extra, comment] = [view.getUint16(at + 28, true), view.getUint16(at + 30, true), view.getUint16(at + 32, true)];
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) fail(`${kind.name}中的 ${name} 已加密：请取消密码后另存`);
    if (method !== 0 && method !== 8) damaged(`${name} 的压缩方式 ${method} 无法识别`);
    if (names.has(name)) damaged(`有两个名为 ${name} 的条目`);
    names.add(name);
    const entry = { name, method, crc: view.getUint32(at + 16, true), packed: view.getUint32(at + 20, true), size: view.getUint32(at + 24, true), offset: view.getUint32(at + 42, true) };
    if (!name.endsWith("/")) entries.push(entry); // a folder holds nothing
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** Returns an entry's bytes, inflating no more than it declared. */
function inflateEntry(bytes: Uint8Array, view: DataView, e: Entry, fail: (reason: string) => never, kind: OfficeKind): Uint8Array {
  const damaged = (what: string) => fail(`${kind.name}已损坏（${e.name} ${what}）：${kind.repair}`);
  if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== LOCAL) damaged("的位置不对");
  const dataStart = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  if (dataStart + e.packed > bytes.length) damaged("不完整");
  const packed = bytes.subarray(dataStart, dataStart + e.packed);
  let data: Uint8Array = packed;
  if (e.method === 8) {
    try {
      data = inflateRawSync(packed, { maxOutputLength: Math.max(e.size, 1) });
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
        fail(`${kind.name}中 ${e.name} 解压后超过其声明的 ${e.size} 字节：可能已损坏或被人为构造（压缩炸弹），已停止解压`);
      damaged("无法解压");
    }
  }
  if (data.length !== e.size) damaged("的大小与声明不符");
  if (crc32(data) >>> 0 !== e.crc) damaged("校验和不符");
  return data;
}
