// [ADDRESSES] validation, one default per kind, and other users' ids answering NOT_FOUND.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor, refusal } from "@/lib/testing/factories";
import { createAddress, deleteAddress, listAddresses, setDefaultAddress, updateAddress } from ".";

const newActor = () => createActor();


const valid = (overrides: Record<string, unknown> = {}) => ({
  kind: "SHIPPING",
  fullName: "Ada Lovelace",
  line1: "12 St James's Square",
  city: "London",
  postalCode: "sw1y 4jh",
  country: "gb",
  ...overrides,
});

const defaults = async (userId: string) =>
  (await db.address.findMany({ where: { userId, isDefault: true }, select: { id: true, kind: true } })).sort((a, b) => a.kind.localeCompare(b.kind));

describe("[ADDRESSES] validation", () => {
  it("stores a valid address, normalising country and postal code", async () => {
    const actor = await newActor();
    const address = await createAddress({ actor, input: valid({ line2: "", region: "", phone: "+44 20 7946 0958" }) });
    expect(address).toMatchObject({ country: "GB", postalCode: "SW1Y 4JH", line2: null, region: null, phone: "+442079460958", kind: "SHIPPING" });
  });

  it("refuses missing lines, unknown countries, bad postal codes and unknown kinds with field errors", async () => {
    const actor = await newActor();
    const missing = await refusal(createAddress({ actor, input: { kind: "SHIPPING", country: "US" } }));
    expect(missing.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(missing.fields ?? {})).toEqual(expect.arrayContaining(["fullName", "line1", "city", "postalCode"]));

    const cases: Array<[Record<string, unknown>, string]> = [
      [{ country: "XX" }, "country"],
      [{ country: "UK" }, "country"], // not an ISO code: the UK is GB
      [{ country: "USA" }, "country"],
      [{ country: "US", postalCode: "1234" }, "postalCode"],
      [{ country: "GB", postalCode: "12345" }, "postalCode"],
      [{ country: "FR", postalCode: "!!" }, "postalCode"],
      [{ kind: "WAREHOUSE" }, "kind"],
      [{ line1: "x".repeat(201) }, "line1"],
      [{ phone: "12345" }, "phone"],
    ];
    for (const [overrides, field] of cases) {
      const error = await refusal(createAddress({ actor, input: valid(overrides) }));
      expect(error.fields?.[field], JSON.stringify(overrides)).toBeDefined();
    }
    // Countries without a known pattern take any reasonable code.
    await createAddress({ actor, input: valid({ country: "KE", postalCode: "00100" }) });
    await createAddress({ actor, input: valid({ country: "US", postalCode: "94105-1234" }) });
    expect(await listAddresses({ actor })).toHaveLength(2);
  });

  it("validates a change against the stored address: a new country must fit the postal code", async () => {
    const actor = await newActor();
    const address = await createAddress({ actor, input: valid() });
    expect((await refusal(updateAddress({ actor, id: address.id, input: { country: "US" } }))).fields?.postalCode).toBeDefined();
    const moved = await updateAddress({ actor, id: address.id, input: { country: "US", postalCode: "10001", city: "New York" } });
    expect(moved).toMatchObject({ country: "US", postalCode: "10001", city: "New York", fullName: "Ada Lovelace" });
  });
});

describe("[ADDRESSES] one default of each kind", () => {
  it("makes the first address of a kind its default, and a new default replaces the old one", async () => {
    const actor = await newActor();
    const home = await createAddress({ actor, input: valid() });
    const office = await createAddress({ actor, input: valid({ line1: "1 Office Street" }) });
    const billing = await createAddress({ actor, input: valid({ kind: "BILLING" }) });
    expect(home.isDefault).toBe(true);
    expect(office.isDefault).toBe(false);
    expect(billing.isDefault).toBe(true);

    const third = await createAddress({ actor, input: valid({ line1: "3 Third Road", isDefault: true }) });
    expect(await defaults(actor.userId)).toEqual([
      { id: billing.id, kind: "BILLING" },
      { id: third.id, kind: "SHIPPING" },
    ]);
    await setDefaultAddress({ actor, id: office.id });
    expect(await defaults(actor.userId)).toEqual([
      { id: billing.id, kind: "BILLING" },
      { id: office.id, kind: "SHIPPING" },
    ]);
  });

  it("keeps one default per kind when requests race", async () => {
    const actor = await newActor();
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await createAddress({ actor, input: valid({ line1: `${i} Race Street` }) })).id);
    await Promise.all(ids.map((id) => setDefaultAddress({ actor, id })));
    expect((await defaults(actor.userId)).filter((d) => d.kind === "SHIPPING")).toHaveLength(1);
  });

  it("moving a default address to the other kind does not take over that kind's default", async () => {
    const actor = await newActor();
    const shipping = await createAddress({ actor, input: valid() });
    const billing = await createAddress({ actor, input: valid({ kind: "BILLING" }) });
    const moved = await updateAddress({ actor, id: shipping.id, input: { kind: "BILLING" } });
    expect(moved.isDefault).toBe(false);
    expect(await defaults(actor.userId)).toEqual([{ id: billing.id, kind: "BILLING" }]);
  });

  it("allows deleting the default, and promotes no other address in its place", async () => {
    const actor = await newActor();
    const home = await createAddress({ actor, input: valid() });
    const other = await createAddress({ actor, input: valid({ line1: "2 Other Lane" }) });
    await deleteAddress({ actor, id: home.id });
    expect(await listAddresses({ actor })).toMatchObject([{ id: other.id, isDefault: false }]);
    expect(await defaults(actor.userId)).toEqual([]);
  });

  it("the database itself refuses a second default of a kind", async () => {
    const actor = await newActor();
    const home = await createAddress({ actor, input: valid() });
    const row = { userId: actor.userId, kind: "SHIPPING" as const, fullName: "A", line1: "1 Road", city: "London", postalCode: "SW1Y 4JH", country: "GB" };
    await expect(db.address.create({ data: { ...row, isDefault: true } })).rejects.toThrow();
    expect(await defaults(actor.userId)).toEqual([{ id: home.id, kind: "SHIPPING" }]);
  });
});

describe("[ADDRESSES] ownership", () => {
  it("answers NOT_FOUND for another user's address and leaves it untouched", async () => {
    const owner = await newActor();
    const intruder = await newActor();
    const address = await createAddress({ actor: owner, input: valid() });
    const attempts = [
      () => updateAddress({ actor: intruder, id: address.id, input: { city: "Elsewhere" } }),
      () => deleteAddress({ actor: intruder, id: address.id }),
      () => setDefaultAddress({ actor: intruder, id: address.id }),
    ];
    for (const attempt of attempts) {
      const error = await refusal(attempt());
      expect(error.code).toBe("NOT_FOUND");
      expect(error.message).toBe("Address not found");
    }
    expect(await listAddresses({ actor: intruder })).toEqual([]);
    expect(await db.address.findUniqueOrThrow({ where: { id: address.id } })).toMatchObject({ city: "London", userId: owner.userId });
    // The same answer as for an id that does not exist at all.
    expect((await refusal(deleteAddress({ actor: intruder, id: "no-such-address" }))).code).toBe("NOT_FOUND");
  });

  it("refuses anonymous callers", async () => {
    await expect(listAddresses({ actor: null })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(createAddress({ actor: null, input: valid() })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
