// [ORDERS] The seller's order pages and their server actions, rendered and called as Next would, with
// the signed-in actor stubbed (no server runs, follow-up jobs are not started).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { unauthenticated } from "@/lib/errors";
import { ORDER_UPDATED_EVENT } from "@/lib/orders/notify-order";
import { createPaidOrder, createSeller } from "@/lib/testing/order-factories";
import { changeStatusAction, refundAction } from "./[subOrderId]/actions";
import SellerOrderPage from "./[subOrderId]/page";
import SellerOrdersPage from "./page";
import { ORDER_UPDATED } from "./store-orders-live";

const auth = vi.hoisted(() => ({ actor: null as Actor | null }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/auth", () => ({
  getActor: async () => auth.actor,
  requireActor: async () => {
    if (!auth.actor) throw unauthenticated();
    return auth.actor;
  },
}));
vi.mock("@/lib/jobs", () => ({ enqueue: async () => ({ ids: [] }) }));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: (path: string) => void revalidated.push(path),
  revalidateTag: () => undefined,
}));
// The live refresher needs the app router and a socket; neither exists here.
vi.mock("./store-orders-live", () => ({ StoreOrdersLive: () => null, ORDER_UPDATED: "order.updated" }));

beforeEach(() => {
  revalidated.length = 0;
});

async function renderOrder(subOrderId: string) {
  const element = await SellerOrderPage({ params: Promise.resolve({ subOrderId }) });
  return renderToStaticMarkup(createElement(() => element));
}
async function renderList(query: Record<string, string> = {}) {
  const element = await SellerOrdersPage({ searchParams: Promise.resolve(query) });
  return renderToStaticMarkup(createElement(() => element));
}
function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}
const badge = (html: string) => /data-testid="seller-order-status"[^>]*>([^<]+)</.exec(html)?.[1];

