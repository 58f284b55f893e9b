// Publishing a built site in place of the last good one. Everything publishing `final` uses lives in one
// hidden folder beside it, `.<name>.publish/` — same parent, so the same disk, and the swap is two renames
// that never copy: the staged site next/, the plans' search bundle plan-index/, the routes this build
// recorded routes-next/ and the published site's manifest routes.json (scripts/lib/incremental.mjs), journal.json while a swap
// is under way, the replaced site previous-<time>-<pid>/, and trash-*/ being deleted in the background.
//
// The contract: at every instant `final` holds a complete site, or the journal (or a previous-*/ folder)
// tells recoverPublish, which every build runs first, how to put one back. `final` only ever receives a
// folder by rename, and only a complete one (a finished build, or the site it replaced), so whenever it
// exists it is complete. A replaced site is deleted only while `final` exists.
import { spawn } from "node:child_process";
import { accessSync, closeSync, constants, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { explainFsError } from "./build-stop.mjs";

/** Returns the folders publishing `final` uses, all inside `.<name>.publish/` beside it. */
export function publishPaths(final) {
  const dir = join(dirname(final), `.${basename(final)}.publish`);
  return { dir, staged: join(dir, "next"), planIndex: join(dir, "plan-index"), routesNext: join(dir, "routes-next"), routes: join(dir, "routes.json"), journal: join(dir, "journal.json") };
}

/**
 * Puts the complete site `staged` at `final` and returns the replaced site's folder, or null when there
 * was none (removeLeftovers deletes it). A journal naming the three folders is written before the first
 * rename and removed after the second, so that a crash at any point leaves a state recoverPublish
 * completes. When a rename fails the swap is undone and a BuildStop says why (another disk, read-only).
 */
export function publishSite(staged, final) {
  const { dir, journal } = publishPaths(final);
  const old = existsSync(final) ? join(dir, `previous-${Date.now()}-${process.pid}`) : null;
  attempt(() => mkdirSync(dir, { recursive: true }), dirname(final));
  attempt(() => writeJournal(journal, { pid: process.pid, staged, final, old }), dir);
  crashIfAsked("after-journal");
  if (old) attempt(() => renameSync(final, old), final, () => rmSync(journal));
  crashIfAsked("after-first-rename");
  const undo = () => {
    if (old) renameSync(old, final);
    rmSync(journal);
  };
  attempt(() => renameSync(staged, final), final, undo);
  crashIfAsked("after-second-rename");
  rmSync(journal);
  return old;
}

/**
 * Completes or rolls back a swap that a crash interrupted, and returns what it did, as sentences for the
 * editor (none when there was nothing to do). Run it first in a build, holding the build lock.
 * With `final` missing: when the journal's staged site is there, the swap had begun and that (complete)
 * site is put in place; otherwise the replaced site the journal names, or the newest previous-*, is put
 * back. With `final` present the journal is only removed: the swap had not begun (its staged site is left
 * for removeLeftovers) or had finished.
 */
export function recoverPublish(final) {
  const { dir, journal } = publishPaths(final);
  const swap = readJournal(journal);
  const interrupted = swap ? `上次构建（进程 ${swap.pid}）` : "";
  const notes = [];
  if (existsSync(final)) {
    if (swap && existsSync(swap.staged)) notes.push(`${interrupted}在替换网站之前中断：${final} 未改动，那次构建的结果未采用。`);
    else if (swap) notes.push(`${interrupted}在替换网站之后中断：${final} 已是它构建的网站，只补做了清理。`);
  } else if (swap && existsSync(swap.staged)) {
    attempt(() => renameSync(swap.staged, final), final);
    notes.push(`${interrupted}在替换网站时中断：已用它构建完成的网站完成替换，${final} 完整可用。`);
  } else {
    const last = [swap?.old, ...replacedSites(dir)].find((d) => d && existsSync(d));
    if (last) attempt(() => renameSync(last, final), final);
    const what = swap ? `${interrupted}在替换网站时中断` : `${final} 不存在`;
    if (last) notes.push(`${what}：已把上一次成功构建的网站（${last}）恢复到 ${final}。`);
    else if (swap) notes.push(`${what}，找不到可恢复的网站：${describeLastGood(final)}`);
  }
  for (const file of [journal, `${journal}.tmp`]) rmSync(file, { force: true });
  return notes;
}

/**
 * Makes the publishing folder beside `final` and clears what earlier builds left there (removeLeftovers).
 * Throws a BuildStop naming the folder when `final`'s parent cannot be written: better said now than after
 * the build. Run it after recoverPublish, before building.
 */
export function preparePublish(final, elsewhere = []) {
  const { dir } = publishPaths(final);
  attempt(() => {
    mkdirSync(dir, { recursive: true });
    for (const folder of [dirname(final), dir]) accessSync(folder, constants.W_OK);
  }, dirname(final));
  removeLeftovers(final, elsewhere);
}

let trashed = 0; // trash folders made by this process, for unique names

/**
 * Deletes in the background what earlier builds left beside `final`: trash-*, and a staged site and search
 * bundle that no journal names any more (run recoverPublish first). Only while `final` exists, also the
 * replaced sites previous-* and the folders `elsewhere` (an older build's .build/previous-*): until a site
 * is published again, one of them may be the only copy of the last good one. Each folder is first renamed
 * to trash-*, so that a half-deleted folder never keeps a name that recovery trusts.
 */
export function removeLeftovers(final, elsewhere = []) {
  const { dir, staged, planIndex, routesNext } = publishPaths(final);
  const trash = existsSync(dir) ? readdirSync(dir).filter((name) => name.startsWith("trash-")).map((name) => join(dir, name)) : [];
  const doomed = [staged, planIndex, `${planIndex}.key`, routesNext]; // plan-index.key: the bundle's key (scripts/index-plans.ts)
  if (existsSync(final)) doomed.push(...replacedSites(dir), ...elsewhere);
  const moved = doomed.filter((d) => existsSync(d)).map((d) => moveAside(d, join(dir, `trash-${process.pid}-${trashed++}`)));
  removeInBackground([...trash, ...moved]);
}

/** Returns, in Chinese, where the last good site is: `final` when it exists; else a replaced site kept beside it or in `elsewhere`; else that none has been built. */
export function describeLastGood(final, elsewhere = []) {
  if (existsSync(final)) return `${final} 保持上一次成功构建的内容，未作任何改动。`;
  const kept = replacedSites(publishPaths(final).dir)[0];
  if (kept) return `${final} 不存在；上一次成功构建的网站保存在 ${kept}，下次构建会自动把它恢复到 ${final}。`;
  const older = elsewhere.find((d) => existsSync(d));
  if (older) return `${final} 不存在；上一次成功构建的网站可能在 ${older}（旧版构建程序留下），可把它改名为 ${final}。`;
  return `${final} 不存在：还没有成功构建过网站。`;
}

/** Returns the replaced sites kept in `dir`, newest first by the time in their names (previous-<ms>-<pid>). */
function replacedSites(dir) {
  if (!existsSync(dir)) return [];
  const time = (name) => Number(name.split("-")[1]) || 0;
  const names = readdirSync(dir).filter((name) => name.startsWith("previous-"));
  return names.sort((a, b) => time(b) - time(a)).map((name) => join(dir, name));
}

/** Runs `step`; when it throws, runs `undo` (if that fails too, the journal stays for recoverPublish) and throws the error explained for `folder`. */
function attempt(step, folder, undo = () => {}) {
  try {
    return step();
  } catch (error) {
    try {
      undo();
    } catch {
      // the journal is still there: the next build recovers
    }
    throw explainFsError(error, folder);
  }
}

/** Writes `record` to `file` atomically: a temporary file, flushed to disk, renamed over it. */
function writeJournal(file, record) {
  const temp = `${file}.tmp`;
  const fd = openSync(temp, "w");
  try {
    writeSync(fd, JSON.stringify(record));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/** Returns the journal's record, or null when there is none (a journal is written whole or not at all). */
function readJournal(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    if (error.code === "ENOENT" || error instanceof SyntaxError) return null;
    throw explainFsError(error, file);
  }
}

/** Renames `folder` to `trash` and returns the new name; returns `folder` itself when it cannot be moved there (another disk). */
function moveAside(folder, trash) {
  try {
    renameSync(folder, trash);
    return trash;
  } catch {
    return folder;
  }
}

/** Deletes `dirs` in a detached process: removing a replaced site (3 s at 500 plans) need not hold up the editor. */
function removeInBackground(dirs) {
  if (dirs.length === 0) return;
  const script = `for (const d of ${JSON.stringify(dirs)}) require("node:fs").rmSync(d, { recursive: true, force: true })`;
  spawn(process.execPath, ["-e", script], { detached: true, stdio: "ignore" }).unref();
}

// Test-only fault injection: PUBLISH_FAULT=<point> kills this process with SIGKILL — no cleanup, no exit
// handlers, as `kill -9` or a power cut would — at that point of the swap: after-journal,
// after-first-rename or after-second-rename. test/site/publish.test.ts sets it; nothing else should.
function crashIfAsked(point) {
  if (process.env.PUBLISH_FAULT === point) process.kill(process.pid, "SIGKILL");
}
