/** A throwaway copy of the project (sharing node_modules) to build with changed inputs. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildEnv } from "../setup/build-site.ts";

export const ROOT = resolve(import.meta.dirname, "..", "..");
const COPIED = ["src", "data", "seeds", "notes", "portal", "public", "scripts", "package.json", "astro.config.mjs", "tsconfig.json"];

export interface ProjectCopy {
  dir: string;
  build: () => Promise<RunResult>;
  remove: () => void;
}

export interface RunResult {
  status: number | null;
  output: string; // stdout then stderr
}

/**
 * Resolves to the exit status and output of `node args` run in `cwd`. Asynchronous on purpose: a test that
 * blocks its worker for a minute (spawnSync of a build) makes vitest's worker miss its heartbeat and fail the run.
 */
export function runNode(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<RunResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let [out, err] = ["", ""];
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (status) => done({ status, output: out + err }));
  });
}

/** Returns a fresh copy of the project's inputs and code in a temporary folder. */
export function copyProject(): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), "plan-site-"));
  for (const entry of COPIED) if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return {
    dir,
    build: () => runNode(["scripts/build.mjs"], dir, buildEnv()),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Returns one hash over every file under `dir` (names and bytes), to tell whether anything changed. */
export function hashTree(dir: string): string {
  const hash = createHash("sha256");
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name)).sort();
  for (const f of files) hash.update(f).update(readFileSync(f));
  return hash.digest("hex");
}
