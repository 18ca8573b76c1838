import { describe, expect, it } from "vitest";
import { SubOrderStatus } from "../db";
import { assertTransition, canTransition, nextStatuses, type StatusActor } from "./status-machine";

const statuses = Object.values(SubOrderStatus);
const actors: StatusActor[] = ["buyer", "seller", "admin", "system"];

// The allowed moves, written out once more by hand: the table in the module must match exactly.
const allowed = new Set([
  "PENDING_PAYMENT>PAID:system",
  ...["buyer", "seller", "admin", "system"].map((a) => `PENDING_PAYMENT>CANCELLED:${a}`),
  "PAID>PREPARING:seller", "PAID>PREPARING:admin",
  "PAID>CANCELLED:buyer", "PAID>CANCELLED:seller", "PAID>CANCELLED:admin",
  "PAID>REFUNDED:seller", "PAID>REFUNDED:admin",
  "PREPARING>IN_TRANSIT:seller", "PREPARING>IN_TRANSIT:admin",
  "PREPARING>CANCELLED:buyer", "PREPARING>CANCELLED:seller", "PREPARING>CANCELLED:admin",
  "PREPARING>REFUNDED:seller", "PREPARING>REFUNDED:admin",
  "IN_TRANSIT>DELIVERED:seller", "IN_TRANSIT>DELIVERED:admin", "IN_TRANSIT>DELIVERED:system",
  "IN_TRANSIT>REFUNDED:seller", "IN_TRANSIT>REFUNDED:admin",
  "DELIVERED>REFUNDED:seller", "DELIVERED>REFUNDED:admin",
]);

describe("[ORDERS] sub-order status machine", () => {
  it("allows exactly the listed moves and refuses every other one", () => {
    for (const from of statuses)
      for (const to of statuses)
        for (const actor of actors) {
          const key = `${from}>${to}:${actor}`;
          expect(canTransition(from, to, actor), key).toBe(allowed.has(key));
          if (!allowed.has(key)) expect(() => assertTransition(from, to, actor), key).toThrow();
        }
  });

  it("says why a move is refused", () => {
    expect(() => assertTransition("IN_TRANSIT", "CANCELLED", "buyer")).toThrow("An order that is in transit cannot become cancelled");
    expect(() => assertTransition("PAID", "PREPARING", "buyer")).toThrow("Only seller or admin can mark an order preparing now");
  });

  it("lists a seller's next steps", () => {
    expect(nextStatuses("PAID", "seller")).toEqual(["PREPARING", "CANCELLED", "REFUNDED"]);
    expect(nextStatuses("DELIVERED", "buyer")).toEqual([]);
  });
});
