// [PROFILE] name, phone and avatar, through the real uploads module and sharp.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor, refusal } from "@/lib/testing/factories";
import { readLocalUpload } from "@/lib/uploads";
import { getProfile, updateAvatar, updateProfile } from ".";

const newActor = () => createActor();


const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 20 } } }).png().toBuffer();

async function storedAvatar(url: string | null) {
  expect(url).toMatch(/^\/api\/uploads\/[a-f0-9]{32}\.webp$/);
  const key = url!.split("/").pop()!;
  const file = await readLocalUpload([key]);
  expect(file).not.toBeNull();
  return { key, file: file!, meta: await sharp(file!.body).metadata() };
}

describe("[PROFILE] name and phone", () => {
  it("reads and updates the profile, normalising the phone number", async () => {
    const actor = await newActor();
    const updated = await updateProfile({ actor, input: { name: "  Ada Lovelace ", phone: "+44 (20) 7946-0958" } });
    expect(updated).toMatchObject({ name: "Ada Lovelace", phone: "+442079460958", email: actor.email, avatarUrl: null });
    expect(await getProfile({ actor })).toMatchObject({ name: "Ada Lovelace", phone: "+442079460958" });
    // An empty phone clears it.
    expect((await updateProfile({ actor, input: { name: "Ada", phone: "" } })).phone).toBeNull();
  });

  it("refuses an empty or too long name and a phone that is not in international format", async () => {
    const actor = await newActor();
    const empty = await refusal(updateProfile({ actor, input: { name: "   ", phone: "" } }));
    expect(empty.code).toBe("VALIDATION_FAILED");
    expect(empty.fields?.name).toBeDefined();
    expect((await refusal(updateProfile({ actor, input: { name: "x".repeat(101) } }))).fields?.name).toBeDefined();
    for (const phone of ["0207 946 0958", "+0 123 456 789", "+1 555", "call me", `+${"1".repeat(16)}`]) {
      const error = await refusal(updateProfile({ actor, input: { name: "Ada", phone } }));
      expect(error.fields?.phone, phone).toBeDefined();
    }
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(user.name).toBe("Test User");
  });

  it("refuses anonymous callers", async () => {
    await expect(getProfile({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(updateProfile({ actor: null, input: { name: "X" } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("[PROFILE] avatar", () => {
  it("turns a real PNG into a 256×256 WebP, stores only that, and replaces the previous avatar", async () => {
    const actor = await newActor();
    const first = await updateAvatar({ actor, data: new Blob([new Uint8Array(await png(900, 600))]), filename: "me.png", declaredType: "image/png" });
    const stored = await storedAvatar(first.avatarUrl);
    expect(stored.file.contentType).toBe("image/webp");
    expect(stored.meta).toMatchObject({ format: "webp", width: 256, height: 256 });
    const rows = await db.upload.findMany({ where: { ownerId: actor.userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ purpose: "avatar", contentType: "image/webp" });

    const second = await updateAvatar({ actor, data: new Uint8Array(await png(100, 300)), filename: "tall.png" });
    const replaced = await storedAvatar(second.avatarUrl);
    expect(replaced.meta).toMatchObject({ format: "webp", width: 256, height: 256 });
    expect(second.avatarUrl).not.toBe(first.avatarUrl);
    expect(await db.upload.count({ where: { ownerId: actor.userId } })).toBe(1);
    expect(await readLocalUpload([stored.key])).toBeNull();
  });

  it("refuses a file over 5 MB with a clear message", async () => {
    const actor = await newActor();
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(await png(10, 10));
    const error = await refusal(updateAvatar({ actor, data: new Blob([big]), filename: "huge.png", declaredType: "image/png" }));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toMatch(/at most 5 MB/);
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.userId } })).image).toBeNull();
  });

  it("refuses files that are not JPEG, PNG or WebP, whatever they claim to be", async () => {
    const actor = await newActor();
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } }).gif().toBuffer();
    const cases: Array<[Uint8Array, string, string]> = [
      [new Uint8Array(gif), "a.png", "image/png"],
      [new TextEncoder().encode("%PDF-1.7\n"), "avatar.jpg", "image/jpeg"],
      [new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'), "a.svg", "image/svg+xml"],
    ];
    for (const [bytes, filename, declaredType] of cases) {
      const error = await refusal(updateAvatar({ actor, data: bytes, filename, declaredType }));
      expect(error.code, filename).toBe("UNSUPPORTED_MEDIA_TYPE");
      expect(error.message).toMatch(/must be one of: JPEG, PNG, WebP/);
    }
    // A PNG sent as a JPEG: the declared type contradicts the content.
    expect((await refusal(updateAvatar({ actor, data: new Uint8Array(await png(8, 8)), filename: "x.jpg", declaredType: "image/jpeg" }))).code).toBe(
      "UNSUPPORTED_MEDIA_TYPE",
    );
    expect(await db.upload.count({ where: { ownerId: actor.userId } })).toBe(0);
  });

  it("refuses a file that only starts like a PNG", async () => {
    const actor = await newActor();
    const truncated = (await png(64, 64)).subarray(0, 40);
    const error = await refusal(updateAvatar({ actor, data: new Uint8Array(truncated), filename: "broken.png" }));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(await db.upload.count({ where: { ownerId: actor.userId } })).toBe(0);
  });
});
