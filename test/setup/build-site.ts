/** Builds the site twice for the tests that read pages or drive Chromium, as `npm run build` does: .build/test-dist, and .build/test-dist-base under a base path with a site URL. */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import type { TestProject } from "vitest/node";

const root = resolve(import.meta.dirname, "..", "..");
export const BASE_PATH = "/xxgk/jhzj/";
export const SITE_URL = "https://www.example.gov.cn";

/** The environment of a build started from a test: vitest's own variables left out (its BASE_URL=/ would override the base path). */
export function buildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...rest } = process.env;
  return { ...rest, BASE_PATH: "", SITE_URL: "", ...env };
}

export function buildSite(outDir: string, env: Record<string, string> = {}): void {
  const run = spawnSync(process.execPath, [resolve(root, "scripts/build.mjs")], {
    cwd: root,
    env: buildEnv({ ...env, DIST_DIR: outDir }),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
}

export default function setup(project: TestProject) {
  const dist = resolve(root, ".build/test-dist");
  const distBase = resolve(root, ".build/test-dist-base");
  buildSite(dist);
  buildSite(distBase, { BASE_PATH, SITE_URL });
  project.provide("dist", dist);
  project.provide("distBase", distBase);
}

declare module "vitest" {
  export interface ProvidedContext {
    dist: string;
    distBase: string;
  }
}
