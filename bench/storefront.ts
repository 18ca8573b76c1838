// npm run bench -- [--products=100000] [--database-url=...] [--port=3200] [--duration=10]
// The storefront benchmark: the scale data set in its own PostgreSQL database, a production build
// under Bazaar's server (scripts/server.ts), and autocannon against search, autocomplete, category listings and product
// pages, each figure printed next to its target. It reports; it does not gate (exit 0 on a MISS).
// See bench/README.md.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { machineBusyPercent } from "./lib/cpu";
import { defaultDatabaseUrl, prepareDatabase } from "./lib/database";
import { runLoad, stopLoad } from "./lib/load";
import { describeMachine } from "./lib/machine";
import { queryCheck } from "./lib/query-check";
import { failures, formatResults, verdict, type ScenarioResult } from "./lib/report";
import { endpoints, SCENARIO_KEYS, scenarios, type ScenarioKey } from "./lib/scenarios";
import { ensureBuild, startServer, type RunningServer } from "./lib/server";
import { pickTargets } from "./lib/targets";
import { HarnessError, root, say, wholeNumberArg } from "./lib/util";

interface Options {
  products: number;
  databaseUrl: string;
  port: number;
  duration: number;
  warmup: number;
  only: ScenarioKey[];
  skipBuild: boolean;
  cpuProf: boolean;
}

const USAGE = `Usage: npm run bench -- [--products=100000] [--database-url=postgresql://…] [--port=3200] [--duration=10]
                        [--warmup=3] [--only=search,suggest,listing,product] [--skip-build] [--cpu-prof]`;

function parseArgs(argv: string[]): Options {
  const options: Partial<Options> & { only: ScenarioKey[] } = { only: [...SCENARIO_KEYS] };
  const int = wholeNumberArg(USAGE);
  for (const arg of argv) {
    const [, name, value] = /^--([a-z-]+)(?:=(.*))?$/.exec(arg) ?? [];
    if (name === "products" && value) options.products = int(name, value, 1000, 1_000_000);
    else if (name === "database-url" && value) options.databaseUrl = value;
    else if (name === "port" && value) options.port = int(name, value, 3200, 65535);
    else if (name === "duration" && value) options.duration = int(name, value, 1, 600);
    else if (name === "warmup" && value) options.warmup = int(name, value, 0, 120);
    else if (name === "only" && value) {
      const keys = value.split(",");
      const unknown = keys.filter((k) => !(SCENARIO_KEYS as readonly string[]).includes(k));
      if (unknown.length) throw new HarnessError(`--only takes ${SCENARIO_KEYS.join(", ")} (got ${unknown.join(", ")})\n${USAGE}`);
      options.only = keys as ScenarioKey[];
    } else if (name === "skip-build" && value === undefined) options.skipBuild = true;
    else if (name === "cpu-prof" && value === undefined) options.cpuProf = true;
    else throw new HarnessError(`Unknown argument ${arg}\n${USAGE}`);
  }
  const products = options.products ?? 100_000;
  return {
    products,
    databaseUrl: options.databaseUrl ?? defaultDatabaseUrl(products),
    port: options.port ?? 3200,
    duration: options.duration ?? 10,
    warmup: options.warmup ?? 3,
    only: options.only,
    skipBuild: options.skipBuild ?? false,
    cpuProf: options.cpuProf ?? false,
  };
}

