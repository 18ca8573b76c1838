import { describe, expect, it } from "vitest";
import type { Actor } from "./actor";
import { authorize, can } from "./authorize";

const actor = (userId: string, role: Actor["role"] = "BUYER"): Actor => ({ userId, email: `${userId}@example.test`, name: null, role });
const buyer = actor("buyer");
const stranger = actor("stranger");
const seller = actor("seller", "SELLER");
const admin = actor("admin", "ADMIN");
const codeOf = (fn: () => void) => {
  try {
    fn();
    return "ALLOWED";
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe("[AUTHZ] authorize", () => {
  it("answers UNAUTHENTICATED for anonymous actors on every action", () => {
    expect(codeOf(() => authorize(null, "profile:read", { kind: "user", userId: "buyer" }))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => authorize(null, "admin:access"))).toBe("UNAUTHENTICATED");
    expect(can(null, "upload:create")).toBe(false);
  });

  it("hides owner-scoped resources from everyone else, admins included, with NOT_FOUND", () => {
    const address = { kind: "address", ownerId: "buyer" } as const;
    expect(codeOf(() => authorize(buyer, "address:update", address))).toBe("ALLOWED");
    for (const other of [stranger, seller, admin]) {
      expect(codeOf(() => authorize(other, "address:update", address, "Address"))).toBe("NOT_FOUND");
      expect(codeOf(() => authorize(other, "profile:update", { kind: "user", userId: "buyer" }))).toBe("NOT_FOUND");
      expect(codeOf(() => authorize(other, "refresh-token:revoke", { kind: "refresh-token", ownerId: "buyer" }))).toBe("NOT_FOUND");
    }
  });

  it("lets only admins into admin areas and the email outbox", () => {
    for (const action of ["admin:access", "admin:manage-users", "admin:review-stores", "email-outbox:read", "audit-log:read"] as const) {
      expect(can(admin, action)).toBe(true);
      expect(codeOf(() => authorize(buyer, action))).toBe("FORBIDDEN");
      expect(codeOf(() => authorize(seller, action))).toBe("FORBIDDEN");
    }
  });

  it("opens the seller dashboard only to a SELLER with an approved store of their own", () => {
    const approved = { kind: "store", ownerId: "seller", status: "APPROVED" } as const;
    expect(can(seller, "seller:dashboard", approved)).toBe(true);
    expect(can(seller, "seller:dashboard", { ...approved, status: "PENDING" })).toBe(false);
    expect(can(seller, "seller:dashboard", { ...approved, status: "SUSPENDED" })).toBe(false);
    expect(can(seller, "seller:dashboard", null)).toBe(false);
    expect(can(actor("seller"), "seller:dashboard", approved)).toBe(false); // a BUYER owning a store
    expect(can(admin, "seller:dashboard", approved)).toBe(false);
    expect(codeOf(() => authorize(actor("seller2", "SELLER"), "seller:dashboard", approved))).toBe("FORBIDDEN");
  });

  it("lets the owner or an admin delete an upload", () => {
    expect(can(buyer, "upload:delete", { kind: "upload", ownerId: "buyer" })).toBe(true);
    expect(can(admin, "upload:delete", { kind: "upload", ownerId: "buyer" })).toBe(true);
    expect(can(stranger, "upload:delete", { kind: "upload", ownerId: "buyer" })).toBe(false);
    expect(can(stranger, "upload:delete", { kind: "upload", ownerId: null })).toBe(false);
  });

  it("decides realtime channels: own user channel, own store (admins any), conversation parties", () => {
    expect(can(buyer, "realtime:subscribe", { kind: "user-channel", userId: "buyer" })).toBe(true);
    expect(can(admin, "realtime:subscribe", { kind: "user-channel", userId: "buyer" })).toBe(false);
    expect(can(seller, "realtime:subscribe", { kind: "store-channel", ownerId: "seller" })).toBe(true);
    expect(can(admin, "realtime:subscribe", { kind: "store-channel", ownerId: "seller" })).toBe(true);
    expect(can(buyer, "realtime:subscribe", { kind: "store-channel", ownerId: null })).toBe(false);
    const conversation = { kind: "conversation-channel", buyerId: "buyer", storeOwnerId: "seller" } as const;
    expect([buyer, seller, stranger, admin].map((a) => can(a, "realtime:subscribe", conversation))).toEqual([true, true, false, false]);
    expect(codeOf(() => authorize(stranger, "realtime:subscribe", conversation))).toBe("FORBIDDEN");
  });

  it("needs a confirmed email address to check out, apply to sell or send messages", () => {
    for (const action of ["checkout:place", "store:apply", "message:send"] as const) {
      expect(can({ ...buyer, emailVerified: true }, action)).toBe(true);
      expect(can(buyer, action)).toBe(false); // no flag counts as unverified
      expect(() => authorize({ ...buyer, emailVerified: false }, action)).toThrow("Verify your email address first");
    }
  });
});
