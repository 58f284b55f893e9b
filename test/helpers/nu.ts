/** nu: the W3C Nu HTML checker (vnu-jar) run with Debian's Java on built pages, for the site tests. */
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const VNU = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
export const HAS_JAVA = !spawnSync("java", ["-version"]).error;
if (!HAS_JAVA) console.warn("html-validity: skipped — java is not installed (apt-get install default-jre-headless; .ci/run installs it)");

export interface NuMessage {
  type: string; // "error", "info", "non-document-error"
  url?: string;
  lastLine?: number;
  message: string;
}

/** Resolves to the checker's messages on `files`, in one run of Java (it starts slowly; asynchronous, so that vitest's worker keeps its heartbeat). */
export function nuCheck(files: string[]): Promise<NuMessage[]> {
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

/** Resolves to the errors on `files`, each as "path:line: message" with `dist` cut from the path. */
export async function nuErrors(files: string[], dist: string): Promise<string[]> {
  return (await nuCheck(files))
    .filter((m) => m.type !== "info")
    .map((m) => `${m.url ? decodeURIComponent(m.url).replace(/^file:/, "").replace(`${dist}/`, "") : "?"}:${m.lastLine ?? "?"}: ${m.message}`);
}
