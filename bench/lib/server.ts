// A production build of Bazaar (rebuilt only when the sources changed, as `npm start` decides) and
// Bazaar's server (scripts/server.ts, Next.js in production mode) on the benchmark's database,
// stopped again whatever happens.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";
import { isPortOpen } from "../../lib/db/embedded";
import { isBuildCurrent, recordBuild, sourceFingerprint } from "../../scripts/build-fingerprint";
import { ensurePrismaClient } from "../../scripts/prisma-client";
import { HarnessError, root, say, sleep } from "./util";

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" } });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new HarnessError(`${path.basename(command)} ${args.join(" ")} exited with ${code}`))));
  });
}

/**
 * Other Next.js processes working in this checkout (`npm start`, `next build`, `next dev`): they
 * share .next, and two builds at once leave a build whose chunks do not match. Linux /proc only.
 */
export function otherNextProcesses(): { pid: number; command: string }[] {
  const found: { pid: number; command: string }[] = [];
  let pids: string[] = [];
  try {
    pids = readdirSync("/proc").filter((p) => /^\d+$/.test(p));
  } catch {
    return found;
  }
  for (const pid of pids) {
    if (Number(pid) === process.pid) continue;
    try {
      if (readlinkSync(`/proc/${pid}/cwd`) !== root) continue;
      const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
      if (/next-server|next(\.js)? (build|start|dev)\b|dist\/bin\/next (build|start|dev)\b|scripts\/(start|server)\.ts/.test(command)) found.push({ pid: Number(pid), command });
    } catch {
      // Gone, or not ours to read.
    }
  }
  return found;
}

/** Builds when .next is missing or older than the sources. Returns what was done, for the report. */
export async function ensureBuild(options: { skip: boolean; databaseUrl: string }): Promise<"reused" | "built" | "skipped"> {
  const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
  await ensurePrismaClient(root);
  if (options.skip) {
    if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new HarnessError("--skip-build was given but .next holds no build.");
    say("Using the existing .next build as it is (--skip-build)");
    return "skipped";
  }
  const fingerprint = sourceFingerprint(root);
  if (isBuildCurrent(root, fingerprint)) {
    say("The production build in .next is current");
    return "reused";
  }
  const others = otherNextProcesses();
  if (others.length > 0) {
    throw new HarnessError(
      `The build in .next is stale, but another Next.js process is using this checkout:\n${others.map((o) => `  pid ${o.pid}: ${o.command}`).join("\n")}\n` +
        "Building now would corrupt its .next. Wait for it to stop, or run with --skip-build to measure the build that is there.",
    );
  }
  const started = Date.now();
  say("Building Bazaar for production (next build; the sources changed since the last build)…");
  // Pages with nothing per-visitor are prerendered by the build, from the database.
  await run(bin("next"), ["build"], { DATABASE_URL: options.databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url") });
  recordBuild(root, fingerprint);
  say(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return "built";
}

export interface RunningServer {
  url: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

export async function startServer(options: {
  port: number;
  databaseUrl: string;
  logFile: string;
  cpuProfileDir?: string;
  /** More environment for the server, e.g. TRUSTED_PROXIES when the load generator plays a proxy. */
  env?: Record<string, string>;
}): Promise<RunningServer> {
  if (await isPortOpen(options.port)) throw new HarnessError(`Port ${options.port} is in use: pick another with --port=32xx.`);
  const others = otherNextProcesses();
  if (others.length > 0) {
    say(`Warning: other Next.js processes use this checkout (pids ${others.map((o) => o.pid).join(", ")}): they share the CPU and .next; a rebuild by them mid-run breaks this server.`);
  }
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = openSync(options.logFile, "w");
  const url = `http://127.0.0.1:${options.port}`;
  const nodeArgs = options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  // node itself (not npx or tsx's bin), so the pid is the server's and a signal reaches it.
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, "--import", "tsx", path.join(root, "scripts", "server.ts"), "--port", String(options.port), "--hostname", "127.0.0.1"],
    {
      cwd: root,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: options.databaseUrl,
        // Production with an external database requires a real secret (lib/env.ts); sessions do not outlive the run.
        AUTH_SECRET: randomBytes(32).toString("base64url"),
        APP_URL: url,
        PORT: String(options.port),
        ...options.env,
      },
    },
  );
  closeSync(log);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const done = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
    if (!done) {
      child.kill("SIGKILL");
      await exited;
    }
  };

  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) {
      const tail = readFileSync(options.logFile, "utf8").split("\n").slice(-30).join("\n");
      throw new HarnessError(`The server exited with ${child.exitCode} before answering /api/health:\n${tail}`);
    }
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() - started > 90_000) {
      await stop();
      throw new HarnessError(`The server did not answer /api/health with 200 within 90 s (log: ${options.logFile})`);
    }
    await sleep(250);
  }
  say(`Bazaar's server on ${url} (pid ${child.pid}) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { url, pid: child.pid!, logFile: options.logFile, stop };
}
