// npm run bench:checkout -- [--products=10000] [--buyers=20] [--duration=15] [--skip-build]
// The checkout benchmark, through the mobile API on a production build: buyers looping
// add-to-cart + checkout (orders per second, checkout latency), then the oversell check: 500 buyers
// checking out the last 100 units of one variant at once. It reports speed without gating (exit 0
// on a MISS) and exits 1 when the oversell check finds an order, a unit or a ledger row too many.
// See bench/README.md.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { machineBusyPercent } from "./lib/cpu";
import { databaseNow, emptyBuyerCarts, pickVariants, prepareBuyers, readOversellState, setOversellStock, type OversellState } from "./lib/checkout-data";
import { checkoutBurst, fillCarts, runThroughput, signIn, stopThroughput, type BurstFigures, type ThroughputFigures } from "./lib/checkout-load";
import { defaultDatabaseUrl, prepareDatabase } from "./lib/database";
import type { LoadFigures } from "./lib/load";
import { describeMachine } from "./lib/machine";
import { failures, formatResults, verdict, type ScenarioResult, type Target } from "./lib/report";
import { ensureBuild, startServer, type RunningServer } from "./lib/server";
import { HarnessError, root, say, wholeNumberArg } from "./lib/util";

interface Options {
  products: number;
  databaseUrl: string;
  port: number;
  buyers: number;
  duration: number;
  warmup: number;
  oversellBuyers: number;
  oversellStock: number;
  skipBuild: boolean;
  cpuProf: boolean;
}

const USAGE = `Usage: npm run bench:checkout -- [--products=10000] [--buyers=20] [--duration=15] [--warmup=3]
                                 [--oversell-buyers=500] [--oversell-stock=100] [--database-url=postgresql://…] [--port=3250] [--skip-build] [--cpu-prof]`;

/** Variants the buyers pick from, each stocked so that no run can sell it out. */
const STOCKED_VARIANTS = 2000;
const STOCK_FLOOR = 100_000;

const CHECKOUT_TARGET: Target = { label: "p95 ≤ 300 ms", met: (f) => failures(f) === 0 && f.p95 <= 300 };

function parseArgs(argv: string[]): Options {
  const options: Partial<Options> = {};
  const int = wholeNumberArg(USAGE);
  for (const arg of argv) {
    const [, name, value] = /^--([a-z-]+)(?:=(.*))?$/.exec(arg) ?? [];
    if (name === "products" && value) options.products = int(name, value, 1000, 1_000_000);
    else if (name === "database-url" && value) options.databaseUrl = value;
    else if (name === "port" && value) options.port = int(name, value, 3200, 65535);
    else if (name === "buyers" && value) options.buyers = int(name, value, 1, 1000);
    else if (name === "duration" && value) options.duration = int(name, value, 1, 600);
    else if (name === "warmup" && value) options.warmup = int(name, value, 0, 120);
    else if (name === "oversell-buyers" && value) options.oversellBuyers = int(name, value, 2, 5000);
    else if (name === "oversell-stock" && value) options.oversellStock = int(name, value, 1, 4999);
    else if (name === "skip-build" && value === undefined) options.skipBuild = true;
    else if (name === "cpu-prof" && value === undefined) options.cpuProf = true;
    else throw new HarnessError(`Unknown argument ${arg}\n${USAGE}`);
  }
  const products = options.products ?? 10_000;
  const oversellBuyers = options.oversellBuyers ?? 500;
  const oversellStock = options.oversellStock ?? 100;
  if (oversellStock >= oversellBuyers) throw new HarnessError(`--oversell-stock must be below --oversell-buyers, or nothing is oversold\n${USAGE}`);
  return {
    products,
    databaseUrl: options.databaseUrl ?? defaultDatabaseUrl(products),
    port: options.port ?? 3250,
    buyers: options.buyers ?? 20,
    duration: options.duration ?? 15,
    warmup: options.warmup ?? 3,
    oversellBuyers,
    oversellStock,
    skipBuild: options.skipBuild ?? false,
    cpuProf: options.cpuProf ?? false,
  };
}

interface Invariant {
  name: string;
  expected: string;
  actual: string;
  ok: boolean;
}

