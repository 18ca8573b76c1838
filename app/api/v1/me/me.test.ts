// [API v1] /me, /me/avatar, /me/addresses, /me/delete and /auth/2fa/*, called as a mobile app would:
// the real handlers with real Bearer tokens.
import { NextRequest } from "next/server";
import { Secret, TOTP } from "otpauth";
import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { issueTokens } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { createUser } from "@/lib/testing/factories";
import { POST as confirm2fa } from "../auth/2fa/confirm/route";
import { POST as disable2fa } from "../auth/2fa/disable/route";
import { POST as enroll2fa } from "../auth/2fa/enroll/route";
import { DELETE as deleteAddress, PATCH as patchAddress } from "./addresses/[id]/route";
import { GET as listAddresses, POST as addAddress } from "./addresses/route";
import { POST as uploadAvatar } from "./avatar/route";
import { POST as deleteAccount } from "./delete/route";
import { GET as getMe, PATCH as patchMe } from "./route";

// No web session in these tests: only Bearer tokens.
vi.mock("@/lib/auth", () => ({ getActor: async () => null }));

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

async function member(password?: string) {
  const user = await createUser();
  if (password) await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password, 4) } });
  const { accessToken } = await issueTokens({ userId: user.id });
  return { user, token: accessToken };
}

function call<P = Record<string, string>>(
  handler: Handler<P>,
  { token, json, form, params, method = "POST" }: { token?: string; json?: unknown; form?: FormData; params?: P; method?: string },
) {
  const headers = new Headers();
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (json !== undefined) headers.set("content-type", "application/json");
  const body = form ?? (json === undefined ? undefined : JSON.stringify(json));
  return handler(new NextRequest("http://localhost/api/v1/test", { method, headers, body }), { params: Promise.resolve((params ?? {}) as P) });
}

const address = { kind: "SHIPPING", fullName: "Ada Lovelace", line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" };

describe("[API v1] /me", () => {
  it("GET answers the caller's profile, and 401 without a token", async () => {
    const { user, token } = await member();
    const response = await call(getMe, { token, method: "GET" });
    expect(response.status).toBe(200);
    expect((await response.json()).data).toMatchObject({ id: user.id, email: user.email, twoFactorEnabled: false });
    expect((await call(getMe, { method: "GET" })).status).toBe(401);
  });

  it("PATCH changes name and phone, and answers 400 with field errors for bad input", async () => {
    const { token } = await member();
    const bad = await call(patchMe, { token, method: "PATCH", json: { name: "", phone: "555" } });
    expect(bad.status).toBe(400);
    const { error } = await bad.json();
    expect(Object.keys(error.fields).sort()).toEqual(["name", "phone"]);
    const ok = await call(patchMe, { token, method: "PATCH", json: { phone: "+1 415 555 0100" } });
    expect((await ok.json()).data).toMatchObject({ name: "Test User", phone: "+14155550100" });
  });

  it("POST /me/avatar stores a 256 px WebP and refuses other types and oversize files", async () => {
    const { token } = await member();
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#0a0" } }).png().toBuffer();
    const form = new FormData();
    form.set("file", new File([new Uint8Array(png)], "me.png", { type: "image/png" }));
    const ok = await call(uploadAvatar, { token, form });
    expect(ok.status).toBe(200);
    expect((await ok.json()).data.avatarUrl).toMatch(/\.webp$/);

    const pdf = new FormData();
    pdf.set("file", new File([new TextEncoder().encode("%PDF-1.7\n")], "me.png", { type: "image/png" }));
    expect((await call(uploadAvatar, { token, form: pdf })).status).toBe(415);

    const big = new FormData();
    big.set("file", new File([new Uint8Array(5 * 1024 * 1024 + 10)], "big.png", { type: "image/png" }));
    const tooBig = await call(uploadAvatar, { token, form: big });
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).error.message).toMatch(/5 MB/);

    expect((await call(uploadAvatar, { token, form: new FormData() })).status).toBe(400);
  });
});

describe("[API v1] /me/addresses", () => {
  it("adds, lists, changes and deletes the caller's addresses; another user's id is a 404", async () => {
    const owner = await member();
    const other = await member();
    const created = await call(addAddress, { token: owner.token, json: address });
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect(data).toMatchObject({ isDefault: true, country: "US" });

    const invalid = await call(addAddress, { token: owner.token, json: { ...address, country: "ZZ", postalCode: "" } });
    expect(invalid.status).toBe(400);
    expect(Object.keys((await invalid.json()).error.fields).sort()).toEqual(["country", "postalCode"]);

    const foreignPatch = await call(patchAddress, { token: other.token, method: "PATCH", params: { id: data.id }, json: { city: "Shelbyville" } });
    expect(foreignPatch.status).toBe(404);
    expect(JSON.stringify(await foreignPatch.json())).not.toContain("Springfield");
    expect((await call(deleteAddress, { token: other.token, method: "DELETE", params: { id: data.id } })).status).toBe(404);
    expect((await (await call(listAddresses, { token: other.token, method: "GET" })).json()).data).toEqual([]);

    const patched = await call(patchAddress, { token: owner.token, method: "PATCH", params: { id: data.id }, json: { city: "Shelbyville" } });
    expect((await patched.json()).data.city).toBe("Shelbyville");
    expect((await call(deleteAddress, { token: owner.token, method: "DELETE", params: { id: data.id } })).status).toBe(204);
    expect((await (await call(listAddresses, { token: owner.token, method: "GET" })).json()).data).toEqual([]);
  });
});

describe("[API v1] /auth/2fa", () => {
  it("enrolls, confirms with a code, and disables with a recovery code", async () => {
    const { user, token } = await member();
    const enrolled = await call(enroll2fa, { token });
    expect(enrolled.headers.get("cache-control")).toBe("no-store");
    const { secret, qrCodeDataUrl } = (await enrolled.json()).data;
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);

    expect((await call(confirm2fa, { token, json: { code: "000000x" } })).status).toBe(400);
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
    const confirmed = await call(confirm2fa, { token, json: { code } });
    expect(confirmed.status).toBe(200);
    const { recoveryCodes } = (await confirmed.json()).data;
    expect(recoveryCodes).toHaveLength(10);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabledAt).not.toBeNull();

    expect((await call(disable2fa, { token, json: {} })).status).toBe(400);
    expect((await call(disable2fa, { token, json: { code } })).status).toBe(400); // already used
    expect((await call(disable2fa, { token, json: { code: recoveryCodes[0] } })).status).toBe(204);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).twoFactorEnabledAt).toBeNull();
  });
});

describe("[API v1] /me/delete", () => {
  it("needs the password, then erases the account and ends the token", async () => {
    const { user, token } = await member("a long enough password");
    expect((await call(deleteAccount, { token, json: { password: "wrong password" } })).status).toBe(400);
    expect((await call(deleteAccount, { token, json: {} })).status).toBe(400);
    expect((await call(deleteAccount, { token, json: { password: "a long enough password" } })).status).toBe(204);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).not.toBeNull();
    expect((await call(getMe, { token, method: "GET" })).status).toBe(401);
  });
});
