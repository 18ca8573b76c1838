// [2FA] enrolment, codes, replay, recovery codes and disabling, against the real database.
import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { drainJobs } from "@/lib/jobs";
import { createActor, refusal } from "@/lib/testing/factories";
import {
  confirmTwoFactorEnrollment,
  disableTwoFactor,
  getTwoFactorStatus,
  startTwoFactorEnrollment,
  verifyTwoFactorCode,
} from "./two-factor";

const codeFor = (secret: string, offsetSeconds = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp: Date.now() + offsetSeconds * 1000 });

/** A 6-digit code that matches no step in the ±1 window. */
function wrongCodeFor(secret: string): string {
  const valid = new Set([-30, 0, 30, 60].map((s) => codeFor(secret, s)));
  for (let n = 0; ; n++) {
    const candidate = String(n).padStart(6, "0");
    if (!valid.has(candidate)) return candidate;
  }
}

const newActor = () => createActor();


async function enrolled() {
  const actor = await newActor();
  const { secret } = await startTwoFactorEnrollment({ actor });
  const { recoveryCodes } = await confirmTwoFactorEnrollment({ actor, code: codeFor(secret) });
  return { actor, secret, recoveryCodes };
}

describe("[2FA] enrolment", () => {
  it("returns a QR code and the secret, keeps the secret encrypted, and is not active until confirmed", async () => {
    const actor = await newActor();
    const started = await startTwoFactorEnrollment({ actor });
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(started.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const url = new URL(started.otpauthUrl);
    expect(url.protocol).toBe("otpauth:");
    expect(url.searchParams.get("secret")).toBe(started.secret);
    expect(url.searchParams.get("issuer")).toBe("Bazaar");
    expect(url.searchParams.get("algorithm")).toBe("SHA1");
    expect(url.searchParams.get("digits")).toBe("6");
    expect(url.searchParams.get("period")).toBe("30");

    const row = await db.twoFactorSecret.findUniqueOrThrow({ where: { userId: actor.userId } });
    expect(row.secretEncrypted).not.toContain(started.secret);
    expect(row.confirmedAt).toBeNull();
    // Not active yet: a correct code does not count as a second factor.
    expect(await verifyTwoFactorCode({ userId: actor.userId, code: codeFor(started.secret) })).toBe(false);
    expect(await getTwoFactorStatus({ actor })).toEqual({ enabled: false, recoveryCodesLeft: 0 });
  });

  it("refuses a wrong code with a field error and stays off", async () => {
    const actor = await newActor();
    const { secret } = await startTwoFactorEnrollment({ actor });
    const error = await refusal(confirmTwoFactorEnrollment({ actor, code: wrongCodeFor(secret) }));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.fields?.code?.[0]).toMatch(/not correct/);
    const malformed = await refusal(confirmTwoFactorEnrollment({ actor, code: "12ab" }));
    expect(malformed.fields?.code).toBeDefined();
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(user.twoFactorEnabledAt).toBeNull();
  });

  it("turns on with a correct code and gives 10 distinct recovery codes, stored only as hashes", async () => {
    const { actor, recoveryCodes } = await enrolled();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);
    const rows = await db.recoveryCode.findMany({ where: { userId: actor.userId } });
    expect(rows).toHaveLength(10);
    const stored = rows.map((r) => r.codeHash).join(" ");
    for (const code of recoveryCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace(/-/g, ""));
    }
    expect(await getTwoFactorStatus({ actor })).toEqual({ enabled: true, recoveryCodesLeft: 10 });
    await expect(startTwoFactorEnrollment({ actor })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("writes an audit entry and emails the owner when two-factor is turned on", async () => {
    const { actor } = await enrolled();
    const entries = await db.auditLog.findMany({ where: { actorId: actor.userId, action: "auth.2fa_enabled" } });
    expect(entries).toHaveLength(1);
    expect(await drainJobs({ timeoutMs: 10_000 })).toBe(true);
    const emails = await db.emailOutbox.findMany({ where: { to: actor.email, template: "two-factor-changed" } });
    expect(emails.map((e) => e.subject)).toEqual(["Two-factor sign-in is on for your Bazaar account"]);
  });
});

describe("[2FA] verifying codes", () => {
  it("refuses a wrong code", async () => {
    const { actor, secret } = await enrolled();
    expect(await verifyTwoFactorCode({ userId: actor.userId, code: wrongCodeFor(secret) })).toBe(false);
  });

  it("refuses a code replayed in its window, and any older code once a newer one was used", async () => {
    const { actor, secret } = await enrolled();
    // The confirmation code itself was used: it cannot sign anyone in.
    expect(await verifyTwoFactorCode({ userId: actor.userId, code: codeFor(secret) })).toBe(false);
    const next = codeFor(secret, 30);
    expect(await verifyTwoFactorCode({ userId: actor.userId, code: next })).toBe(true);
    expect(await verifyTwoFactorCode({ userId: actor.userId, code: next })).toBe(false);
    expect(await verifyTwoFactorCode({ userId: actor.userId, code: codeFor(secret, -30) })).toBe(false);
  });

  it("accepts the same code only once when two requests race with it", async () => {
    const { actor, secret } = await enrolled();
    const next = codeFor(secret, 30);
    const results = await Promise.all([1, 2, 3].map(() => verifyTwoFactorCode({ userId: actor.userId, code: next })));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("accepts a recovery code once (in any case, with or without dashes), never twice", async () => {
    const { actor, recoveryCodes } = await enrolled();
    const [first, second] = recoveryCodes;
    expect(await verifyTwoFactorCode({ userId: actor.userId, code: first! })).toBe(true);
    expect(await verifyTwoFactorCode({ userId: actor.userId, code: first! })).toBe(false);
    expect(await verifyTwoFactorCode({ userId: actor.userId, code: ` ${second!.replace(/-/g, "").toUpperCase()} ` })).toBe(true);
    expect(await verifyTwoFactorCode({ userId: actor.userId, code: second! })).toBe(false);
    expect(await getTwoFactorStatus({ actor })).toEqual({ enabled: true, recoveryCodesLeft: 8 });
  });

  it("does not accept one user's recovery code for another user", async () => {
    const alice = await enrolled();
    const bob = await enrolled();
    expect(await verifyTwoFactorCode({ userId: bob.actor.userId, code: alice.recoveryCodes[0]! })).toBe(false);
    expect(await verifyTwoFactorCode({ userId: alice.actor.userId, code: alice.recoveryCodes[0]! })).toBe(true);
  });

  it("stops accepting attempts after too many tries", async () => {
    const { actor, secret } = await enrolled();
    const wrong = wrongCodeFor(secret);
    // Confirming used one attempt of the ten allowed per quarter hour.
    for (let i = 0; i < 9; i++) expect(await verifyTwoFactorCode({ userId: actor.userId, code: wrong })).toBe(false);
    await expect(verifyTwoFactorCode({ userId: actor.userId, code: codeFor(secret, 30) })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("[2FA] disabling", () => {
  it("needs a current code: none or a wrong one leaves two-factor on", async () => {
    const { actor, secret } = await enrolled();
    expect((await refusal(disableTwoFactor({ actor, code: "" }))).fields?.code).toBeDefined();
    expect((await refusal(disableTwoFactor({ actor, code: wrongCodeFor(secret) }))).code).toBe("VALIDATION_FAILED");
    // The code that turned it on was used already: it cannot turn it off.
    expect((await refusal(disableTwoFactor({ actor, code: codeFor(secret) }))).code).toBe("VALIDATION_FAILED");
    expect((await getTwoFactorStatus({ actor })).enabled).toBe(true);
  });

  it("turns off with a fresh code and forgets the secret and the recovery codes", async () => {
    const { actor, secret, recoveryCodes } = await enrolled();
    await disableTwoFactor({ actor, code: codeFor(secret, 30) });
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, include: { twoFactorSecret: true } });
    expect(user.twoFactorEnabledAt).toBeNull();
    expect(user.twoFactorSecret).toBeNull();
    expect(await db.recoveryCode.count({ where: { userId: actor.userId } })).toBe(0);
    expect(await verifyTwoFactorCode({ userId: actor.userId, code: recoveryCodes[0]! })).toBe(false);
    expect(await db.auditLog.count({ where: { actorId: actor.userId, action: "auth.2fa_disabled" } })).toBe(1);
    expect(await drainJobs({ timeoutMs: 10_000 })).toBe(true);
    expect(await db.emailOutbox.count({ where: { to: actor.email, template: "two-factor-changed", subject: { contains: "turned off" } } })).toBe(1);
    await expect(disableTwoFactor({ actor, code: codeFor(secret, 30) })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("turns off with an unused recovery code (a lost phone)", async () => {
    const { actor, recoveryCodes } = await enrolled();
    await disableTwoFactor({ actor, code: recoveryCodes[3]! });
    expect((await getTwoFactorStatus({ actor })).enabled).toBe(false);
  });
});
