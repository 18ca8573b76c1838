// The checkout benchmark's traffic, sent the way the mobile app sends it: JSON over the /api/v1
// routes with a Bearer token. Buyers sign in, then loop add-to-cart + checkout; the oversell check
// sends every checkout at once. Latency is measured per request, to the whole response body.
import { randomUUID } from "node:crypto";
import { cpuBetween, sampleCpu } from "./cpu";
import type { LoadFigures } from "./load";
import { percentile } from "./load";
import type { BenchBuyer } from "./checkout-data";
import { BUYER_PASSWORD } from "./checkout-data";
import { HarnessError, sleep } from "./util";

export interface ApiAnswer {
  status: number;
  /** The error code of a JSON error answer, e.g. OUT_OF_STOCK; "network" when no answer came. */
  code?: string;
  body?: unknown;
  ms: number;
}

export async function call(base: string, path: string, options: { token?: string; body: unknown; headers?: Record<string, string> }): Promise<ApiAnswer> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify(options.body),
      signal: AbortSignal.timeout(120_000),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const code = (body as { error?: { code?: string } } | undefined)?.error?.code;
    return { status: response.status, code, body, ms };
  } catch {
    return { status: 0, code: "network", ms: performance.now() - started };
  }
}

/** "201", "409 OUT_OF_STOCK", "network": how answers are counted. */
export const answerKey = (a: ApiAnswer) => (a.status === 0 ? "network" : a.code ? `${a.status} ${a.code}` : String(a.status));

async function inBatches<T, R>(items: T[], concurrency: number, run: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await run(items[i]!, i);
      }
    }),
  );
  return results;
}

export interface SignedInBuyer extends BenchBuyer {
  token: string;
}

/**
 * Signs every buyer in through POST /api/v1/auth/login. Each buyer comes with its own
 * X-Forwarded-For, as through a proxy in front of phones on their own networks (the server runs with
 * TRUSTED_PROXIES=1): from one address the per-address sign-in limit (30 per 10 minutes) would
 * refuse all but the first 30.
 */
export async function signIn(base: string, buyers: BenchBuyer[]): Promise<SignedInBuyer[]> {
  return inBatches(buyers, 10, async (buyer, i) => {
    const answer = await call(base, "/api/v1/auth/login", {
      body: { email: buyer.email, password: BUYER_PASSWORD, deviceName: "checkout benchmark" },
      headers: { "x-forwarded-for": `10.${64 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}` },
    });
    const token = (answer.body as { data?: { accessToken?: string } } | undefined)?.data?.accessToken;
    if (answer.status !== 200 || !token) throw new HarnessError(`Signing in ${buyer.email} answered ${answerKey(answer)}: ${JSON.stringify(answer.body)}`);
    return { ...buyer, token };
  });
}

export const addToCart = (base: string, buyer: SignedInBuyer, variantId: string) =>
  call(base, "/api/v1/cart/items", { token: buyer.token, body: { variantId, quantity: 1 } });

export const checkout = (base: string, buyer: SignedInBuyer) =>
  call(base, "/api/v1/checkout", { token: buyer.token, body: { addressId: buyer.addressId, shipping: {} }, headers: { "idempotency-key": randomUUID() } });

/** Every request's latency and answer during the measured window. */
class Recorder {
  readonly latencies: number[] = [];
  readonly answers: Record<string, number> = {};
  add(answer: ApiAnswer) {
    this.latencies.push(answer.ms);
    const key = answerKey(answer);
    this.answers[key] = (this.answers[key] ?? 0) + 1;
  }
  figures(connections: number, seconds: number, cpu: LoadFigures["cpu"]): LoadFigures {
    const sorted = Float64Array.from(this.latencies).sort();
    const ok = Object.entries(this.answers).filter(([key]) => /^2\d\d$/.test(key)).reduce((sum, [, n]) => sum + n, 0);
    const network = this.answers.network ?? 0;
    return {
      connections,
      seconds,
      responses: this.latencies.length,
      rps: ok / seconds,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
      errors: network,
      timeouts: 0,
      non2xx: this.latencies.length - ok - network,
      statusCodes: this.answers,
      distinctPaths: 1,
      repeats: 0,
      cpu,
    };
  }
}

export interface ThroughputFigures {
  addToCart: LoadFigures;
  checkout: LoadFigures;
  /** Checkouts answered 201 without a checkoutUrl: the order was placed but its payment did not start. */
  withoutCheckoutUrl: number;
  firstErrors: string[];
}

