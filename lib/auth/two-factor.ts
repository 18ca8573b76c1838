// TOTP two-factor authentication (RFC 6238: SHA-1, 6 digits, 30 s steps, one step of drift either
// way) with single-use recovery codes. The TOTP secret is encrypted at rest with a key derived from
// AUTH_SECRET, so a database dump alone cannot mint codes; recovery codes are stored as keyed hashes.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import type { RequestContext } from "../accounts/request-context";
import { writeAudit } from "../audit/write-audit";
import { enforceRateLimit } from "../cache";
import { db } from "../db";
import { queueEmail } from "../email";
import { getEnv } from "../env";
import { AppError, unauthenticated } from "../errors";
import { logger } from "../log";
import type { Actor } from "./actor";
import { authorize } from "./authorize";

const log = logger("two-factor");

const ISSUER = "Bazaar";
const TOTP_OPTIONS = { algorithm: "SHA1", digits: 6, period: 30 } as const;
const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;
// Crockford's base32 without I, L, O, U: 32 symbols, so `byte & 31` is unbiased; 12 of them = 60 bits.
const RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const RECOVERY_LENGTH = 12;
// Each attempt is one guess at a 6-digit code (3 valid codes per window): keep guessing expensive.
const ATTEMPTS = { limit: 10, windowSeconds: 15 * 60 };

export { ZTwoFactorCodeInput } from "./auth.schema";

// ── keys ──────────────────────────────────────────────────────────────────────────────────────
// One purpose label per derived key: the TOTP encryption key can never double as anything else.
function derivedKey(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", getEnv().authSecret, "", `bazaar/${purpose}/v1`, 32));
}

/** AES-256-GCM, bound to the user id (AAD) so a ciphertext copied to another row does not decrypt. */
function encryptSecret(userId: string, base32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", derivedKey("two-factor-secret"), iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

function decryptSecret(userId: string, stored: string): string {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("Unrecognised two-factor secret format");
  const decipher = createDecipheriv("aes-256-gcm", derivedKey("two-factor-secret"), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(userId));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, "");
const hashRecoveryCode = (code: string) => createHmac("sha256", derivedKey("recovery-code")).update(normalizeRecoveryCode(code)).digest("hex");

function newRecoveryCode(): string {
  const chars = [...randomBytes(RECOVERY_LENGTH)].map((byte) => RECOVERY_ALPHABET[byte & 31]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

const totpFor = (label: string, base32: string) => new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(base32), ...TOTP_OPTIONS });

// ── helpers ───────────────────────────────────────────────────────────────────────────────────
async function activeUser(actor: Actor | null) {
  authorize(actor, "two-factor:manage", { kind: "user", userId: actor?.userId ?? "" });
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { id: true, email: true, name: true, deletedAt: true, twoFactorEnabledAt: true, twoFactorSecret: true },
  });
  if (!user || user.deletedAt) throw unauthenticated();
  return user;
}

const wrongCode = (message = "That code is not correct. Check your authenticator app and try again.") =>
  new AppError("VALIDATION_FAILED", message, { fields: { code: [message] } });

async function limitAttempts(userId: string) {
  await enforceRateLimit({
    name: "two-factor-code",
    key: userId,
    ...ATTEMPTS,
    message: "Too many codes tried. Wait a few minutes and try again.",
  });
}

/** The TOTP step the code belongs to (within the drift window), or null when it matches none. */
function matchingStep(label: string, secretEncrypted: string, userId: string, code: string): number | null {
  const totp = totpFor(label, decryptSecret(userId, secretEncrypted));
  const now = Date.now();
  const delta = totp.validate({ token: code, timestamp: now, window: TOTP_WINDOW });
  return delta === null ? null : totp.counter({ timestamp: now }) + delta;
}

/** Records the step as used; false when it (or a later one) already was: a replayed code. */
async function claimStep(userId: string, step: number): Promise<boolean> {
  // One conditional UPDATE: two requests racing with the same code cannot both win.
  const { count } = await db.twoFactorSecret.updateMany({
    where: { userId, confirmedAt: { not: null }, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: BigInt(step) } }] },
    data: { lastUsedStep: BigInt(step) },
  });
  return count === 1;
}

const formatWhen = (date: Date) =>
  `${new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(date)} UTC`;

/** Tells the owner; the change is committed already, so a failing email is logged, not thrown. */
async function notify(user: { email: string; name: string | null }, state: "enabled" | "disabled") {
  try {
    await queueEmail({
      to: user.email,
      template: "two-factor-changed",
      props: { name: user.name ?? "there", state, when: formatWhen(new Date()), securityUrl: `${getEnv().appUrl}/account/security` },
    });
  } catch (error) {
    log.error("two-factor email not queued", { state, error });
  }
}

// ── use cases ─────────────────────────────────────────────────────────────────────────────────
/** Starts (or restarts) enrolment: a fresh secret that does nothing until a code from it is confirmed. */
export async function startTwoFactorEnrollment({ actor }: { actor: Actor }): Promise<{ otpauthUrl: string; qrCodeDataUrl: string; secret: string }> {
  const user = await activeUser(actor);
  if (user.twoFactorEnabledAt) {
    throw new AppError("CONFLICT", "Two-factor authentication is already on. Turn it off first to set it up again.");
  }
  const secret = new Secret({ size: 20 }).base32;
  const secretEncrypted = encryptSecret(user.id, secret);
  await db.twoFactorSecret.upsert({
    where: { userId: user.id },
    create: { userId: user.id, secretEncrypted },
    update: { secretEncrypted, confirmedAt: null, lastUsedStep: null },
  });
  const otpauthUrl = totpFor(user.email, secret).toString();
  const qrCodeDataUrl = await QRCode.toDataURL(otpauthUrl, { errorCorrectionLevel: "M", margin: 1, width: 240 });
  return { otpauthUrl, qrCodeDataUrl, secret };
}

