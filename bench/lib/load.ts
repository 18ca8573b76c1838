// One load run with autocannon: a fixed number of connections cycling through a list of paths.
// p95 is computed here from every response's latency (autocannon's "response" event), because
// autocannon's own summary only reports p50, p90, p97.5 and p99.
import autocannon from "autocannon";
import { cpuBetween, sampleCpu } from "./cpu";

export interface LoadOptions {
  url: string;
  paths: string[];
  connections: number;
  /** Seconds. */
  duration: number;
  headers: Record<string, string>;
  serverPid: number;
}

export interface LoadFigures {
  connections: number;
  seconds: number;
  responses: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** Distinct paths requested, and how many requests went to a path already requested in this run. */
  distinctPaths: number;
  repeats: number;
  cpu?: { server: number; postgres: number; loadGenerator: number };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

let current: autocannon.Instance | undefined;

/** Stops the run in progress (ctrl-c). */
export function stopLoad() {
  current?.stop();
}

export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  let next = 0;
  let sent = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.duration,
    timeout: 30,
    headers: options.headers,
    // One shared cursor across all connections: consecutive requests take consecutive paths.
    requests: [
      {
        setupRequest: (request) => {
          sent++;
          return { ...request, path: options.paths[next++ % options.paths.length]! };
        },
      },
    ],
  });
  current = instance;
  instance.on("response", (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  const before = sampleCpu(options.serverPid);
  const result = await instance;
  const after = sampleCpu(options.serverPid);
  current = undefined;

  const sorted = Float64Array.from(latencies).sort();
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)]));
  return {
    connections: options.connections,
    seconds: result.duration,
    responses: latencies.length,
    rps: latencies.length / result.duration,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    distinctPaths: Math.min(sent, options.paths.length),
    repeats: Math.max(0, sent - options.paths.length),
    cpu: cpuBetween(before, after),
  };
}