async function main(): Promise<number> {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  const host = describeMachine();
  say(`Storefront benchmark: ${options.products.toLocaleString("en-US")} listings, ${options.duration} s per run, ${host.cpus} CPUs (${host.cpuModel}), Node ${host.node}`);
  if (host.cpus <= 2) say("Note: the load generator shares these cores with the server and PostgreSQL; figures are for the whole machine.");

  const database = await prepareDatabase(options.databaseUrl, options.products);
  const targets = await pickTargets(database.url, { productRuns: 2, perRun: 2000, warmup: 100 });
  const build = await ensureBuild({ skip: options.skipBuild, databaseUrl: database.url });

  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const resultsDir = path.join(root, "bench", "results");
  let server: RunningServer | undefined;
  let busyBefore: number | undefined;
  const interrupt = async () => {
    stopLoad();
    await server?.stop();
    process.exit(130);
  };
  process.once("SIGINT", () => void interrupt());
  process.once("SIGTERM", () => void interrupt());

  try {
    server = await startServer({
      port: options.port,
      databaseUrl: database.url,
      logFile: path.join(resultsDir, `server-${options.products}-${stamp}.log`),
      cpuProfileDir: options.cpuProf ? path.join(resultsDir, `cpu-profile-${options.products}-${stamp}`) : undefined,
    });
    // Measured with the server idle: anything busy now is other work competing for the cores.
    busyBefore = await machineBusyPercent();
    if (busyBefore !== undefined && busyBefore > 20) {
      say(`Warning: ${busyBefore}% of the machine's CPU is in use by other work before the runs: it skews the figures (see top).`);
    }
    const api = await endpoints(server.url);
    if (api.searchFallback) say("GET /api/v1/search does not exist on this build yet: the search runs use the /search page.");
    if (api.suggestFallback) say("GET /api/v1/search/suggest does not exist on this build yet: the autocomplete run uses the /search page.");

    const results: ScenarioResult[] = [];
    let checks = "";
    for (const scenario of scenarios(targets, api).filter((s) => options.only.includes(s.key))) {
      const label = `${scenario.name} @ ${scenario.connections}`;
      if (options.warmup > 0) {
        say(`${label}: warming up ${options.warmup} s…`);
        await runLoad({ url: server.url, paths: scenario.warmupPaths, connections: scenario.connections, duration: options.warmup, headers: scenario.headers, serverPid: server.pid });
      }
      // The query table comes after the first warm-up so its single-request times are not cold starts.
      if (!checks && (options.only.includes("search") || options.only.includes("suggest"))) checks = await queryCheck(server.url, targets, api);
      say(`${label}: measuring ${options.duration} s…`);
      const figures = await runLoad({ url: server.url, paths: scenario.paths, connections: scenario.connections, duration: options.duration, headers: scenario.headers, serverPid: server.pid });
      const result: ScenarioResult = { name: scenario.name, path: scenario.path, note: scenario.note, target: scenario.target, unique: scenario.unique, figures };
      results.push(result);
      say(`${label}: ${figures.rps.toFixed(1)} req/s, p50 ${figures.p50.toFixed(1)} ms, p95 ${figures.p95.toFixed(1)} ms${failures(figures) ? `, ${failures(figures)} failed` : ""} ${verdict(result)}`);
    }

    console.log("");
    if (checks) console.log(`${checks}\n`);
    console.log(`Categories: ${targets.categories.map((c) => `${c.slug} (${c.listings.toLocaleString("en-US")})`).join(", ")}`);
    console.log(
      `Results — ${database.scaleProducts.toLocaleString("en-US")} scale listings (${database.allProducts.toLocaleString("en-US")} in all), ` +
        `${new Date().toISOString().slice(0, 10)}, ${host.cpus} CPUs, commit ${host.commit || "unknown"}${host.uncommittedChanges ? ` + ${host.uncommittedChanges} uncommitted files` : ""}, build ${build}:\n`,
    );
    console.log(formatResults(results));
    console.log(
      "\nLatencies: every response's time from autocannon's per-response event, percentiles by nearest rank (exact p95).\n" +
        "Errors: connection errors + timeouts + non-2xx responses. CPU: % of one core for the server / all PostgreSQL processes /\n" +
        `the load generator, over the run (${host.cpus * 100}% = the whole machine). Server log: ${path.relative(root, server.logFile)}`,
    );
    for (const r of results) {
      if (r.note) console.log(`Note: ${r.name}: ${r.note}.`);
      if (r.unique && r.figures.repeats > 0) console.log(`Note: ${r.name} @ ${r.figures.connections}: ${r.figures.repeats} requests revisited a path (the list holds ${r.figures.distinctPaths}).`);
    }

    mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `storefront-${options.products}-${stamp}.json`);
    writeFileSync(
      file,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: { ...host, cpuBusyBeforePercent: busyBefore },
          options: { ...options, databaseUrl: database.url.replace(/\/\/[^@]*@/, "//…@") },
          database: { name: database.name, scaleProducts: database.scaleProducts, allProducts: database.allProducts },
          build,
          categories: targets.categories,
          queries: targets.queries,
          results: results.map((r) => ({ name: r.name, path: r.path, note: r.note, target: r.target?.label, result: verdict(r), ...r.figures })),
        },
        null,
        2,
      ),
    );
    const misses = results.filter((r) => verdict(r) === "MISS").length;
    const failed = results.filter((r) => failures(r.figures) > 0);
    say(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${misses} target${misses === 1 ? "" : "s"} missed. Figures saved to ${path.relative(root, file)}`);
    if (failed.length) {
      console.error(`Requests failed in: ${failed.map((r) => `${r.name} @ ${r.figures.connections}`).join(", ")} (see the server log).`);
      return 1;
    }
    return 0;
  } finally {
    await server?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof HarnessError ? error.message : error);
    process.exit(1);
  },
);
