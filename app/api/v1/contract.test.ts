// [CONTRACT] The API does what its OpenAPI document says, for every input. For each documented
// operation, requests are generated from the document itself — valid ones, and ones that break
// exactly one rule — and sent to the real route handlers as an anonymous caller, a buyer, a seller
// and a caller with a bad token. A test fails on any answer the document does not allow: a status
// it does not list for the operation (`default` does not count), a body that does not validate
// against that status's schema, any 5xx, or a success for a request the document calls invalid.
//
// Requests come from the document's JSON Schema, not from the zod schemas: the document is the
// contract a client codes against, and it is itself generated from the zod schemas, so generating
// from zod again would only check zod against itself. Each operation gets a fresh world (users, a
// store, products, orders, a cart), so mutating calls are fine and nothing depends on order.
//
// Deterministic: the values come from fast-check with a fixed seed (CONTRACT_SEED overrides it;
// CONTRACT_RUNS scales the number of requests, CONTRACT_VERBOSE=1 prints each operation's
// statuses). No shrinking: the handlers change the database,
// so replaying a smaller request would not meet the same state; the failure lists each request.
import { resolve } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { NextRequest } from "next/server";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { hashPassword } from "@/lib/auth/password";
import { issueTokens } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { apiTestAddress, setUpApiOrderTests } from "@/lib/testing/api-order-setup";
import { createDeliveredOrder, createProduct, createStore, createUser, unique } from "@/lib/testing/factories";
import { invalidArbitrary, validArbitrary, type GenerationContext, type JsonSchema } from "@/lib/testing/json-schema-arbitrary";

// No web session: next-auth needs a live Next request. Callers sign in with Bearer tokens.
vi.mock("@/lib/auth", () => ({ getActor: async () => null }));
// after() needs a live Next request; here the work runs straight away.
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: (task: () => unknown) => void task() }));
// bcrypt at its real cost takes a second or more per hash on a small machine, and sign-up and
// sign-in (even of unknown emails) hash: the contract is not about the cost factor.
vi.mock("@/lib/auth/password", async (original) => {
  const real = await original<typeof import("@/lib/auth/password")>();
  return { ...real, hashPassword: (password: string) => real.hashPassword(password, 4) };
});

setUpApiOrderTests();

const SEED = Number(process.env.CONTRACT_SEED ?? 20261203);
const SCALE = Number(process.env.CONTRACT_RUNS ?? 1);

const personas = ["anonymous", "buyer", "seller", "badToken"] as const;
type Persona = (typeof personas)[number];
/** Requests per persona: valid ones, and ones breaking a rule. Operations without inputs send one. */
const runs: Record<Persona, { valid: number; invalid: number }> = {
  anonymous: { valid: 1, invalid: 1 },
  buyer: { valid: 3, invalid: 2 },
  seller: { valid: 2, invalid: 1 },
  badToken: { valid: 1, invalid: 0 },
};

// ── the document ────────────────────────────────────────────────────────────────────────────────
type Parameter = { name: string; in: "query" | "path" | "header"; required: boolean; schema: JsonSchema; style?: string };
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
};

const document = JSON.parse(JSON.stringify(openApiDocument())) as { paths: Record<string, Record<string, Operation>> };
const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
ajv.addFormat("binary", true);
ajv.addSchema(document, "openapi");
const pointer = (...parts: string[]) => parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");
const responseValidator = (path: string, method: string, status: string) =>
  ajv.getSchema(`openapi#/${pointer("paths", path, method, "responses", status, "content", "application/json", "schema")}`);

const compiled = new Map<JsonSchema, ReturnType<typeof ajv.compile>>();
function validJson(schema: JsonSchema, value: unknown): boolean {
  let validate = compiled.get(schema);
  if (!validate) compiled.set(schema, (validate = ajv.compile(schema)));
  return value !== undefined && validate(value) === true;
}

