/**
 * measure: runs a command and reports its wall time, the peak memory of its whole process tree (sampled
 * from /proc) and the CPU time the whole machine spent meanwhile (/proc/stat: the bench machine runs
 * nothing else), which shows how busy the build keeps its cores.
 */
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

export interface Run {
  ms: number;
  peakRss: number; // bytes, summed over the command and every process it started
  cpuMs: number; // CPU time of the whole machine (user, nice, system, interrupts) while the command ran
  status: number | null;
  output: string;
}

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      tree.set(ppid, [...(tree.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  return tree;
}

function treeRss(pid: number): number {
  const tree = children();
  let total = 0;
  for (const stack = [pid]; stack.length; ) {
    const p = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      // ended
    }
    stack.push(...(tree.get(p) ?? []));
  }
  return total;
}

/** Returns the CPU time the machine has spent busy since boot, in ms (the first line of /proc/stat, in clock ticks of 10 ms). */
function busyMs(): number {
  const [user, nice, system, , , irq, softirq] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.split(/\s+/).slice(1).map(Number);
  return (user! + nice! + system! + irq! + softirq!) * 10;
}

/** Runs `command args` in `cwd`, sampling memory every 100 ms. */
export function measure(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const [started, busy] = [performance.now(), busyMs()];
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let peakRss = 0;
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 100);
    child.on("error", reject);
    child.on("close", (status) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakRss, cpuMs: busyMs() - busy, status, output });
    });
  });
}
