import { NextRequest } from "next/server";
import { Secret, TOTP } from "otpauth";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { issueTokens } from "@/lib/auth/tokens";
import { confirmTwoFactorEnrollment, startTwoFactorEnrollment } from "@/lib/auth/two-factor";
import { db } from "@/lib/db";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";
import { createUser, unique } from "@/lib/testing/factories";

// No web session unless a test sets one (next-auth needs a live Next request).
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth", () => ({ getActor: async () => session.actor }));

const { POST: login } = await import("./login/route");
const { POST: logout } = await import("./logout/route");
const { POST: logoutAll } = await import("./logout-all/route");
const { POST: refresh } = await import("./refresh/route");
const { POST: register } = await import("./register/route");
const { GET: me } = await import("./me/route");

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
const call = (handler: Handler, options: { body?: unknown; bearer?: string; ip?: string } = {}) => {
  const headers = new Headers({ "content-type": "application/json" });
  if (options.bearer) headers.set("authorization", `Bearer ${options.bearer}`);
  headers.set(CLIENT_ADDRESS_HEADER, options.ip ?? `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`);
  const method = options.body === undefined && handler === me ? "GET" : "POST";
  const body = method === "GET" ? undefined : JSON.stringify(options.body ?? {});
  return Promise.resolve(handler(new NextRequest("http://localhost/api/v1/auth", { method, headers, body }), { params: Promise.resolve({}) }));
};
const password = () => `Correct-Horse-${unique("pw")}`;
async function member() {
  const secret = password();
  const user = await createUser();
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(secret, 4) } });
  return { ...user, password: secret, actor: { userId: user.id, email: user.email, name: user.name, role: user.role } as Actor };
}
const totp = (secret: string, offsetSeconds = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp: Date.now() + offsetSeconds * 1000 });

describe("[API v1] register and login", () => {
  it("registers an unverified account and signs it in with tokens that work", async () => {
    const email = `${unique("new")}@example.test`;
    const response = await call(register, { body: { email, password: password(), name: "New Member", deviceName: "Pixel" } });
    expect(response.status).toBe(201);
    const { data } = await response.json();
    expect(data).toMatchObject({ tokenType: "Bearer", expiresIn: 900 });
    const profile = await (await call(me, { bearer: data.accessToken })).json();
    expect(profile.data).toMatchObject({ id: data.userId, email, emailVerified: false });
  });

  it("refuses a weak password and a malformed email with field errors", async () => {
    const weak = await call(register, { body: { email: `${unique("w")}@example.test`, password: "password123", name: "W" } });
    expect(weak.status).toBe(400);
    expect((await weak.json()).error.fields.password.length).toBeGreaterThan(0);
    const malformed = await call(register, { body: { email: "not-an-email", password: password(), name: "M" } });
    expect((await malformed.json()).error.fields).toHaveProperty("email");
    expect((await call(login, { body: "nope" })).status).toBe(400);
  });

  it("answers a wrong password with 401, and repeated failures with 429 and Retry-After", async () => {
    const user = await member();
    const wrong = await call(login, { body: { email: user.email, password: "Wrong-Password-1" } });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error).toMatchObject({ code: "UNAUTHENTICATED", message: "Email or password is incorrect" });
    let last: Response = wrong;
    for (let i = 0; i < 10 && last.status !== 429; i++) last = await call(login, { body: { email: user.email, password: "Wrong-Password-1" } });
    expect(last.status).toBe(429);
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
    // Locked: even the right password is refused for now.
    expect((await call(login, { body: { email: user.email, password: user.password } })).status).toBe(429);
  });

  it("refuses a suspended account", async () => {
    const user = await member();
    await db.user.update({ where: { id: user.id }, data: { status: "SUSPENDED" } });
    expect((await call(login, { body: { email: user.email, password: user.password } })).status).toBe(403);
  });

  it("asks for the second factor with TWO_FACTOR_REQUIRED, refuses a wrong code, takes a TOTP or a recovery code once", async () => {
    const user = await member();
    const { secret } = await startTwoFactorEnrollment({ actor: user.actor });
    const { recoveryCodes } = await confirmTwoFactorEnrollment({ actor: user.actor, code: totp(secret, -30) });
    const credentials = { email: user.email, password: user.password };

    const asked = await call(login, { body: credentials });
    expect(asked.status).toBe(401);
    const { error } = await asked.json();
    expect(error.code).toBe("TWO_FACTOR_REQUIRED");
    expect(error.requestId).toBe(asked.headers.get("x-request-id"));
    expect(await db.refreshToken.count({ where: { userId: user.id } })).toBe(0);

    const wrongCode = await call(login, { body: { ...credentials, code: totp(secret) === "000000" ? "111111" : "000000" } });
    expect(wrongCode.status).toBe(401);
    expect((await wrongCode.json()).error.code).toBe("UNAUTHENTICATED");

    const withTotp = await call(login, { body: { ...credentials, code: totp(secret) } });
    expect(withTotp.status).toBe(200);
    expect((await call(me, { bearer: (await withTotp.json()).data.accessToken })).status).toBe(200);

    expect((await call(login, { body: { ...credentials, code: recoveryCodes[0] } })).status).toBe(200);
    expect((await call(login, { body: { ...credentials, code: recoveryCodes[0] } })).status).toBe(401);
  });
});

