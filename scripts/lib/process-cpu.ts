// CPU time used by a process tree, grouped by role, read from Linux's /proc. The benchmark uses it to show where a
// page's cost goes (the web server, PostgreSQL, the job worker) rather than only how long clients waited.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

export type CpuGroup = "web" | "database" | "worker" | "other";
export type CpuSample = Record<CpuGroup, number>;

interface ProcessInfo {
  parent: number;
  name: string;
  cpuTicks: number;
}

/** /proc's times are in clock ticks; almost always 100 a second, but asked once rather than assumed. */
const ticksPerSecond = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export const canSampleCpu = existsSync("/proc/self/stat");

function readProcess(pid: string): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name sits in parentheses and may itself hold spaces or parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const name = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
    // Its own user and system time, plus that of children it has reaped (PostgreSQL's ended backends), which
    // would otherwise vanish from the sum between two samples.
    const [user, system, childrenUser, childrenSystem] = fields.slice(11, 15).map(Number);
    return { parent: Number(fields[1]), name, cpuTicks: (user ?? 0) + (system ?? 0) + (childrenUser ?? 0) + (childrenSystem ?? 0) };
  } catch {
    // The process ended between listing and reading.
    return null;
  }
}

function groupOf(name: string): CpuGroup {
  // Production serves from scripts/web-server.ts (every cluster process has its command line); `next dev` from next-server.
  if (name.includes("web-server.ts") || name.startsWith("next-server")) return "web";
  // The server is `…/bin/postgres -D …`; its backends rename themselves `postgres: …`.
  if (name.startsWith("postgres:") || /(^|\/)postgres$/.test(name.split(" ")[0] ?? "")) return "database";
  if (name.includes("worker.ts")) return "worker";
  return "other";
}

/** CPU milliseconds used so far by `root` and its descendants (user and system time), by role. */
export function sampleCpu(root: number): CpuSample {
  const processes = new Map<number, ProcessInfo>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const info = readProcess(entry);
    if (info) processes.set(Number(entry), info);
  }
  const isDescendant = (pid: number): boolean => {
    for (let current = pid, depth = 0; current > 1 && depth < 16; depth++) {
      if (current === root) return true;
      current = processes.get(current)?.parent ?? 0;
    }
    return false;
  };
  const sample: CpuSample = { web: 0, database: 0, worker: 0, other: 0 };
  for (const [pid, info] of processes) {
    if (isDescendant(pid)) sample[groupOf(info.name)] += (info.cpuTicks * 1000) / ticksPerSecond;
  }
  return sample;
}

/** CPU milliseconds per request for each role between two samples. */
export function cpuPerRequest(before: CpuSample, after: CpuSample, requests: number): CpuSample {
  const per = (group: CpuGroup) => (requests > 0 ? (after[group] - before[group]) / requests : Number.NaN);
  return { web: per("web"), database: per("database"), worker: per("worker"), other: per("other") };
}
