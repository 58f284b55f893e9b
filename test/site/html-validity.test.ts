/** The W3C Nu HTML checker (vnu-jar, run with Debian's Java) on one page of every page type: no error. */
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { PAGE_TYPES } from "../helpers/site.ts";

const VNU = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
const HAS_JAVA = !spawnSync("java", ["-version"]).error;
if (!HAS_JAVA) console.warn("html-validity: skipped — java is not installed (apt-get install default-jre-headless; .ci/run installs it)");

interface NuMessage {
  type: string; // "error", "info", "non-document-error"
  url?: string;
  lastLine?: number;
  message: string;
}

/** Resolves to the checker's messages on `files`, in one run of Java (it starts slowly; asynchronous, so that vitest's worker keeps its heartbeat). */
function nuCheck(files: string[]): Promise<NuMessage[]> {
  return new Promise((done, fail) => {
    const child = spawn("java", ["-jar", VNU, "--errors-only", "--format", "json", ...files], { stdio: ["ignore", "pipe", "pipe"] });
    let [out, err] = ["", ""];
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d)); // the JSON report
    child.on("error", fail);
    child.on("close", () => {
      try {
        done((JSON.parse(err) as { messages: NuMessage[] }).messages);
      } catch {
        fail(new Error(`the Nu checker wrote no JSON report:\n${out}${err}`));
      }
    });
  });
}

describe("HTML validity (W3C Nu HTML checker)", () => {
  it.skipIf(!HAS_JAVA)("reports no error on one page of every page type", async () => {
    const dist = inject("dist");
    const files = PAGE_TYPES.map((p) => join(dist, p.replace(/\?.*$/, ""), p.endsWith(".html") ? "" : "index.html"));
    const errors = (await nuCheck(files))
      .filter((m) => m.type !== "info")
      .map((m) => `${m.url ? decodeURIComponent(m.url).replace(/^file:/, "").replace(`${dist}/`, "") : "?"}:${m.lastLine ?? "?"}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