let stopping = false;
/** Ends the buyer loops early (ctrl-c). */
export function stopThroughput() {
  stopping = true;
}

/**
 * Each buyer loops add-to-cart (one unit of a random stocked variant) then checkout. Answers that
 * arrive during the warm-up are not counted; the figures cover the `seconds` after it. Req/s in
 * the figures counts successful answers only: for checkout, that is orders per second.
 */
export async function runThroughput(options: { base: string; buyers: SignedInBuyer[]; variantIds: string[]; warmup: number; seconds: number; serverPid: number }): Promise<ThroughputFigures> {
  const { base, buyers, variantIds } = options;
  const adds = new Recorder();
  const checkouts = new Recorder();
  let withoutCheckoutUrl = 0;
  const firstErrors: string[] = [];
  const started = performance.now();
  const measureFrom = started + options.warmup * 1000;
  const measureTo = measureFrom + options.seconds * 1000;
  const measuring = (at: number) => at >= measureFrom && at <= measureTo;
  const noteError = (what: string, answer: ApiAnswer) => {
    if (firstErrors.length < 5) firstErrors.push(`${what} ${answerKey(answer)}: ${JSON.stringify(answer.body ?? null).slice(0, 300)}`);
  };

  let cpuBefore: ReturnType<typeof sampleCpu> | undefined;
  let cpuAfter: ReturnType<typeof sampleCpu> | undefined;
  const sampler = (async () => {
    await sleep(options.warmup * 1000);
    cpuBefore = sampleCpu(options.serverPid);
    await sleep(options.seconds * 1000);
    cpuAfter = sampleCpu(options.serverPid);
  })();

  stopping = false;
  await Promise.all(
    buyers.map(async (buyer) => {
      while (!stopping && performance.now() < measureTo) {
        const variantId = variantIds[Math.floor(Math.random() * variantIds.length)]!;
        const added = await addToCart(base, buyer, variantId);
        if (measuring(performance.now())) adds.add(added);
        if (added.status !== 201) {
          noteError("POST /api/v1/cart/items", added);
          // A failed add leaves the cart as it was; the next round adds again.
          continue;
        }
        const placed = await checkout(base, buyer);
        const at = performance.now();
        if (measuring(at)) {
          checkouts.add(placed);
          if (placed.status === 201 && !(placed.body as { data?: { checkoutUrl?: string | null } }).data?.checkoutUrl) withoutCheckoutUrl++;
        }
        if (placed.status !== 201) noteError("POST /api/v1/checkout", placed);
      }
    }),
  );
  await sampler;
  const cpu = cpuBefore && cpuAfter ? cpuBetween(cpuBefore, cpuAfter) : undefined;
  return {
    addToCart: adds.figures(buyers.length, options.seconds, cpu),
    checkout: checkouts.figures(buyers.length, options.seconds, cpu),
    withoutCheckoutUrl,
    firstErrors,
  };
}

export interface BurstFigures {
  requests: number;
  answers: Record<string, number>;
  wallMs: number;
  p50: number;
  p95: number;
  max: number;
  orderIds: string[];
}

/** Every buyer's checkout sent at once (one connection each), then waits for every answer. */
export async function checkoutBurst(base: string, buyers: SignedInBuyer[]): Promise<BurstFigures> {
  const started = performance.now();
  const answers = await Promise.all(buyers.map((buyer) => checkout(base, buyer)));
  const wallMs = performance.now() - started;
  const counts: Record<string, number> = {};
  for (const answer of answers) counts[answerKey(answer)] = (counts[answerKey(answer)] ?? 0) + 1;
  const sorted = Float64Array.from(answers.map((a) => a.ms)).sort();
  return {
    requests: answers.length,
    answers: counts,
    wallMs,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    orderIds: answers.flatMap((a) => (a.status === 201 ? [(a.body as { data: { orderId: string } }).data.orderId] : [])),
  };
}

/** Puts one unit of the variant in each buyer's cart through the API. */
export async function fillCarts(base: string, buyers: SignedInBuyer[], variantId: string): Promise<void> {
  const answers = await inBatches(buyers, 20, (buyer) => addToCart(base, buyer, variantId));
  const failed = answers.filter((a) => a.status !== 201);
  if (failed.length > 0) throw new HarnessError(`${failed.length} of ${buyers.length} add-to-cart requests for the oversell variant failed (first: ${answerKey(failed[0]!)} ${JSON.stringify(failed[0]!.body)})`);
}
