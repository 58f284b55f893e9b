/** Builds the site once for the tests that read pages or drive Chromium: .build/test-dist (and a base-path build). */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";

const root = resolve(import.meta.dirname, "..", "..");

export function buildSite(outDir: string, env: Record<string, string> = {}): void {
  const run = spawnSync(process.execPath, [resolve(root, "node_modules/astro/astro.js"), "build"], {
    cwd: root,
    env: { ...process.env, ...env, OUT_DIR: outDir },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
}

export default function setup(project: TestProject) {
  const dist = resolve(root, ".build/test-dist");
  buildSite(dist);
  project.provide("dist", dist);
}

declare module "vitest" {
  export interface ProvidedContext {
    dist: string;
  }
}
