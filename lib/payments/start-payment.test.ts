// [PAYMENTS] startPayment's input rules, and the return-path check behind them.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { safeReturnPath } from "../safe-return-path";
import { startPayment } from "./start-payment";
import { makeOrder, makeUser, startTestPayment } from "./test-fixtures";

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe("[PAYMENTS] safeReturnPath", () => {
  it.each([
    ["/orders/1?x=1#top", "/orders/1?x=1#top"],
    ["/cart/../orders", "/orders"],
    ["https://evil.example/", null],
    ["//evil.example/", null],
    ["/\\evil.example", null],
    ["/\t/evil.example", null],
    ["javascript:alert(1)", null],
    ["orders", null],
    ["", null],
  ])("%j → %j", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});

describe("[PAYMENTS] startPayment", () => {
  it("creates a PENDING payment with the provider's ref and checkout URL", async () => {
    const buyer = await makeUser();
    const started = await startTestPayment(buyer);
    expect(started.providerRef).toMatch(/^sbx_[a-f0-9]{32}$/);
    const payment = await db.payment.findUniqueOrThrow({ where: { id: started.paymentId } });
    expect(payment).toMatchObject({ provider: "sandbox", providerRef: started.providerRef, checkoutUrl: started.checkoutUrl, status: "PENDING", amountCents: 4_250, currency: "USD" });
  });

  it("refuses return URLs that leave the site", async () => {
    const buyer = await makeUser();
    const base = { amountCents: 100, currency: "usd", description: "x", actor: buyer };
    const error = await refusal(startPayment({ ...base, successUrl: "https://evil.example", cancelUrl: "//evil.example" }));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["cancelUrl", "successUrl"]);
    // Lower-case currency is accepted and normalised.
    const ok = await startPayment({ ...base, successUrl: "/ok", cancelUrl: "/no" });
    expect((await db.payment.findUniqueOrThrow({ where: { id: ok.paymentId } })).currency).toBe("USD");
  });

  it("refuses bad amounts and anonymous callers", async () => {
    const buyer = await makeUser();
    const base = { currency: "USD", description: "x", successUrl: "/ok", cancelUrl: "/no" };
    for (const amountCents of [0, -5, 12.5]) {
      expect((await refusal(startPayment({ ...base, amountCents, actor: buyer }))).code).toBe("VALIDATION_FAILED");
    }
    expect((await refusal(startPayment({ ...base, amountCents: 100, actor: null }))).code).toBe("UNAUTHENTICATED");
  });

  it("pays an order only for its buyer (or an admin), for its exact total, while it awaits payment", async () => {
    const [buyer, stranger, admin] = await Promise.all([makeUser(), makeUser(), makeUser("ADMIN")]);
    const order = await makeOrder(buyer, 4_250);
    expect((await refusal(startTestPayment(stranger, { orderId: order.id }))).code).toBe("NOT_FOUND");
    expect((await refusal(startTestPayment(buyer, { orderId: order.id, amountCents: 4_000 }))).code).toBe("UNPROCESSABLE");
    expect((await refusal(startTestPayment(buyer, { orderId: order.id, currency: "EUR" }))).code).toBe("UNPROCESSABLE");
    expect((await startTestPayment(admin, { orderId: order.id })).providerRef).toMatch(/^sbx_/);
    await db.order.update({ where: { id: order.id }, data: { status: "CANCELLED" } });
    expect((await refusal(startTestPayment(buyer, { orderId: order.id }))).code).toBe("CONFLICT");
    expect((await refusal(startTestPayment(buyer, { orderId: "not-a-uuid" }))).code).toBe("VALIDATION_FAILED");
  });
});