/** Turns two-factor on once the user proves a code, and returns the recovery codes (shown once). */
export async function confirmTwoFactorEnrollment(
  { actor, code }: { actor: Actor; code: string },
  ctx: RequestContext = {},
): Promise<{ recoveryCodes: string[] }> {
  const user = await activeUser(actor);
  if (user.twoFactorEnabledAt) throw new AppError("CONFLICT", "Two-factor authentication is already on.");
  const pending = user.twoFactorSecret;
  if (!pending || pending.confirmedAt) throw new AppError("BAD_REQUEST", "Start setting up two-factor authentication first.");
  const token = typeof code === "string" ? code.replace(/\s/g, "") : "";
  if (!/^\d{6}$/.test(token)) throw wrongCode("Enter the 6-digit code from your authenticator app.");

  await limitAttempts(user.id);
  const step = matchingStep(user.email, pending.secretEncrypted, user.id, token);
  if (step === null) throw wrongCode();

  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.$transaction(async (tx) => {
    const { count } = await tx.twoFactorSecret.updateMany({
      // The same secret we checked the code against: a restarted enrolment meanwhile wins.
      where: { userId: user.id, confirmedAt: null, secretEncrypted: pending.secretEncrypted },
      data: { confirmedAt: new Date(), lastUsedStep: BigInt(step) },
    });
    if (count !== 1) throw new AppError("CONFLICT", "Two-factor setup changed meanwhile. Start again.");
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: recoveryCodes.map((c) => ({ userId: user.id, codeHash: hashRecoveryCode(c) })) });
    await tx.user.update({ where: { id: user.id }, data: { twoFactorEnabledAt: new Date() } });
  });

  await writeAudit({ actorId: user.id, action: "auth.2fa_enabled", targetType: "user", targetId: user.id }, ctx);
  await notify(user, "enabled");
  log.info("two-factor enabled", { userId: user.id });
  return { recoveryCodes };
}

/**
 * Checks a second factor for a user with two-factor on: a TOTP code (refused if its step, or a
 * later one, was already used) or an unused recovery code (consumed). Throws RATE_LIMITED after
 * too many attempts; false for a wrong code or a user without two-factor.
 */
export async function verifyTwoFactorCode({ userId, code }: { userId: string; code: string }): Promise<boolean> {
  const input = typeof code === "string" ? code.trim() : "";
  if (!input || input.length > 64) return false;
  const row = await db.twoFactorSecret.findUnique({ where: { userId }, include: { user: { select: { email: true, twoFactorEnabledAt: true } } } });
  if (!row?.confirmedAt || !row.user.twoFactorEnabledAt) return false;
  await limitAttempts(userId);

  const digits = input.replace(/\s/g, "");
  if (/^\d{6}$/.test(digits)) {
    const step = matchingStep(row.user.email, row.secretEncrypted, userId, digits);
    return step !== null && (await claimStep(userId, step));
  }
  const normalized = normalizeRecoveryCode(input);
  if (normalized.length !== RECOVERY_LENGTH) return false;
  const { count } = await db.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(normalized), usedAt: null },
    data: { usedAt: new Date() },
  });
  if (count === 1) log.info("recovery code used", { userId });
  return count === 1;
}

/** Turns two-factor off; needs a current code (or a recovery code) so a stolen session cannot. */
export async function disableTwoFactor({ actor, code }: { actor: Actor; code: string }, ctx: RequestContext = {}): Promise<void> {
  const user = await activeUser(actor);
  if (!user.twoFactorEnabledAt) throw new AppError("CONFLICT", "Two-factor authentication is not on.");
  if (typeof code !== "string" || !code.trim()) throw wrongCode("Enter a code from your authenticator app or a recovery code.");
  if (!(await verifyTwoFactorCode({ userId: user.id, code }))) {
    throw wrongCode("That code is not correct (or was already used). Enter a current code or an unused recovery code.");
  }
  await db.$transaction([
    db.recoveryCode.deleteMany({ where: { userId: user.id } }),
    db.twoFactorSecret.deleteMany({ where: { userId: user.id } }),
    db.user.update({ where: { id: user.id }, data: { twoFactorEnabledAt: null } }),
  ]);
  await writeAudit({ actorId: user.id, action: "auth.2fa_disabled", targetType: "user", targetId: user.id }, ctx);
  await notify(user, "disabled");
  log.info("two-factor disabled", { userId: user.id });
}

/** For the security page: whether two-factor is on and how many recovery codes are left. */
export async function getTwoFactorStatus({ actor }: { actor: Actor }): Promise<{ enabled: boolean; recoveryCodesLeft: number }> {
  const user = await activeUser(actor);
  if (!user.twoFactorEnabledAt) return { enabled: false, recoveryCodesLeft: 0 };
  const recoveryCodesLeft = await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } });
  return { enabled: true, recoveryCodesLeft };
}