/** A parameter value as it travels (text), and back as a server reading the document would read it. */
function asText(value: unknown): string {
  return Array.isArray(value) ? value.map(asText).join(",") : String(value);
}
function readings(schema: JsonSchema, text: string): unknown[] {
  if (schema.anyOf ?? schema.oneOf) return (schema.anyOf ?? schema.oneOf)!.flatMap((branch) => readings(branch, text));
  const kinds = schema.type === undefined ? ["string"] : Array.isArray(schema.type) ? schema.type : [schema.type];
  return kinds.flatMap((kind): unknown[] => {
    const items = schema.items ?? {};
    if (kind === "array") return [text.split(",").map((item) => readings(items, item).find((reading) => validJson(items, reading)) ?? item)];
    if ((kind === "integer" || kind === "number") && /^-?\d+(\.\d+)?$/.test(text)) return [Number(text)];
    if (kind === "boolean" && (text === "true" || text === "false")) return [text === "true"];
    return [text];
  });
}
const validText = (schema: JsonSchema, value: unknown) => value !== undefined && value !== "" && readings(schema, asText(value)).some((reading) => validJson(schema, reading));

// ── the world each operation runs in ────────────────────────────────────────────────────────────
interface Member {
  id: string;
  email: string;
  password: string;
}
interface World {
  buyer: Member;
  seller: Member;
  hints: Record<string, unknown[]>;
}

async function member(role: "BUYER" | "SELLER"): Promise<Member & { storeId?: string }> {
  const password = `Contract-${unique("pw")}`;
  const { user, storeId } = role === "SELLER" ? await createStore().then(({ owner, store }) => ({ user: owner, storeId: store.id })) : { user: await createUser(), storeId: undefined };
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password, 4) } });
  return { id: user.id, email: user.email, password, storeId };
}

let png: Uint8Array;

/**
 * A buyer and a seller, with what the operation's path acts on: products, a review, a cart, an
 * address, orders, a wishlist, a coupon, a refresh token. Only what the path needs is made: a
 * world costs a few dozen inserts, and there is one per operation.
 */
async function makeWorld(path: string): Promise<World> {
  const [buyer, seller] = [await member("BUYER"), await member("SELLER")];
  const needs = (...prefixes: string[]) => prefixes.some((prefix) => path.startsWith(prefix));
  const hints: Record<string, unknown[]> = {};
  if (needs("/auth")) hints.refreshToken = [(await issueTokens({ userId: buyer.id })).refreshToken];
  if (needs("/checkout", "/me/addresses")) {
    const address = await db.address.create({ data: { userId: buyer.id, kind: "SHIPPING", ...apiTestAddress } });
    Object.assign(hints, { id: [address.id], addressId: [address.id], address: [apiTestAddress], country: [apiTestAddress.country] });
  }
  if (!needs("/products", "/cart", "/checkout", "/orders", "/seller", "/wishlist", "/search")) return { buyer, seller, hints };

  const product = await createProduct({ storeId: seller.storeId });
  const variant = product.variants[0]!;
  Object.assign(hints, { slug: [product.slug], productId: [product.id], variantId: [variant.id] });
  if (needs("/products/{slug}/reviews")) {
    // One product the buyer reviewed (to edit and delete), one received and not reviewed yet.
    const reviewable = await createProduct({ storeId: seller.storeId });
    await createDeliveredOrder({ buyerId: buyer.id, product });
    await createDeliveredOrder({ buyerId: buyer.id, product: reviewable });
    const review = await db.review.create({ data: { productId: product.id, userId: buyer.id, rating: 4, body: "Good value for the price.", verifiedPurchase: true } });
    Object.assign(hints, { slug: [product.slug, reviewable.slug], reviewId: [review.id] });
  }
  if (needs("/cart", "/checkout")) {
    const cart = await db.cart.create({ data: { userId: buyer.id } });
    const item = await db.cartItem.create({ data: { cartId: cart.id, variantId: variant.id, quantity: 1, unitPriceCents: variant.priceCents } });
    const coupon = await db.coupon.create({ data: { code: unique("CONTRACT").toUpperCase(), type: "PERCENT", value: 5 } });
    Object.assign(hints, { itemId: [item.id], code: [coupon.code] });
  }
  if (needs("/orders", "/seller")) {
    const paid = await createDeliveredOrder({ buyerId: buyer.id, product, status: "PAID" });
    await db.payment.create({ data: { orderId: paid.id, payerId: buyer.id, provider: "sandbox", providerRef: unique("sbx_contract"), amountCents: paid.totalCents, currency: paid.currency, status: "SUCCEEDED" } });
    const unpaid = await createDeliveredOrder({ buyerId: buyer.id, product, status: "PENDING_PAYMENT" });
    Object.assign(hints, { orderId: [paid.id, unpaid.id], subOrderId: [paid.subOrders[0]!.id] });
  }
  if (needs("/wishlist")) await db.wishlistItem.create({ data: { userId: buyer.id, productId: product.id } });
  return { buyer, seller, hints };
}

