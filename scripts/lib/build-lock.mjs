// One build at a time in a project: the lock file (.build/build.lock) holds the running build's process
// id and start time. Builds share .build/ (caches, the chart cache's rotation) and the folders beside the
// output, so a second build started meanwhile stops at once and says which build is running.
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { BuildStop, explainFsError } from "./build-stop.mjs";

/**
 * Takes the lock `file` for this process and returns { note, release }. `note` is a sentence for the
 * editor when a stale lock — left by a process no longer running — was taken over, else null; `release()`
 * removes the lock if it is still this process's. Throws a BuildStop naming the running build (its process
 * id and start time) when a live process holds the lock.
 */
export function acquireBuildLock(file, now = new Date()) {
  const mine = JSON.stringify({ pid: process.pid, started: now.toISOString() });
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (error) {
    throw explainFsError(error, dirname(file));
  }
  let note = null;
  for (let round = 0; round < 3; round++) {
    if (createLock(file, mine)) return { note, release: () => releaseLock(file, mine) };
    const holder = readLock(file);
    if (holder === null) continue; // released meanwhile
    if (isRunning(holder.pid)) throw new BuildStop(`另一个构建正在进行（进程 ${holder.pid}，开始于 ${formatTime(holder.started)}），请等它结束后再构建。`);
    if (removeStaleLock(file, holder.text)) note = `发现遗留的构建锁 ${file}（进程 ${holder.pid}，开始于 ${formatTime(holder.started)}，已不在运行），已接管。`;
  }
  throw new BuildStop(`无法取得构建锁 ${file}：几个构建同时在抢。请确认没有其他构建在运行，再构建一次。`);
}

/** Creates `file` holding `text`, whole or not at all (a temporary file hard-linked into place); returns false when it exists already. */
function createLock(file, text) {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    linkSync(temp, file);
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw explainFsError(error, dirname(file));
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Returns the lock's holder { pid, started, text }, or null when there is no lock; an unreadable lock has no live holder. */
function readLock(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw explainFsError(error, file);
  }
  try {
    const { pid, started } = JSON.parse(text);
    return { pid, started, text };
  } catch {
    return { pid: null, started: null, text };
  }
}

/** Returns whether process `pid` is running (this process never holds a lock it is about to take: the pid was reused). */
function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false; // kill(0) would mean the process group
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM"; // alive, another user's
  }
}

/**
 * Removes the stale lock whose content is `text` and returns true; returns false, leaving the lock in
 * place, when another build replaced it meanwhile (it took the stale lock over first).
 */
function removeStaleLock(file, text) {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if (error.code === "ENOENT") return false;
    throw explainFsError(error, dirname(file));
  }
  const moved = readFileSync(aside, "utf8");
  if (moved !== text) {
    try {
      linkSync(aside, file); // it was that build's live lock: put it back
    } catch {
      // yet another build holds the lock now; the next round reads it
    }
  }
  rmSync(aside, { force: true });
  return moved === text;
}

/** Removes the lock if it still holds `text` (this process's). */
function releaseLock(file, text) {
  try {
    if (readFileSync(file, "utf8") === text) rmSync(file);
  } catch {
    // already gone
  }
}

/** Returns a start time as local "2026-01-02 11:04:05", or "时间不详". */
function formatTime(iso) {
  const t = new Date(iso ?? NaN);
  if (Number.isNaN(t.getTime())) return "时间不详";
  const two = (n) => String(n).padStart(2, "0");
  return `${t.getFullYear()}-${two(t.getMonth() + 1)}-${two(t.getDate())} ${two(t.getHours())}:${two(t.getMinutes())}:${two(t.getSeconds())}`;
}
