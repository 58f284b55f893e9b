// Publishing survives any crash, one build at a time: the swap and its recovery (scripts/lib/publish.mjs)
// on small folders, the build lock (scripts/lib/build-lock.mjs), and scripts/build.mjs in a project copy.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeLastGood, publishPaths, publishSite, recoverPublish, removeLeftovers } from "../../scripts/lib/publish.mjs";
import { acquireBuildLock } from "../../scripts/lib/build-lock.mjs";
import { copyProject, hashTree, ROOT, type ProjectCopy } from "../helpers/project.ts";
import { buildEnv } from "../setup/build-site.ts";

const PUBLISH = pathToFileURL(join(ROOT, "scripts/lib/publish.mjs")).href;
const folders: string[] = [];

/** Returns a new empty folder under `parent`, removed after the test. */
function tempFolder(parent = tmpdir()): string {
  const dir = mkdtempSync(join(parent, "publish-test-"));
  folders.push(dir);
  return dir;
}
afterEach(() => folders.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Writes a tiny site into `dir` whose index.html says `label`. */
function writeSite(dir: string, label: string): void {
  mkdirSync(join(dir, "plans"), { recursive: true });
  writeFileSync(join(dir, "index.html"), label);
  writeFileSync(join(dir, "plans", "index.html"), `${label}: plans`);
}
const siteLabel = (dir: string) => readFileSync(join(dir, "index.html"), "utf8");

/** Returns a dist/ holding the site "old" and a staged site "new" beside it, as a build leaves them before publishing. */
function builtAndPublished(): { final: string; staged: string } {
  const final = join(tempFolder(), "dist");
  writeSite(final, "old");
  const { staged } = publishPaths(final);
  writeSite(staged, "new");
  return { final, staged };
}

/** Runs publishSite in another process that PUBLISH_FAULT kills at `point`; returns the signal it died of. */
function publishKilledAt(point: string, staged: string, final: string): NodeJS.Signals | null {
  const script = `import { publishSite } from ${JSON.stringify(PUBLISH)}; publishSite(${JSON.stringify(staged)}, ${JSON.stringify(final)});`;
  return spawnSync(process.execPath, ["--input-type=module", "-e", script], { env: { ...process.env, PUBLISH_FAULT: point } }).signal;
}

/** Waits until `done()` holds (background deletions, processes starting), checking every 50 ms for up to 20 s. */
async function waitFor(done: () => boolean): Promise<void> {
  for (let t = 0; t < 400 && !done(); t++) await new Promise((r) => setTimeout(r, 50));
  expect(done()).toBe(true);
}

describe("publishSite(staged, final)", () => {
  it("puts the staged site at final and keeps the replaced one as previous-<time>-<pid> beside it, with no journal left", () => {
    const { final, staged } = builtAndPublished();
    const old = publishSite(staged, final);
    expect(siteLabel(final)).toBe("new");
    expect(old).toMatch(new RegExp(`^${publishPaths(final).dir}/previous-\\d{13}-${process.pid}$`));
    expect(siteLabel(old!)).toBe("old");
    expect(existsSync(staged) || existsSync(publishPaths(final).journal)).toBe(false);
  });

  it("publishes the first site when final does not exist yet", () => {
    const final = join(tempFolder(), "dist");
    writeSite(publishPaths(final).staged, "first");
    expect(publishSite(publishPaths(final).staged, final)).toBeNull();
    expect(siteLabel(final)).toBe("first");
  });

  it("stops with a message saying the new site is on another disk (EXDEV), and leaves final as it was", () => {
    const final = join(tempFolder(), "dist");
    writeSite(final, "old");
    const staged = join(tempFolder("/dev/shm"), "next");
    writeSite(staged, "new");
    expect(statSync(dirname(staged)).dev, "/dev/shm is another file system than the temporary folder").not.toBe(statSync(dirname(final)).dev);
    expect(() => publishSite(staged, final)).toThrow(`无法用改名的方式替换 ${final}：新网站与它不在同一个磁盘上`);
    expect(siteLabel(final)).toBe("old");
    expect(existsSync(publishPaths(final).journal)).toBe(false);
  });
});

describe("a swap killed at any point, then recoverPublish(final)", () => {
  const cases: [string, string, string][] = [
    ["after-journal", "old", "在替换网站之前中断：%s 未改动，那次构建的结果未采用。"],
    ["after-first-rename", "new", "在替换网站时中断：已用它构建完成的网站完成替换，%s 完整可用。"],
    ["after-second-rename", "new", "在替换网站之后中断：%s 已是它构建的网站，只补做了清理。"],
  ];
  for (const [point, label, note] of cases)
    it(`leaves a complete site at final when killed ${point}, and says what it did`, () => {
      const { final, staged } = builtAndPublished();
      expect(publishKilledAt(point, staged, final)).toBe("SIGKILL");
      expect(existsSync(publishPaths(final).journal)).toBe(true);
      const notes = recoverPublish(final);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatch(/^上次构建（进程 \d+）/);
      expect(notes[0]).toContain(note.replace("%s", final));
      expect(siteLabel(final)).toBe(label);
      expect(existsSync(publishPaths(final).journal)).toBe(false);
    });

  it("puts the replaced site back when dist/ is missing and the journal's staged site is gone", () => {
    const { final, staged } = builtAndPublished();
    publishKilledAt("after-first-rename", staged, final);
    rmSync(staged, { recursive: true });
    expect(recoverPublish(final)[0]).toMatch(/在替换网站时中断：已把上一次成功构建的网站（.*previous-\d+-\d+）恢复到 /);
    expect(siteLabel(final)).toBe("old");
  });

  it("puts the newest replaced site back when dist/ is missing and there is no journal", () => {
    const final = join(tempFolder(), "dist");
    const [older, newest] = ["previous-900-1", "previous-1000-2"].map((name) => join(publishPaths(final).dir, name));
    writeSite(newest!, "newest");
    writeSite(older!, "older");
    expect(recoverPublish(final)).toEqual([`${final} 不存在：已把上一次成功构建的网站（${newest}）恢复到 ${final}。`]);
    expect(siteLabel(final)).toBe("newest");
  });

  it("does nothing and says nothing when no swap was interrupted", () => {
    const { final } = builtAndPublished();
    expect(recoverPublish(final)).toEqual([]);
    expect(siteLabel(final)).toBe("old");
    expect(recoverPublish(join(tempFolder(), "never-built"))).toEqual([]);
  });
});

describe("removeLeftovers(final) and describeLastGood(final)", () => {
  it("never deletes a replaced site while final is missing: it may be the only copy of the last good site", async () => {
    const { final, staged } = builtAndPublished();
    publishKilledAt("after-first-rename", staged, final);
    rmSync(staged, { recursive: true });
    rmSync(publishPaths(final).journal); // as if recovery had not run
    const older = join(tempFolder(), "previous-9"); // an older build.mjs kept replaced sites in .build/
    writeSite(older, "older");
    removeLeftovers(final, [older]);
    await new Promise((r) => setTimeout(r, 300));
    const kept = readdirSync(publishPaths(final).dir).filter((d) => d.startsWith("previous-"));
    expect(kept).toHaveLength(1);
    expect(siteLabel(older)).toBe("older");
    expect(describeLastGood(final, [older])).toBe(`${final} 不存在；上一次成功构建的网站保存在 ${join(publishPaths(final).dir, kept[0]!)}，下次构建会自动把它恢复到 ${final}。`);
  });

  it("deletes replaced sites, staging leftovers and trash in the background once final exists", async () => {
    const { final, staged } = builtAndPublished();
    publishSite(staged, final);
    writeSite(publishPaths(final).staged, "a killed build's");
    const older = join(tempFolder(), "previous-9");
    writeSite(older, "older");
    removeLeftovers(final, [older]);
    await waitFor(() => readdirSync(publishPaths(final).dir).length === 0 && !existsSync(older));
    expect(siteLabel(final)).toBe("new");
    expect(describeLastGood(final)).toBe(`${final} 保持上一次成功构建的内容，未作任何改动。`);
  });

  it("says so when no site has been built, and names a site an older build.mjs left", () => {
    const final = join(tempFolder(), "dist");
    expect(describeLastGood(final)).toBe(`${final} 不存在：还没有成功构建过网站。`);
    expect(describeLastGood(final, ["/nowhere", tempFolder()])).toMatch(/不存在；上一次成功构建的网站可能在 .*（旧版构建程序留下），可把它改名为 /);
  });
});

describe("acquireBuildLock(file)", () => {
  const STARTED = "2026-01-02T03:04:05.000Z"; // 11:04:05 in Asia/Shanghai, the tests' time zone

  it("refuses while a live process holds the lock, naming that process and when it started, and leaves the lock alone", () => {
    const file = join(tempFolder(), ".build", "build.lock");
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      mkdirSync(dirname(file));
      writeFileSync(file, JSON.stringify({ pid: holder.pid, started: STARTED }));
      expect(() => acquireBuildLock(file)).toThrow(`另一个构建正在进行（进程 ${holder.pid}，开始于 2026-01-02 11:04:05），请等它结束后再构建。`);
      expect(JSON.parse(readFileSync(file, "utf8")).pid).toBe(holder.pid);
    } finally {
      holder.kill();
    }
  });

  it("takes over a stale lock, whose process is gone, with a note", () => {
    const file = join(tempFolder(), ".build", "build.lock");
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    mkdirSync(dirname(file));
    writeFileSync(file, JSON.stringify({ pid: gone, started: STARTED }));
    const lock = acquireBuildLock(file);
    expect(lock.note).toBe(`发现遗留的构建锁 ${file}（进程 ${gone}，开始于 2026-01-02 11:04:05，已不在运行），已接管。`);
    expect(JSON.parse(readFileSync(file, "utf8")).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(file)).toBe(false);
  });

  it("creates the lock with this process's id and start time, and release() removes only its own lock", () => {
    const file = join(tempFolder(), ".build", "build.lock");
    const lock = acquireBuildLock(file, new Date(STARTED));
    expect(lock.note).toBeNull();
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ pid: process.pid, started: STARTED });
    writeFileSync(file, JSON.stringify({ pid: 1, started: STARTED })); // another build's, after a takeover
    lock.release();
    expect(existsSync(file)).toBe(true);
  });
});