describe("[API v1] tokens", () => {
  it("revokes the whole family when a rotated refresh token is used again: the newer token stops working too", async () => {
    const first = await issueTokens({ userId: (await createUser()).id });
    const rotated = await call(refresh, { body: { refreshToken: first.refreshToken } });
    expect(rotated.status).toBe(200);
    const { data: second } = await rotated.json();
    const replay = await call(refresh, { body: { refreshToken: first.refreshToken } });
    expect(replay.status).toBe(401);
    expect((await replay.json()).error.code).toBe("UNAUTHENTICATED");
    expect((await call(refresh, { body: { refreshToken: second.refreshToken } })).status).toBe(401);
  });

  it("logout-all ends every access and refresh token of the user, on every device", async () => {
    const userId = (await createUser()).id;
    const phone = await issueTokens({ userId, deviceName: "phone" });
    const tablet = await issueTokens({ userId, deviceName: "tablet" });
    expect((await call(me, { bearer: tablet.accessToken })).status).toBe(200);
    expect((await call(logoutAll, { bearer: phone.accessToken })).status).toBe(204);
    for (const tokens of [phone, tablet]) {
      expect((await call(me, { bearer: tokens.accessToken })).status).toBe(401);
      expect((await call(refresh, { body: { refreshToken: tokens.refreshToken } })).status).toBe(401);
    }
  });

  it("stops a suspended user's access token at once, and their refresh token", async () => {
    const userId = (await createUser()).id;
    const tokens = await issueTokens({ userId });
    expect((await call(me, { bearer: tokens.accessToken })).status).toBe(200);
    await db.user.update({ where: { id: userId }, data: { status: "SUSPENDED" } });
    expect((await call(me, { bearer: tokens.accessToken })).status).toBe(401);
    expect((await call(refresh, { body: { refreshToken: tokens.refreshToken } })).status).toBe(401);
  });

  it("logout revokes the refresh token it is given, and only that sign-in", async () => {
    const userId = (await createUser()).id;
    const phone = await issueTokens({ userId });
    const tablet = await issueTokens({ userId });
    expect((await call(logout, { body: { refreshToken: phone.refreshToken } })).status).toBe(204);
    expect((await call(refresh, { body: { refreshToken: phone.refreshToken } })).status).toBe(401);
    expect((await call(refresh, { body: { refreshToken: tablet.refreshToken } })).status).toBe(200);
    expect((await call(logout, { body: {} })).status).toBe(400);
  });

  it("resolves the web session to the same actor when no Bearer token is sent, but never behind a bad one", async () => {
    const user = await member();
    session.actor = user.actor;
    try {
      const viaCookie = await call(me);
      expect(viaCookie.status).toBe(200);
      expect((await viaCookie.json()).data.id).toBe(user.id);
      expect((await call(me, { bearer: "not-a-token" })).status).toBe(401);
    } finally {
      session.actor = null;
    }
  });
});
