import { cpus } from "node:os";
import { describe, expect, it } from "vitest";
import { measure } from "./measure.ts";

describe("measure(command, args, cwd, env)", () => {
  it("reports the wall time, the CPU time the machine spent meanwhile, and the peak memory of the process tree", async () => {
    // half a second of busy loop holding 200 MB: one core busy, the other free
    const script = "const keep = Buffer.alloc(200 * 2 ** 20, 1); const t = Date.now(); while (Date.now() - t < 500); console.log(keep[0])";
    const run = await measure(process.execPath, ["-e", script], process.cwd(), process.env);
    expect(run.status).toBe(0);
    expect(run.output.trim()).toBe("1");
    expect(run.ms).toBeGreaterThanOrEqual(500);
    expect(run.cpuMs).toBeGreaterThanOrEqual(400); // clock ticks of 10 ms, and a margin for a busy VM
    expect(run.cpuMs).toBeLessThanOrEqual(run.ms * cpus().length + 20);
    expect(run.peakRss).toBeGreaterThan(200 * 2 ** 20);
  });
});