describe("[ORDERS] seller order pages", () => {
  it("listens for the event the server publishes", async () => {
    const real = await vi.importActual<typeof import("./store-orders-live")>("./store-orders-live");
    expect(real.ORDER_UPDATED).toBe(ORDER_UPDATED_EVENT);
    expect(ORDER_UPDATED).toBe(ORDER_UPDATED_EVENT);
  });

  it("lists the store's orders with status tabs and counts, and filters by status", async () => {
    const a = await createSeller();
    const paid = await createPaidOrder({ seller: a, quantity: 3 });
    const unpaid = await createPaidOrder({ seller: a, paid: false });
    const other = await createPaidOrder();

    auth.actor = a.seller;
    const html = await renderList();
    expect(html).toContain(`href="/dashboard/orders/${paid.subOrder.id}"`);
    expect(html).toContain(`#${paid.number}`);
    expect(html).toContain(`3 × ${paid.product.title}`);
    expect(html).toContain("Dublin, Ireland");
    expect(html).toContain(`#${unpaid.number}`);
    expect(html).not.toContain(`#${other.number}<`);
    expect(html).toMatch(/Paid \(to prepare\) <span[^>]*>1</);
    expect(html).toMatch(/All <span[^>]*>2</);

    const waiting = await renderList({ status: "PENDING_PAYMENT" });
    expect(waiting).toContain(`#${unpaid.number}`);
    expect(waiting).not.toContain(`#${paid.number}<`);
    expect(await renderList({ status: "DELIVERED" })).toContain("No orders here");
    // An unknown status in the URL shows everything rather than failing.
    expect(await renderList({ status: "nonsense", page: "x" })).toContain(`#${paid.number}`);
  });

  it("shows a seller their order and nobody else's", async () => {
    const a = await createSeller();
    const placed = await createPaidOrder({ seller: a, quantity: 2, priceCents: 1250 });

    auth.actor = a.seller;
    const html = await renderOrder(placed.subOrder.id);
    expect(html).toContain(`Order #${placed.number}`);
    expect(badge(html)).toBe("Paid");
    expect(html).toContain("1 Quay Street");
    expect(html).toContain("D02 X285");
    expect(html).toContain(placed.variant.sku);
    expect(html).toContain("$25.00");
    expect(html).toContain("Start preparing");
    expect(html).toContain("Cancel order");
    expect(html).not.toContain("Mark shipped");
    expect(html).toContain(`Up to ${"$" + (placed.subOrder.totalCents / 100).toFixed(2)} can be refunded`);

    auth.actor = (await createSeller()).seller;
    await expect(renderOrder(placed.subOrder.id)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    auth.actor = placed.buyer;
    // forbidden() (the 403 page); outside Next it throws that it needs its experimental flag.
    await expect(renderOrder(placed.subOrder.id)).rejects.toThrow(/forbidden/);
  });

  it("moves an order along through the actions: prepare, ship (carrier and tracking required), deliver", async () => {
    const a = await createSeller();
    const placed = await createPaidOrder({ seller: a });
    const id = placed.subOrder.id;

    auth.actor = placed.buyer;
    expect(await changeStatusAction(null, form({ subOrderId: id, status: "PREPARING" }))).toMatchObject({ ok: false });
    auth.actor = (await createSeller()).seller;
    expect(await changeStatusAction(null, form({ subOrderId: id, status: "PREPARING" }))).toMatchObject({ ok: false, message: "Order not found" });
    expect(revalidated).toEqual([]);

    auth.actor = a.seller;
    expect(await changeStatusAction(null, form({ subOrderId: id, status: "PREPARING" }))).toMatchObject({ ok: true, message: "Marked as preparing." });
    expect(revalidated).toEqual([`/dashboard/orders/${id}`]);
    expect(await renderOrder(id)).toContain("Mark shipped");

    const refused = await changeStatusAction(null, form({ subOrderId: id, status: "IN_TRANSIT", carrier: "", trackingNumber: "" }));
    expect(refused).toMatchObject({ ok: false, fields: { carrier: ["Enter the carrier"], trackingNumber: ["Enter the tracking number"] } });
    expect(await changeStatusAction(null, form({ subOrderId: id, status: "IN_TRANSIT", carrier: "An Post", trackingNumber: "CP123456IE" }))).toMatchObject({ ok: true });
    const shipped = await renderOrder(id);
    expect(badge(shipped)).toBe("In transit");
    expect(shipped).toContain("CP123456IE");
    expect(shipped).toContain("Mark delivered");

    expect(await changeStatusAction(null, form({ subOrderId: id, status: "DELIVERED" }))).toMatchObject({ ok: true });
    expect(badge(await renderOrder(id))).toBe("Delivered");
  });

  it("cancels with the reason given", async () => {
    const a = await createSeller();
    const placed = await createPaidOrder({ seller: a });
    auth.actor = a.seller;
    expect(await changeStatusAction(null, form({ subOrderId: placed.subOrder.id, status: "CANCELLED", reason: "Out of stock" }))).toMatchObject({ ok: true });
    const html = await renderOrder(placed.subOrder.id);
    expect(badge(html)).toBe("Cancelled");
    expect(html).toContain("Out of stock");
    expect(html).not.toContain("Cancel order");
  });

  it("refunds dollars typed as text, or everything left when the amount is empty", async () => {
    const a = await createSeller();
    const placed = await createPaidOrder({ seller: a, priceCents: 4000 });
    const id = placed.subOrder.id;
    const total = placed.subOrder.totalCents;
    auth.actor = a.seller;

    expect(await refundAction(null, form({ subOrderId: id, amount: "12.345" }))).toMatchObject({ ok: false, fields: { amount: [expect.any(String)] } });
    expect(await refundAction(null, form({ subOrderId: id, amount: "0" }))).toMatchObject({ ok: false, fields: { amountCents: [expect.any(String)] } });
    expect(await refundAction(null, form({ subOrderId: id, amount: "99999" }))).toMatchObject({ ok: false, fields: { amountCents: [expect.stringMatching(/^At most/)] } });

    // 0.29 is the classic float trap (0.29 * 100 = 28.999…).
    expect(await refundAction(null, form({ subOrderId: id, amount: "$0.29", reason: "Scuffed box" }))).toMatchObject({ ok: true, data: 29, message: "$0.29 is being refunded to the buyer." });
    expect(await refundAction(null, form({ subOrderId: id, amount: "12.5" }))).toMatchObject({ ok: true, data: 1250 });
    expect(revalidated).toEqual([`/dashboard/orders/${id}`, `/dashboard/orders/${id}`]);

    expect(await refundAction(null, form({ subOrderId: id, amount: "" }))).toMatchObject({ ok: true, data: total - 1279 });
    const refunds = await db.refund.findMany({ where: { subOrderId: id }, orderBy: { createdAt: "asc" }, select: { amountCents: true, reason: true } });
    expect(refunds).toEqual([
      { amountCents: 29, reason: "Scuffed box" },
      { amountCents: 1250, reason: null },
      { amountCents: total - 1279, reason: null },
    ]);
    const html = await renderOrder(id);
    expect(badge(html)).toBe("Refunded");
    expect(html).not.toContain("can be refunded");
    expect(html).toContain("Partly refunded: $0.29 (Scuffed box)");
  });
});
