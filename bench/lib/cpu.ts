// Where the machine's CPU went during a run: the Next.js server, PostgreSQL, and the load
// generator itself (which shares the cores with the server). Linux /proc only; elsewhere empty.
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

interface Sample {
  at: number;
  server: number;
  postgres: Map<string, number>;
  harness: number;
}

function ticksOf(pid: string | number): { ticks: number; comm: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // comm may hold spaces: fields resume after the last ')'.
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const fields = stat.slice(close + 2).split(" ");
    return { ticks: Number(fields[11]) + Number(fields[12]), comm };
  } catch {
    return undefined;
  }
}

/** Ticks per PostgreSQL process: backends come and go, so a run sums per-process differences. */
function postgresTicks(): Map<string, number> {
  const ticks = new Map<string, number>();
  try {
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      const t = ticksOf(pid);
      if (t && (t.comm === "postgres" || t.comm.startsWith("postgres:"))) ticks.set(pid, t.ticks);
    }
  } catch {
    // No /proc: no figure.
  }
  return ticks;
}

export function sampleCpu(serverPid: number): Sample {
  const usage = process.cpuUsage();
  return {
    at: performance.now(),
    server: ticksOf(serverPid)?.ticks ?? 0,
    postgres: postgresTicks(),
    harness: (usage.user + usage.system) / 1e6,
  };
}

/** Percent of one core each used between two samples (200% = both cores of a 2-core machine). */
export function cpuBetween(a: Sample, b: Sample) {
  const seconds = (b.at - a.at) / 1000;
  if (seconds <= 0) return undefined;
  const pct = (value: number) => Math.round((value / seconds) * 100);
  return {
    server: pct((b.server - a.server) / TICKS_PER_SECOND),
    // A backend that exited during the run is missed; one that started counts from zero.
    postgres: pct([...b.postgres].reduce((sum, [pid, ticks]) => sum + Math.max(0, ticks - (a.postgres.get(pid) ?? 0)), 0) / TICKS_PER_SECOND),
    loadGenerator: pct(b.harness - a.harness),
  };
}

function machineTicks(): { busy: number; total: number } | undefined {
  try {
    const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = cpu.reduce((a, b) => a + b, 0);
    // idle + iowait
    return { busy: total - (cpu[3] ?? 0) - (cpu[4] ?? 0), total };
  } catch {
    return undefined;
  }
}

/** Share of the whole machine's CPU in use over the next second, before the benchmark adds its own. */
export async function machineBusyPercent(): Promise<number | undefined> {
  const a = machineTicks();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const b = machineTicks();
  if (!a || !b || b.total === a.total) return undefined;
  return Math.round((100 * (b.busy - a.busy)) / (b.total - a.total));
}