function oversellInvariants(burst: BurstFigures, state: OversellState, stock: number, buyers: number): Invariant[] {
  const refused = burst.answers["409 OUT_OF_STOCK"] ?? 0;
  return [
    { name: "Orders created (201 answers)", expected: String(stock), actual: String(burst.orderIds.length), ok: burst.orderIds.length === stock },
    { name: "Orders in the database", expected: `${stock} holding ${stock} units`, actual: `${state.orders} holding ${state.unitsOrdered} units`, ok: state.orders === stock && state.unitsOrdered === stock },
    { name: "409 OUT_OF_STOCK answers", expected: String(buyers - stock), actual: String(refused), ok: refused === buyers - stock },
    { name: "Final stock", expected: "0", actual: String(state.stock), ok: state.stock === 0 },
    { name: "Ledger OUT movements (sum)", expected: `−${stock} in ${stock} rows`, actual: `${state.ledgerOut} in ${state.ledgerOutRows} rows`, ok: state.ledgerOut === -stock && state.ledgerOutRows === stock },
  ];
}

const answersLine = (answers: Record<string, number>) =>
  Object.entries(answers)
    .sort(([, a], [, b]) => b - a)
    .map(([key, n]) => `${n}× ${key}`)
    .join(", ") || "none";

function throughputLines(t: ThroughputFigures, duration: number): string[] {
  const lines = [
    `Orders: ${t.checkout.rps.toFixed(1)}/s (${t.checkout.statusCodes["201"] ?? 0} in ${duration} s); checkout p50 ${t.checkout.p50.toFixed(0)} ms, p95 ${t.checkout.p95.toFixed(0)} ms, p99 ${t.checkout.p99.toFixed(0)} ms, max ${t.checkout.max.toFixed(0)} ms`,
    `Checkout answers: ${answersLine(t.checkout.statusCodes)}`,
    `Add-to-cart answers: ${answersLine(t.addToCart.statusCodes)}`,
  ];
  if (t.withoutCheckoutUrl > 0) lines.push(`Orders placed whose payment did not start (no checkoutUrl): ${t.withoutCheckoutUrl}`);
  for (const error of t.firstErrors) lines.push(`  e.g. ${error}`);
  return lines;
}