// ── requests ────────────────────────────────────────────────────────────────────────────────────
interface Sent {
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** JSON to send; `undefined`: no body. A string under `raw` is sent as it is. */
  body?: unknown;
  raw?: string;
  form?: "file" | "empty";
}

/** How values are generated and judged: as JSON (bodies) and as text (parameters), with the world's hints. */
interface Contexts {
  json: GenerationContext;
  text: GenerationContext;
}

/** Valid requests: every required part, optional ones now and then. */
function validRequest(op: Operation, ctx: Contexts): fc.Arbitrary<Sent> {
  const textCtx = ctx.text;
  const parts = (op.parameters ?? []).map((p) => {
    const value = validArbitrary(p.schema, textCtx, p.name).map(asText);
    return p.required ? value.map((v) => [p, v] as const) : fc.option(value, { nil: undefined }).map((v) => [p, v] as const);
  });
  const json = op.requestBody?.content["application/json"];
  const body: fc.Arbitrary<Pick<Sent, "body" | "form">> = op.requestBody?.content["multipart/form-data"]
    ? fc.constant({ form: "file" as const })
    : json
      ? op.requestBody!.required
        ? validArbitrary(json.schema, ctx.json).map((value) => ({ body: value }))
        : fc.option(validArbitrary(json.schema, ctx.json), { nil: undefined }).map((value) => ({ body: value }))
      : fc.constant({});
  return fc.tuple(fc.tuple(...parts), body).map(([values, rest]) => assemble(values, rest));
}

/** Requests breaking one rule of the document: a bad parameter, a missing one, a bad body. */
function invalidRequest(op: Operation, ctx: Contexts): fc.Arbitrary<Sent> | undefined {
  const valid = validRequest(op, ctx);
  const textCtx = ctx.text;
  const breaks: fc.Arbitrary<Sent>[] = [];
  for (const p of op.parameters ?? []) {
    // A path segment cannot be empty, and an id without rules has nothing to break.
    const bad = invalidArbitrary(p.schema, textCtx, { forText: true });
    if (bad) breaks.push(fc.tuple(valid, bad).map(([sent, value]) => withParameter(sent, p, asText(value))));
    if (p.required && p.in !== "path") breaks.push(valid.map((sent) => withParameter(sent, p, undefined)));
  }
  const json = op.requestBody?.content["application/json"];
  if (json) {
    const bad = invalidArbitrary(json.schema, ctx.json);
    if (bad) breaks.push(fc.tuple(valid, bad).map(([sent, body]) => ({ ...sent, body })));
    breaks.push(valid.map((sent) => ({ ...sent, body: undefined, raw: "{ not json" })));
    if (op.requestBody!.required) breaks.push(valid.map((sent) => ({ ...sent, body: undefined })));
  }
  if (op.requestBody?.content["multipart/form-data"]) breaks.push(valid.map((sent) => ({ ...sent, form: "empty" as const })));
  return breaks.length > 0 ? fc.oneof(...breaks) : undefined;
}

