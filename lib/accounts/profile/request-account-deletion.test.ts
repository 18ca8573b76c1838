// [ACCOUNT DELETION] personal fields erased, orders kept, every session ended.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { confirmTwoFactorEnrollment, startTwoFactorEnrollment } from "@/lib/auth/two-factor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createStore, unique } from "@/lib/testing/factories";
import { Secret, TOTP } from "otpauth";
import { createAddress, DELETED_EMAIL_DOMAIN, getProfile, requestAccountDeletion, updateAvatar } from ".";
import sharp from "sharp";

const PASSWORD = "correct horse battery staple";

async function userWithPassword(): Promise<Actor> {
  const email = `${unique("delete")}@example.test`;
  // A low bcrypt cost: these tests check the flow, not the hash's strength.
  const user = await db.user.create({
    data: { email, name: "Grace Hopper", phone: "+15555550100", emailVerified: new Date(), passwordHash: await hashPassword(PASSWORD, 4) },
  });
  return { userId: user.id, email, name: user.name, role: user.role };
}

async function placeOrder(buyerId: string, email: string) {
  return db.order.create({
    data: {
      buyerId,
      email,
      subtotalCents: 2500,
      shippingCents: 500,
      totalCents: 3000,
      shippingAddress: { fullName: "Grace Hopper", line1: "1 Navy Way", city: "Arlington", postalCode: "22201", country: "US" },
    },
  });
}

describe("[ACCOUNT DELETION]", () => {
  it("refuses a wrong password and changes nothing", async () => {
    const actor = await userWithPassword();
    const error = await requestAccountDeletion({ actor, password: "not my password" }).then(
      () => null,
      (e: unknown) => e as AppError,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error?.fields?.password).toEqual(["Password is incorrect"]);
    expect((await requestAccountDeletion({ actor, password: "" }).catch((e: AppError) => e)) as AppError).toMatchObject({ code: "VALIDATION_FAILED" });
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(user).toMatchObject({ email: actor.email, name: "Grace Hopper", deletedAt: null });
  });

  it("erases personal fields, keeps orders, and ends sessions and refresh tokens", async () => {
    const actor = await userWithPassword();
    await createAddress({ actor, input: { kind: "SHIPPING", fullName: "Grace Hopper", line1: "1 Navy Way", city: "Arlington", postalCode: "22201", country: "US" } });
    const avatarPng = await sharp({ create: { width: 40, height: 40, channels: 3, background: "#123456" } }).png().toBuffer();
    await updateAvatar({ actor, data: new Uint8Array(avatarPng), filename: "me.png" });
    const { secret } = await startTwoFactorEnrollment({ actor });
    await confirmTwoFactorEnrollment({ actor, code: new TOTP({ secret: Secret.fromBase32(secret) }).generate() });
    const order = await placeOrder(actor.userId, actor.email);
    const token = await db.refreshToken.create({
      data: { userId: actor.userId, tokenHash: randomBytes(32).toString("hex"), familyId: unique("family"), expiresAt: new Date(Date.now() + 86_400_000) },
    });
    const before = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });

    await requestAccountDeletion({ actor, password: PASSWORD });

    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, include: { addresses: true, twoFactorSecret: true, recoveryCodes: true } });
    expect(user.email).toBe(`deleted-${actor.userId}@${DELETED_EMAIL_DOMAIN}`);
    expect(user).toMatchObject({ name: null, phone: null, image: null, passwordHash: null, emailVerified: null, twoFactorEnabledAt: null });
    expect(user.deletedAt).toBeInstanceOf(Date);
    expect(user.sessionVersion).toBe(before.sessionVersion + 1);
    expect(user.addresses).toEqual([]);
    expect(user.twoFactorSecret).toBeNull();
    expect(user.recoveryCodes).toEqual([]);
    expect(await db.upload.count({ where: { ownerId: actor.userId } })).toBe(0);
    expect((await db.refreshToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toBeInstanceOf(Date);
    // The order and its snapshot stay, still pointing at the (anonymised) buyer.
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ buyerId: actor.userId, totalCents: 3000 });
    expect(await db.auditLog.count({ where: { actorId: actor.userId, action: "user.deleted" } })).toBe(1);
    // The old email is free for a new sign-up, and the deleted account can do nothing more.
    await db.user.create({ data: { email: actor.email } });
    await expect(getProfile({ actor })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(requestAccountDeletion({ actor, password: PASSWORD })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses while the account owns a store", async () => {
    const { owner } = await createStore();
    await db.user.update({ where: { id: owner.id }, data: { passwordHash: await hashPassword(PASSWORD, 4) } });
    const actor: Actor = { userId: owner.id, email: owner.email, name: owner.name, role: owner.role };
    await expect(requestAccountDeletion({ actor, password: PASSWORD })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).deletedAt).toBeNull();
  });
});
