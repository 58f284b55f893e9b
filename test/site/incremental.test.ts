// Incremental publishing's invariant: after any change to the inputs, a build that reuses the last good
// site (src/lib/incremental.ts) is byte-identical to a clean build (--full) of the same inputs. Two copies
// of a small county's project (support/synthetic: two bureaus, three years) take the same changes one after
// another; one builds incrementally from its last site, the other cleanly, side by side.
import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus, seedMaterial } from "../../support/synthetic/corpus.ts";
import { writeProject } from "../../support/synthetic/write-project.ts";
import { buildEnv } from "../setup/build-site.ts";
import { ROOT, runNode } from "../helpers/project.ts";

const material = seedMaterial(readFileSync(join(ROOT, "seeds/000_4d8b1ee954a7e0d1.txt"), "utf8"), readFileSync(join(ROOT, "seeds/001_63bf615f332166d9.txt"), "utf8"));
const corpus = generateCorpus(material, 6, 5);
const extra = generateCorpus(material, 8, 5).plans[6]!; // a seventh plan, added and removed below
const [incremental, clean] = ["test-incremental", "test-incremental-clean"].map((d) => join(ROOT, ".build", d)) as [string, string];
const plan = corpus.plans.find((p) => p.encoding === "utf8")!;
const LONG = 900_000; // two builds side by side: about 15 s on a quiet machine, minutes on a shared one (a test that times out leaves its build holding the lock)

/** Applies `change` to the inputs of both projects (`file` relative to the project). */
function change(file: string, edit: (text: string) => string): void {
  for (const dir of [incremental, clean]) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    let text = "";
    try {
      text = readFileSync(join(dir, file), "utf8");
    } catch {
      // a new file
    }
    const next = edit(text);
    if (next === text) throw new Error(`the change to ${file} changed nothing`);
    writeFileSync(join(dir, file), next);
  }
}

/** Builds both projects at once: incrementally from the last site, and cleanly; returns the incremental build's output. */
async function buildBoth(): Promise<string> {
  const [a, b] = await Promise.all([runNode(["scripts/build.mjs"], incremental, buildEnv()), runNode(["scripts/build.mjs", "--full"], clean, buildEnv())]);
  if (a.status !== 0 || b.status !== 0) throw new Error(`${a.output}\n${b.output}`);
  return a.output;
}

/** Returns the files that differ between the two published sites, or exist in only one. */
function differences(): string[] {
  const list = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(dir.length + 1)).sort();
  const [a, b] = [join(incremental, "dist"), join(clean, "dist")];
  const [filesA, filesB] = [list(a), list(b)];
  const onlyOne = [...filesA.filter((f) => !filesB.includes(f)), ...filesB.filter((f) => !filesA.includes(f))];
  const differing = filesA.filter((f) => filesB.includes(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
  return [...onlyOne, ...differing];
}

/** The number of files of incremental routes the last build rendered, and the number it copied, from its log. */
function reuse(output: string): { rendered: number; copied: number } {
  const m = /Incremental: (\d+) of (\d+) files of incremental routes rendered, (\d+) copied/.exec(output);
  if (!m) throw new Error(`no incremental line in:\n${output}`);
  return { rendered: Number(m[1]), copied: Number(m[3]) };
}

beforeAll(async () => {
  for (const dir of [incremental, clean]) writeProject(dir, corpus);
  await buildBoth();
}, LONG);
afterAll(() => {
  for (const dir of [incremental, clean]) rmSync(dir, { recursive: true, force: true });
});

describe("an incremental build", () => {
  it("equals a clean build after a plan's text changes, rendering again only what the plan reaches", async () => {
    change(`seeds/${plan.file}`, (t) => t.replace("。", "；"));
    const output = await buildBoth();
    expect(differences()).toEqual([]);
    // its page, summary, JSON and source file, its comparisons and their JSON, its bureau's offices: fewer than the other plans' files
    const { rendered, copied } = reuse(output);
    expect(rendered).toBeGreaterThanOrEqual(4);
    expect(copied).toBeGreaterThan(rendered);
  }, LONG);
  it("equals a clean build after a catalogue row changes", async () => {
    change("data/plans.csv", (t) => t.replace(plan.title, plan.title.replace("工作", "重点工作")));
    expect(reuse(await buildBoth()).copied).toBeGreaterThan(0);
    expect(differences()).toEqual([]);
  }, LONG);
  it("equals a clean build after an indicator value changes", async () => {
    change("data/indicator-values.csv", (t) => t.replace(/(new-above-scale-enterprises,\d+,actual,)(\d+)/, (_m, head: string, n: string) => `${head}${Number(n) + 1}`));
    await buildBoth();
    expect(differences()).toEqual([]);
  }, LONG);
  it("equals a clean build after a theme's keywords change", async () => {
    change("data/themes.csv", (t) => t.replace("运行调度|", "运行调度|企业|"));
    await buildBoth();
    expect(differences()).toEqual([]);
  }, LONG);
  it("equals a clean build after an entity changes", async () => {
    change("data/entities.csv", (t) => t.replace(",英科医疗,企业,", ",英科医疗,企业,英科"));
    await buildBoth();
    expect(differences()).toEqual([]);
  }, LONG);
  it("equals a clean build after a note is added", async () => {
    change(`notes/${plan.id}/reading.md`, () => ["---", "type: 解读", "title: 关于本计划", "---", "本计划的合成测试说明。", ""].join("\n"));
    await buildBoth();
    expect(differences()).toEqual([]);
  }, LONG);
  it("equals a clean build after a plan is added, and after it is removed", async () => {
    const row = readFileSync(join(incremental, "data/plans.csv"), "utf8").trim().split("\n").at(-1)!.split(",");
    const added = [extra.file, extra.id, extra.year, extra.title, extra.issuer, ...row.slice(5)].join(",");
    for (const dir of [incremental, clean]) {
      writeFileSync(join(dir, "seeds", extra.file), extra.text);
      appendFileSync(join(dir, "data/plans.csv"), `${added}\n`);
    }
    await buildBoth();
    expect(differences()).toEqual([]);
    expect(readdirSync(join(incremental, "dist/plans"))).toContain(extra.id);
    for (const dir of [incremental, clean]) {
      rmSync(join(dir, "seeds", extra.file));
      writeFileSync(join(dir, "data/plans.csv"), readFileSync(join(dir, "data/plans.csv"), "utf8").replace(`${added}\n`, ""));
    }
    await buildBoth();
    expect(differences()).toEqual([]);
    expect(readdirSync(join(incremental, "dist/plans"))).not.toContain(extra.id);
  }, LONG);
});
