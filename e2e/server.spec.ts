// What Bazaar's own server decides before Next sees a request: who the client is (from the
// connection, not from headers it wrote), which host a visitor is sent back to, and a proper 405
// for methods Next cannot take.
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

/** A POST from a loopback address of our choosing: its own client address, so no other test's budget is spent. */
function postFrom(localAddress: string, path: string, body: unknown, headers: Record<string, string>, target: number) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port: target, path, method: "POST", localAddress, headers: { "content-type": "application/json", ...headers } },
      (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, body: text }));
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}

test("[SERVER] per-address sign-in limits cannot be dodged with X-Forwarded-For", async ({ baseURL }) => {
  const target = Number(new URL(baseURL!).port);
  const statuses: number[] = [];
  for (let i = 1; i <= 40; i++) {
    // A different account each time: only the per-address limit (30 in 10 minutes) can refuse.
    const { status } = await postFrom(
      "127.0.0.77",
      "/api/v1/auth/login",
      { email: `nobody-${Date.now()}-${i}@bazaar.test`, password: "not-the-password" },
      { "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `198.51.100.${i}`, "x-bazaar-client-address": `198.51.100.${i}` },
      target,
    );
    statuses.push(status);
  }
  expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
  expect(statuses.slice(30)).toEqual(Array(10).fill(429));
});

test("[SERVER] TRACE on the API is a JSON 405 naming the allowed methods", async ({ baseURL }) => {
  const target = Number(new URL(baseURL!).port);
  const answer = await new Promise<{ status: number; allow?: string; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: target, path: "/api/v1/products", method: "TRACE" }, (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, allow: res.headers.allow, body: text }));
    });
    req.on("error", reject);
    req.end();
  });
  expect(answer.status).toBe(405);
  expect(answer.allow).toContain("GET");
  expect(answer.allow).not.toContain("TRACE");
  expect(JSON.parse(answer.body).error).toMatchObject({ code: "METHOD_NOT_ALLOWED", requestId: expect.any(String) });
});

test("[SERVER] a shopper on 127.0.0.1 is sent to pay on 127.0.0.1, where their session is", async ({ playwright, baseURL }) => {
  const origin = `http://127.0.0.1:${new URL(baseURL!).port}`;
  const api = await playwright.request.newContext({ baseURL: origin });
  const login = await api.post("/api/v1/auth/login", { data: { email: "buyer18@bazaar.test", password: "bazaar-demo" } });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()).data;
  const auth = { authorization: `Bearer ${accessToken}` };
  const listing = await (await api.get("/api/v1/products?stock=1")).json();
  const slug = listing.data[0].slug;
  const product = (await (await api.get(`/api/v1/products/${slug}`)).json()).data;
  const variant = product.variants.find((v: { stock: { kind: string } }) => v.stock.kind !== "sold-out");
  expect((await api.post("/api/v1/cart/items", { headers: auth, data: { variantId: variant.id, quantity: 1 } })).ok()).toBe(true);
  const placed = await api.post("/api/v1/checkout", {
    headers: { ...auth, "idempotency-key": `e2e-origin-${Date.now()}` },
    data: { address: { fullName: "Ada Buyer", line1: "1 Quay Street", city: "Dublin", postalCode: "D02 X285", country: "IE" } },
  });
  expect(placed.status(), await placed.text()).toBe(201);
  expect((await placed.json()).data.checkoutUrl).toMatch(new RegExp(`^${origin.replaceAll(".", "\\.")}/pay/sandbox/`));
  await api.dispose();
});
