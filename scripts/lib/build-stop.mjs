// Errors that end a build with a message for the editor — in Chinese, naming the folder, saying what to
// do — and exit status 1, without a stack trace (scripts/build.mjs catches them).
import { join } from "node:path";

export class BuildStop extends Error {}

const READ_ONLY = new Set(["EACCES", "EPERM", "EROFS"]); // no permission, or a read-only file system
const ACROSS_DEVICES = new Set(["EXDEV", "EBUSY"]); // a rename to another device, or of a mount point

/**
 * Returns a BuildStop saying why `folder` could not be written or renamed and what to do: for a read-only
 * folder or one without permission, and for a rename across devices (the output folder on another disk,
 * or itself a mount point). Any other error is returned unchanged.
 */
export function explainFsError(error, folder) {
  const code = error?.code;
  if (READ_ONLY.has(code)) return new BuildStop(`无法写入 ${folder}：该文件夹只读或没有写权限（${code}）。请修改它的权限，或用 DIST_DIR 把网站输出到可写的文件夹。`);
  if (ACROSS_DEVICES.has(code))
    return new BuildStop(
      `无法用改名的方式替换 ${folder}：新网站与它不在同一个磁盘上，常见于 ${folder} 本身是另一个磁盘的挂载点（${code}）。` +
        `请把 DIST_DIR 设为该磁盘里的一个子文件夹（如 ${join(folder, "site")}），构建会在它旁边准备新网站。`,
    );
  return error;
}