async function main(): Promise<number> {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  const host = describeMachine();
  say(
    `Checkout benchmark: ${options.products.toLocaleString("en-US")} listings, ${options.buyers} buyers for ${options.duration} s, ` +
      `oversell ${options.oversellBuyers} buyers for ${options.oversellStock} units; ${host.cpus} CPUs (${host.cpuModel}), Node ${host.node}`,
  );
  if (host.cpus <= 2) say("Note: the load generator shares these cores with the server and PostgreSQL; figures are for the whole machine.");

  const database = await prepareDatabase(options.databaseUrl, options.products);
  const accounts = await prepareBuyers(database.url, Math.max(options.buyers, options.oversellBuyers));
  const { variantIds, oversellVariantId } = await pickVariants(database.url, STOCKED_VARIANTS, STOCK_FLOOR);
  say(`${accounts.length} bench buyers ready; ${variantIds.length} variants stocked to at least ${STOCK_FLOOR.toLocaleString("en-US")}; oversell variant ${oversellVariantId}`);
  const build = await ensureBuild({ skip: options.skipBuild, databaseUrl: database.url });

  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const resultsDir = path.join(root, "bench", "results");
  let server: RunningServer | undefined;
  const interrupt = async () => {
    stopThroughput();
    await server?.stop();
    process.exit(130);
  };
  process.once("SIGINT", () => void interrupt());
  process.once("SIGTERM", () => void interrupt());

  try {
    server = await startServer({
      port: options.port,
      databaseUrl: database.url,
      logFile: path.join(resultsDir, `server-checkout-${options.products}-${stamp}.log`),
      cpuProfileDir: options.cpuProf ? path.join(resultsDir, `cpu-profile-checkout-${options.products}-${stamp}`) : undefined,
      // The load generator plays the proxy in front of phones on their own networks (signIn below).
      env: { TRUSTED_PROXIES: "1" },
    });
    const busyBefore = await machineBusyPercent();
    if (busyBefore !== undefined && busyBefore > 20) say(`Warning: ${busyBefore}% of the machine's CPU is in use by other work before the runs: it skews the figures (see top).`);

    say(`Signing in ${accounts.length} buyers through POST /api/v1/auth/login…`);
    const signInStarted = Date.now();
    const signedIn = await signIn(server.url, accounts);
    say(`Signed in in ${((Date.now() - signInStarted) / 1000).toFixed(1)} s`);

    // 1. Throughput.
    say(`Checkout @ ${options.buyers} buyers: warming up ${options.warmup} s, then measuring ${options.duration} s…`);
    const throughput = await runThroughput({
      base: server.url,
      buyers: signedIn.slice(0, options.buyers),
      variantIds,
      warmup: options.warmup,
      seconds: options.duration,
      serverPid: server.pid,
    });
    if (throughput.checkout.rps === 0) {
      throw new HarnessError(`No checkout succeeded during the measured run:\n${throughputLines(throughput, options.duration).join("\n")}\n(server log: ${path.relative(root, server.logFile)})`);
    }
    for (const line of throughputLines(throughput, options.duration)) say(line);

    // 2. Oversell: the carts are filled through the API, then every checkout goes at once.
    await emptyBuyerCarts(database.url);
    await setOversellStock(database.url, oversellVariantId, options.oversellStock);
    const burstBuyers = signedIn.slice(0, options.oversellBuyers);
    say(`Oversell: ${burstBuyers.length} carts with 1 unit of ${oversellVariantId} (stock ${options.oversellStock})…`);
    await fillCarts(server.url, burstBuyers, oversellVariantId);
    const since = await databaseNow(database.url);
    say(`Oversell: ${burstBuyers.length} checkouts at once…`);
    const burst = await checkoutBurst(server.url, burstBuyers);
    const state = await readOversellState(database.url, oversellVariantId, since);
    const invariants = oversellInvariants(burst, state, options.oversellStock, burstBuyers.length);
    await emptyBuyerCarts(database.url);

    const results: ScenarioResult[] = [
      { name: "Add to cart", path: "POST /api/v1/cart/items", figures: throughput.addToCart },
      { name: "Checkout", path: "POST /api/v1/checkout", target: CHECKOUT_TARGET, figures: throughput.checkout },
    ];
    console.log("");
    console.log(
      `Results — ${database.scaleProducts.toLocaleString("en-US")} scale listings, ${new Date().toISOString().slice(0, 10)}, ${host.cpus} CPUs, ` +
        `commit ${host.commit || "unknown"}${host.uncommittedChanges ? ` + ${host.uncommittedChanges} uncommitted files` : ""}, build ${build}:\n`,
    );
    console.log(formatResults(results));
    console.log("");
    for (const line of throughputLines(throughput, options.duration)) console.log(line);
    console.log(
      "Req/s counts successful answers (for checkout: orders per second); latencies are every answer's, to the whole body, nearest rank.\n" +
        "Each buyer sends add-to-cart then checkout, one after the other; the two rows share the run's CPU figures.",
    );
    console.log(`\nOversell check — ${burst.requests} checkouts at once for ${options.oversellStock} units of ${oversellVariantId}:`);
    console.log(`  answers: ${answersLine(burst.answers)}`);
    console.log(`  wall time ${Math.round(burst.wallMs)} ms; per request p50 ${Math.round(burst.p50)} ms, p95 ${Math.round(burst.p95)} ms, max ${Math.round(burst.max)} ms`);
    for (const inv of invariants) console.log(`  ${inv.ok ? "PASS" : "FAIL"}  ${inv.name.padEnd(30)} expected ${inv.expected.padEnd(22)} got ${inv.actual}`);
    console.log(`\nServer log: ${path.relative(root, server.logFile)}`);

    mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `checkout-${options.products}-${stamp}.json`);
    const figures = (r: ScenarioResult): LoadFigures & { name: string; target?: string; result: string } => ({ name: r.name, target: r.target?.label, result: verdict(r), ...r.figures });
    writeFileSync(
      file,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: { ...host, cpuBusyBeforePercent: busyBefore },
          options: { ...options, databaseUrl: database.url.replace(/\/\/[^@]*@/, "//…@") },
          database: { name: database.name, scaleProducts: database.scaleProducts },
          build,
          throughput: { results: results.map(figures), withoutCheckoutUrl: throughput.withoutCheckoutUrl, firstErrors: throughput.firstErrors },
          oversell: { variantId: oversellVariantId, stock: options.oversellStock, ...burst, orderIds: undefined, state, invariants },
        },
        null,
        2,
      ),
    );
    const broken = invariants.filter((inv) => !inv.ok);
    say(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s: checkout p95 ${verdict(results[1]!)}, oversell check ${broken.length ? "FAIL" : "PASS"}. Figures saved to ${path.relative(root, file)}`);
    return broken.length ? 1 : 0;
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
