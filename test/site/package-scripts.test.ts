// Astro's anonymous usage report stays off for every command the project runs: a bureau's machines send
// nothing to third parties.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/project.ts";

const scripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts;
const ASTRO_COMMAND = /(?:^|&&|\|\||;)\s*((?:\w+=\S*\s+)*)astro\b/g; // `astro …` as a command, with any VAR=value before it
const SPAWNS_ASTRO = ["scripts/build.mjs", "bench/run.ts", "bench/baseline/build-with-search.mjs"]; // the scripts that start astro themselves

describe("package.json scripts", () => {
  it("run astro somewhere (so that the next test checks something)", () => {
    expect(Object.values(scripts).filter((command) => command.match(ASTRO_COMMAND)).length).toBeGreaterThanOrEqual(2);
  });

  for (const [name, command] of Object.entries(scripts))
    it(`npm run ${name}: every astro command in it sets ASTRO_TELEMETRY_DISABLED=1`, () => {
      for (const [, assignments] of command.matchAll(ASTRO_COMMAND)) expect(assignments, command).toContain("ASTRO_TELEMETRY_DISABLED=1");
    });

  for (const file of SPAWNS_ASTRO)
    it(`${file} starts astro with ASTRO_TELEMETRY_DISABLED=1`, () => {
      expect(readFileSync(join(ROOT, file), "utf8")).toContain('ASTRO_TELEMETRY_DISABLED: "1"');
    });
});
