/**
 * officeConvert: the I/O edge for old Office and WPS files (.doc, .wps, .xls, .et) — converted to .docx or
 * .xlsx by LibreOffice run headless (Debian's libreoffice-writer-nogui / libreoffice-calc-nogui), one at a
 * time, each result kept under .build/cache/office/ by the original's SHA-256 so a file is converted once.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "../pipeline/input-error.ts";
import { sha256 } from "./hash.ts";
import { spaced } from "../pipeline/cjk-spacing.ts";

/** What each old format is converted to, and the Debian package whose LibreOffice converts it. */
const CONVERTERS: Record<string, { to: "docx" | "xlsx"; name: string; editor: string; pkg: string }> = {
  doc: { to: "docx", name: "旧版 Word 文档（.doc）", editor: "Word 或 WPS 文字", pkg: "libreoffice-writer-nogui" },
  wps: { to: "docx", name: "WPS 文字文档（.wps）", editor: "WPS 文字", pkg: "libreoffice-writer-nogui" },
  xls: { to: "xlsx", name: "旧版 Excel 表格（.xls）", editor: "Excel 或 WPS 表格", pkg: "libreoffice-calc-nogui" },
  et: { to: "xlsx", name: "WPS 表格（.et）", editor: "WPS 表格", pkg: "libreoffice-calc-nogui" },
};
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // an OLE compound file, as every one of these formats is
const TIMEOUT_MS = 120_000;
const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"];

let queue: Promise<unknown> = Promise.resolve(); // LibreOffice converts one file at a time per profile

/** Returns the LibreOffice program to run ($SOFFICE, else where Debian installs it), or null when it is not installed. */
export function sofficePath(): string | null {
  const candidates = process.env.SOFFICE !== undefined ? [process.env.SOFFICE] : SOFFICE;
  return candidates.find((p) => p !== "" && existsSync(p)) ?? null;
}

/**
 * Returns the bytes of an old Office or WPS file (`format`: doc, wps, xls, et) converted to `to` (docx or
 * xlsx). Throws InputError naming `file`, in Chinese: a file that is not an Office file of the old kind,
 * LibreOffice not installed (naming the Debian package), and a conversion that fails or times out.
 */
export async function convertWithOffice(bytes: Uint8Array, file: string, format: string, to: "docx" | "xlsx"): Promise<Uint8Array> {
  const fail = (reason: string): never => {
    throw new InputError([{ file, line: 0, column: 0, reason: spaced(reason) }]);
  };
  const kind = CONVERTERS[format];
  if (!kind || kind.to !== to) return fail(`不能把 .${format} 转换为 .${to}`);
  if (!OLE.every((b, i) => bytes[i] === b)) return fail(`不是有效的${kind.name}：文件可能不完整，或扩展名与内容不符；请在${kind.editor}中打开后另存`);
  const cacheDir = process.env.OFFICE_CACHE ?? join(process.cwd(), ".build", "cache", "office");
  const cached = join(cacheDir, `${sha256(bytes)}.${to}`);
  if (existsSync(cached)) return readFileSync(cached);
  const soffice = sofficePath();
  if (!soffice)
    return fail(`读取${kind.name}需要 LibreOffice，本机没有安装：请安装 Debian 软件包 ${kind.pkg}（apt-get install ${kind.pkg}），或在${kind.editor}中把它另存为 .${to} 再放进来`);
  const converted = (queue = queue.catch(() => undefined).then(() => convert(soffice, bytes, format, to)));
  const result = await (converted as Promise<Uint8Array | string>);
  if (typeof result === "string") return fail(`LibreOffice 无法转换这个${kind.name}（${result}）：文件可能已损坏或设了打开密码；请在${kind.editor}中打开后另存为 .${to}`);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, result);
  return result;
}

/** Runs LibreOffice on a copy of the file in a fresh folder with its own profile; returns the converted bytes, or why it failed. */
function convert(soffice: string, bytes: Uint8Array, format: string, to: string): Promise<Uint8Array | string> {
  const dir = mkdtempSync(join(tmpdir(), "plan-office-"));
  writeFileSync(join(dir, `source.${format}`), bytes);
  const args = [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--norestore", "--nolockcheck", "--nodefault", "--convert-to", to, "--outdir", join(dir, "out"), join(dir, `source.${format}`)];
  return new Promise((resolve) => {
    execFile(soffice, args, { timeout: TIMEOUT_MS, env: { ...process.env, HOME: dir } }, (error, _stdout, stderr) => {
      const out = join(dir, "out", `source.${to}`);
      const found = existsSync(join(dir, "out")) ? readdirSync(join(dir, "out")) : [];
      const result = existsSync(out) ? readFileSync(out) : error?.killed ? `超过 ${TIMEOUT_MS / 1000} 秒未完成` : (String(stderr).trim().split("\n").pop() || `没有生成 .${to}${found.length ? `，只有 ${found.join("、")}` : ""}`);
      rmSync(dir, { recursive: true, force: true });
      resolve(result);
    });
  });
}
