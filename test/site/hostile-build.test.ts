import { spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject, hashTree, ROOT, type ProjectCopy } from "../helpers/project.ts";
import { CONTROL } from "../../src/pipeline/controls.ts";

const HOSTILE = resolve(ROOT, "test/fixtures/hostile");
const tsx = resolve(ROOT, "node_modules/.bin/tsx");
const ROW = (file: string, id: string) => `${file},${id},2023,测试数据：${id},测试机构,,,,,,,,测试数据，不是真实计划\n`;
const warningsIn = (output: string) => output.split("\n").filter((l) => l.includes("seeds/测试 控制字符.txt:")).map((l) => l.replace(/^.*?(seeds\/)/, "$1"));
const check = (cwd: string) => {
  const run = spawnSync(tsx, ["scripts/check.ts"], { cwd, encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
};

/** Returns every text file the site publishes (not the originals under sources/, which are byte for byte). */
function publishedText(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(html|xml|json|csv|txt|js)$/.test(f) && !f.startsWith("sources/") && !f.startsWith("pagefind"))
    .map((f) => join(dist, f));
}

describe("a plan with control characters, built, rebuilt from the cache, and rebuilt from an edited cache", () => {
  let project: ProjectCopy;
  const builds: { status: number | null; output: string }[] = [];
  beforeAll(async () => {
    project = copyProject();
    copyFileSync(join(HOSTILE, "plan-control-chars.txt"), join(project.dir, "seeds/测试 控制字符.txt"));
    appendFileSync(join(project.dir, "data/plans.csv"), ROW("测试 控制字符.txt", "test-controls"));
    builds.push(await project.build());
    builds.push(await project.build());
    const store = join(project.dir, ".build/cache/data-store.json");
    writeFileSync(store, readFileSync(store, "utf8").replaceAll("培育上云", "培育下云")); // digest kept, text altered
    builds.push(await project.build());
  });
  afterAll(() => project.remove());

  it("builds each time", () => expect(builds.map((b) => b.status)).toEqual([0, 0, 0]));
  it("reports the same warnings when the plan comes from the cache as when it was parsed", async () => {
    expect(warningsIn(builds[0]!.output)).toContain("seeds/测试 控制字符.txt:4:0: 原文含不可见的控制字符 U+000B（Word 中的手动换行符）、U+001B，页面上以 ␋ ␛ 显示：请核对原件");
    expect(warningsIn(builds[1]!.output)).toEqual(warningsIn(builds[0]!.output));
    expect(builds[1]!.output).toContain("解析 0 份计划，沿用上次构建的 3 份");
  });
  it("discards a cache entry whose text no longer matches its checksum, and publishes the plan as written", async () => {
    expect(builds[2]!.output).toMatch(/缓存中有 2 份计划与其记录的校验值不符（缓存被改动或损坏），已丢弃并重新解析/); // the two that hold 培育上云
    const page = readFileSync(join(project.dir, "dist/plans/test-controls/index.html"), "utf8");
    expect(page).toContain("培育上云␋企业");
    expect(page).toContain("␛[31m");
    expect(page).not.toContain("培育下云");
  });
  it("links the original under a name with a space and Chinese characters, percent-encoded, to the file it publishes", async () => {
    const page = readFileSync(join(project.dir, "dist/plans/test-controls/index.html"), "utf8");
    const link = `/sources/${encodeURIComponent("测试 控制字符.txt")}`;
    expect(page).toContain(`href="${link}"`);
    expect(readFileSync(join(project.dir, "dist", decodeURIComponent(link)))).toEqual(readFileSync(join(HOSTILE, "plan-control-chars.txt")));
  });
  it("writes no control character into any page, feed or data file", async () => {
    const raw = publishedText(join(project.dir, "dist")).filter((f) => new RegExp(CONTROL.source).test(readFileSync(f, "utf8")));
    expect(raw).toEqual([]);
  });
});

describe("inputs the build refuses, in Chinese, naming the file, without a stack trace, leaving dist/ as it was", () => {
  let project: ProjectCopy;
  let before: string;
  beforeAll(async () => {
    project = copyProject();
    expect((await project.build()).status).toBe(0);
    before = hashTree(join(project.dir, "dist"));
  });
  afterAll(() => project.remove());
  const expectRefused = async (...messages: string[]) => {
    const run = await project.build();
    expect(run.status).toBe(1);
    for (const message of messages) expect(run.output).toContain(message);
    expect(run.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m); // no stack frame
    expect(hashTree(join(project.dir, "dist"))).toBe(before);
    const checked = check(project.dir);
    expect(checked.status).toBe(1);
    for (const message of messages) expect(checked.output).toContain(message);
  };

  it("a link in seeds/ to a file outside it (nothing of the target is published)", async () => {
    symlinkSync("/etc/passwd", join(project.dir, "seeds/passwd.txt"));
    appendFileSync(join(project.dir, "data/plans.csv"), ROW("passwd.txt", "test-link"));
    await expectRefused("data/plans.csv:4:1: “passwd.txt”是一个链接（快捷方式），不是文件本身：网站只发布 seeds/ 中的普通文件，请把文件本身放进来");
    unlinkSync(join(project.dir, "seeds/passwd.txt"));
    writeFileSync(join(project.dir, "data/plans.csv"), readFileSync(join(ROOT, "data/plans.csv")));
  });
  it("a note whose front matter is JavaScript (nothing runs)", async () => {
    mkdirSync(join(project.dir, "notes/suixi-jxj-2021"), { recursive: true });
    copyFileSync(join(HOSTILE, "note-js-engine.md"), join(project.dir, "notes/suixi-jxj-2021/js.md"));
    await expectRefused("notes/suixi-jxj-2021/js.md:1:1: 开头须是单独一行 ---，后面写 YAML；“---js”不被接受（说明中不能含程序代码）");
    unlinkSync(join(project.dir, "notes/suixi-jxj-2021/js.md"));
  });
  it("a plan that is UTF-8 but for one pasted GBK sentence", async () => {
    copyFileSync(join(HOSTILE, "plan-utf8-with-gbk-sentence.txt"), join(project.dir, "seeds/mixed.txt"));
    appendFileSync(join(project.dir, "data/plans.csv"), ROW("mixed.txt", "test-mixed"));
    await expectRefused("seeds/mixed.txt:3:1: 文件是 UTF-8 编码，但从这里起有");
    unlinkSync(join(project.dir, "seeds/mixed.txt"));
    writeFileSync(join(project.dir, "data/plans.csv"), readFileSync(join(ROOT, "data/plans.csv")));
  });
  it("a misspelt field in data/site.csv, and a portal fragment with an address that would point elsewhere on each level of the site", async () => {
    writeFileSync(join(project.dir, "data/site.csv"), "字段,值\n网站名称,示例县人民政府\n栏目名字,年度工作计划\n");
    mkdirSync(join(project.dir, "portal"));
    writeFileSync(join(project.dir, "portal/header.html"), '<nav>\n  <a href="index.html">首页</a>\n</nav>\n');
    await expectRefused(
      "data/site.csv:3:1: 未知的字段“栏目名字”，应为：网站名称、栏目名称",
      "portal/header.html:2:12: 相对地址“index.html”在本站不同层级的页面上会指向不同的地方：请写成以 / 开头的地址（如 /index.html）或完整网址（https://…）",
    );
    rmSync(join(project.dir, "portal"), { recursive: true });
    writeFileSync(join(project.dir, "data/site.csv"), readFileSync(join(ROOT, "data/site.csv")));
  });
  it("lists files in seeds/ that the catalogue does not name", async () => {
    copyFileSync(join(HOSTILE, "plan-x-words.txt"), join(project.dir, "seeds/forgotten.txt"));
    const { status, output } = check(project.dir);
    expect(status).toBe(0);
    expect(output).toContain("seeds/ 中有 1 个文件未登记在 data/plans.csv，不会发布：\n  seeds/forgotten.txt");
  });
});