function assemble(values: (readonly [Parameter, string | undefined])[], rest: Pick<Sent, "body" | "form">): Sent {
  const sent: Sent = { params: {}, query: {}, headers: {}, ...rest };
  for (const [p, value] of values) if (value !== undefined) withParameter(sent, p, value, true);
  return sent;
}

function withParameter(sent: Sent, p: Parameter, value: string | undefined, inPlace = false): Sent {
  const next = inPlace ? sent : { ...sent, params: { ...sent.params }, query: { ...sent.query }, headers: { ...sent.headers } };
  const bucket = p.in === "path" ? next.params : p.in === "query" ? next.query : next.headers;
  if (value === undefined) delete bucket[p.name];
  else bucket[p.name] = value;
  return next;
}

const routeFile = (path: string) => resolve(import.meta.dirname, `.${path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`);
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function send(path: string, method: string, sent: Sent, who: Persona, world: World, tokens: Map<string, string>): Promise<Response> {
  const handlers = (await import(routeFile(path))) as Record<string, Handler>;
  const headers = new Headers({ "user-agent": "contract-test", ...sent.headers });
  const me = who === "buyer" ? world.buyer : who === "seller" ? world.seller : undefined;
  if (me) {
    // A fresh token each time; once the account is gone (deleted, signed out everywhere) the last one is sent, and must be refused.
    const token = await issueTokens({ userId: me.id }).then((t) => t.accessToken, () => tokens.get(me.id) ?? "gone");
    tokens.set(me.id, token);
    headers.set("authorization", `Bearer ${token}`);
  }
  if (who === "badToken") headers.set("authorization", "Bearer not.a-real.token");
  let body: BodyInit | undefined;
  if (sent.form) {
    const form = new FormData();
    if (sent.form === "file") form.set("file", new File([png as Uint8Array<ArrayBuffer>], "avatar.png", { type: "image/png" }));
    body = form;
  } else if (sent.raw !== undefined || sent.body !== undefined) {
    headers.set("content-type", "application/json");
    body = sent.raw ?? JSON.stringify(sent.body);
  }
  const url = `http://localhost/api/v1${path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(sent.params[name] ?? name))}?${new URLSearchParams(sent.query)}`;
  return handlers[method.toUpperCase()]!(new NextRequest(url, { method: method.toUpperCase(), headers, body }), { params: Promise.resolve(sent.params) });
}

/** What is wrong with an answer, by the document; [] when nothing. */
async function problemsWith(response: Response, path: string, method: string, op: Operation, meantValid: boolean): Promise<string[]> {
  const status = String(response.status);
  const documented = op.responses[status];
  const text = await response.text();
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`a ${status}`);
  if (!documented) problems.push(`status ${status} is not documented (documented: ${Object.keys(op.responses).join(", ")})`);
  if (!meantValid && response.status < 400) problems.push(`status ${status} for a request the document calls invalid`);
  if (documented?.content?.["application/json"]) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      problems.push(`the body is not JSON: ${text.slice(0, 200)}`);
    }
    const validate = responseValidator(path, method, status);
    if (json !== undefined && validate && !validate(json)) problems.push(`the body does not match the ${status} schema: ${ajv.errorsText(validate.errors, { separator: "; " })}`);
    const error = (json as { error?: { requestId?: string } } | undefined)?.error;
    if (response.status >= 400 && error && error.requestId !== response.headers.get("x-request-id")) problems.push("error.requestId is not the X-Request-Id header");
  } else if (documented && text !== "") {
    problems.push(`status ${status} is documented without a body, but one came: ${text.slice(0, 200)}`);
  }
  return problems;
}