describe("npm run build: one at a time, and safe to kill", () => {
  let project: ProjectCopy;
  let dist: string;
  beforeAll(() => {
    project = copyProject();
    dist = join(project.dir, "dist");
  });
  afterAll(() => project?.remove());

  interface Ended { pid: number; status: number | null; signal: NodeJS.Signals | null; output: string }
  /** Starts scripts/build.mjs in the copy; `ended` resolves when it exits. */
  function startBuild(env: Record<string, string> = {}, user: { uid?: number; gid?: number } = {}): { child: ChildProcess; ended: Promise<Ended> } {
    const child = spawn(process.execPath, ["scripts/build.mjs"], { cwd: project.dir, env: buildEnv(env), ...user });
    let output = "";
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const ended = new Promise<Ended>((done) => child.on("close", (status, signal) => done({ pid: child.pid!, status, signal, output })));
    return { child, ended };
  }

  it("runs one build at a time: of two started together, one publishes and the other stops at once, naming it", async () => {
    const builds = [startBuild(), startBuild()];
    const order: Ended[] = [];
    await Promise.all(builds.map((b) => b.ended.then((e) => order.push(e))));
    const [refused, winner] = order;
    expect(winner!.status, winner!.output).toBe(0);
    expect(refused!.status).toBe(1);
    expect(refused!.output).toMatch(new RegExp(`另一个构建正在进行（进程 ${winner!.pid}，开始于 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d），请等它结束后再构建。`));
    expect(refused!.output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(dist, "index.html"))).toBe(true);
    expect(existsSync(join(project.dir, ".build", "build.lock"))).toBe(false);
  });

  it("after a build killed between its two renames, a failing build first restores dist/, leaves it intact, and says so", async () => {
    const before = hashTree(dist);
    const killed = await startBuild({ PUBLISH_FAULT: "after-first-rename" }).ended;
    expect(killed.signal, killed.output).toBe("SIGKILL");
    expect(existsSync(dist)).toBe(false);
    const catalogue = join(project.dir, "data/plans.csv");
    const good = readFileSync(catalogue, "utf8");
    writeFileSync(catalogue, `${good}gone.txt,test-gone,2019,标题,机构,,,,,,,,\n`);
    const failing = await project.build();
    writeFileSync(catalogue, good);
    expect(failing.status).toBe(1);
    expect(failing.output).toContain(`发现遗留的构建锁 ${join(project.dir, ".build", "build.lock")}（进程 ${killed.pid}，`);
    expect(failing.output).toContain(`上次构建（进程 ${killed.pid}）在替换网站时中断：已用它构建完成的网站完成替换，${dist} 完整可用。`);
    expect(failing.output).toContain("data/plans.csv:4:1: 找不到文件“gone.txt”");
    expect(failing.output).toContain(`构建失败：${dist} 保持上一次成功构建的内容，未作任何改动。`);
    expect(hashTree(dist)).toBe(before); // builds are byte-identical: the finished swap published the same site
    await waitFor(() => readdirSync(publishPaths(dist).dir).filter((f) => f !== "routes.json").length === 0); // the replaced site went once dist/ was back (the published site's manifest stays)
  });

  it("stops its children and releases the lock on SIGTERM, saying that dist/ is kept", async () => {
    const build = startBuild();
    const childrenOf = (pid: number) =>
      readdirSync("/proc").filter((p) => /^\d+$/.test(p)).filter((p) => {
        try {
          return readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ")[1] === String(pid);
        } catch {
          return false; // gone meanwhile
        }
      }).map(Number);
    await waitFor(() => childrenOf(build.child.pid!).length === 2); // Astro and the search indexer
    const children = childrenOf(build.child.pid!);
    build.child.kill("SIGTERM");
    const ended = await build.ended;
    expect(ended.status).toBe(143);
    expect(ended.output).toContain(`构建被中断（SIGTERM）：${dist} 保持上一次成功构建的内容，未作任何改动。`);
    for (const pid of children) expect(() => process.kill(pid, 0)).toThrow(); // ESRCH: not running
    expect(existsSync(join(project.dir, ".build", "build.lock"))).toBe(false);
  });

  it("stops at once with a message naming the folder, and no stack trace, when the output folder's parent is read-only", async () => {
    const readOnly = join(project.dir, "read-only");
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    // root may write anywhere: the build runs as nobody then, allowed into the copy and its .build/
    const asRoot = process.getuid?.() === 0;
    mkdirSync(join(project.dir, ".build"), { recursive: true });
    if (asRoot) for (const d of [project.dir, join(project.dir, ".build")]) chmodSync(d, 0o777);
    const ended = await startBuild({ DIST_DIR: join(readOnly, "dist") }, asRoot ? { uid: 65534, gid: 65534 } : {}).ended;
    expect(ended.status, ended.output).toBe(1);
    expect(ended.output).toContain(`无法写入 ${readOnly}：该文件夹只读或没有写权限（EACCES）。请修改它的权限，或用 DIST_DIR 把网站输出到可写的文件夹。`);
    expect(ended.output).not.toMatch(/^\s+at /m);
    expect(ended.output).not.toContain("astro");
    expect(existsSync(join(project.dir, ".build", "build.lock"))).toBe(false);
  });
});