const describeSent = (method: string, path: string, who: Persona, sent: Sent) =>
  `${method.toUpperCase()} ${path} as ${who} ${JSON.stringify({ ...sent, body: sent.raw ?? sent.body }).slice(0, 400)}`;

// ── the test ────────────────────────────────────────────────────────────────────────────────────
const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
let requests = 0;
/** Statuses answered, per operation: to show the requests reach success as well as refusals. */
const answered = new Map<string, number[]>();

beforeAll(async () => {
  png = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: "#2a7ae2" } }).png().toBuffer());
});

describe(`[CONTRACT] every /api/v1 operation answers as its OpenAPI document says (seed ${SEED})`, () => {
  it("covers every documented operation", () => {
    expect(operations.length).toBeGreaterThanOrEqual(51);
  });

  operations.forEach(({ path, method, op }, index) => {
    it(`${method.toUpperCase()} ${path}`, async () => {
      const world = await makeWorld(path);
      const tokens = new Map<string, string>();
      const hasInputs = (op.parameters?.length ?? 0) > 0 || op.requestBody !== undefined;
      // Either member's email and password: anyone may sign in (or fail to) as anyone.
      const hints = { ...world.hints, email: [world.buyer.email, world.seller.email], password: [world.buyer.password, world.seller.password] };
      const ctx: Contexts = { json: { hints, valid: validJson }, text: { hints, valid: validText } };
      const valid = validRequest(op, ctx);
      const invalid = invalidRequest(op, ctx);
      const failures: string[] = [];
      for (const who of personas) {
        const seed = SEED + index * 31 + personas.indexOf(who);
        const sets: { meantValid: boolean; arbitrary: fc.Arbitrary<Sent> | undefined; count: number }[] = [
          { meantValid: true, arbitrary: valid, count: hasInputs ? Math.ceil(runs[who].valid * SCALE) : 1 },
          { meantValid: false, arbitrary: invalid, count: Math.ceil(runs[who].invalid * SCALE) },
        ];
        for (const { meantValid, arbitrary, count } of sets) {
          if (!arbitrary || count === 0) continue;
          for (const sent of fc.sample(arbitrary, { seed: seed + (meantValid ? 0 : 7), numRuns: count })) {
            requests++;
            const response = await send(path, method, sent, who, world, tokens);
            answered.set(`${method.toUpperCase()} ${path}`, [...(answered.get(`${method.toUpperCase()} ${path}`) ?? []), response.status]);
            const problems = await problemsWith(response, path, method, op, meantValid);
            if (problems.length > 0) failures.push(`${describeSent(method, path, who, sent)}\n    → ${response.status}: ${problems.join("\n      ")}`);
          }
        }
      }
      if (process.env.CONTRACT_VERBOSE) console.info(`${method.toUpperCase()} ${path}: ${answered.get(`${method.toUpperCase()} ${path}`)?.join(" ")}`);
      expect(failures, `seed ${SEED} (CONTRACT_SEED=${SEED} reproduces it)\n${failures.join("\n")}`).toEqual([]);
    });
  });

  it("sent a few hundred requests, and reached success on most operations", () => {
    const statuses = [...answered.values()].flat();
    const neverSucceeded = [...answered].filter(([, list]) => !list.some((status) => status < 300)).map(([key]) => key);
    console.info(
      `[CONTRACT] ${operations.length} operations, ${requests} requests (${statuses.filter((s) => s < 300).length} 2xx, ${statuses.filter((s) => s >= 400).length} 4xx), seed ${SEED}` +
        (neverSucceeded.length ? `; never 2xx: ${neverSucceeded.join(", ")}` : ""),
    );
    expect(requests).toBeGreaterThan(operations.length * 4);
    // A generator that only ever produced refusals would test little: most operations must succeed at least once.
    expect(neverSucceeded.length).toBeLessThan(operations.length / 3);
  });
});
