// The address book: shipping and billing addresses with at most one default of each kind.
// Changes run in a transaction that first locks the user's row, so two requests cannot both make
// a default (the partial unique index addresses_one_default_per_kind is the last line of defence).
// Another user's address id is answered NOT_FOUND, exactly like an id that does not exist.
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { db, type AddressKind, type DbTx, type Prisma } from "../../db";
import { AppError, notFound } from "../../errors";
import { activeUserId } from "./active-user";
import { parseInput, ZAddressInput, ZAddressPatch, type TAddressInput, type TAddressPatch } from "./profile.schema";

export const MAX_ADDRESSES = 50;

const addressSelect = {
  id: true,
  kind: true,
  isDefault: true,
  fullName: true,
  line1: true,
  line2: true,
  city: true,
  region: true,
  postalCode: true,
  country: true,
  phone: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.AddressSelect;

export type AddressView = Prisma.AddressGetPayload<{ select: typeof addressSelect }>;

/** Runs fn with the user's row locked: address-book changes for one user happen one at a time. */
async function withAddressBook<T>(actor: Actor | null, fn: (tx: DbTx, userId: string, actor: Actor) => Promise<T>): Promise<T> {
  const userId = await activeUserId(actor, "address:list");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM users WHERE id = ${userId} FOR UPDATE`;
    return fn(tx, userId, actor!);
  });
}

/** The address, if it is the actor's; someone else's answers NOT_FOUND like a missing one. */
async function ownAddress(tx: DbTx, actor: Actor, action: "address:update" | "address:delete", id: unknown) {
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw notFound("Address");
  const address = await tx.address.findUnique({ where: { id } });
  if (!address) throw notFound("Address");
  authorize(actor, action, { kind: "address", ownerId: address.userId }, "Address");
  return address;
}

const clearDefault = (tx: DbTx, userId: string, kind: AddressKind, exceptId?: string) =>
  tx.address.updateMany({ where: { userId, kind, isDefault: true, ...(exceptId ? { id: { not: exceptId } } : {}) }, data: { isDefault: false } });

export async function listAddresses({ actor }: { actor: Actor | null }): Promise<AddressView[]> {
  const userId = await activeUserId(actor, "address:list");
  return db.address.findMany({
    where: { userId },
    select: addressSelect,
    orderBy: [{ kind: "asc" }, { isDefault: "desc" }, { createdAt: "asc" }],
  });
}

export async function createAddress({ actor, input }: { actor: Actor | null; input: TAddressInput | unknown }): Promise<AddressView> {
  const { isDefault, ...fields } = parseInput(ZAddressInput, input);
  return withAddressBook(actor, async (tx, userId, me) => {
    authorize(me, "address:create", { kind: "user", userId });
    const count = await tx.address.count({ where: { userId } });
    if (count >= MAX_ADDRESSES) throw new AppError("CONFLICT", `An address book holds at most ${MAX_ADDRESSES} addresses; delete one first`);
    // The first address of a kind becomes its default: checkout has something to preselect.
    const hasDefault = (await tx.address.count({ where: { userId, kind: fields.kind, isDefault: true } })) > 0;
    const makeDefault = isDefault ?? !hasDefault;
    if (makeDefault) await clearDefault(tx, userId, fields.kind);
    return tx.address.create({
      data: { ...fields, line2: fields.line2 ?? null, region: fields.region ?? null, phone: fields.phone ?? null, userId, isDefault: makeDefault },
      select: addressSelect,
    });
  });
}

export async function updateAddress({ actor, id, input }: { actor: Actor | null; id: string; input: TAddressPatch | unknown }): Promise<AddressView> {
  const patch = parseInput(ZAddressPatch, input);
  return withAddressBook(actor, async (tx, userId, me) => {
    const existing = await ownAddress(tx, me, "address:update", id);
    const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    // Validated whole: a new country must agree with the (possibly unchanged) postal code.
    const { isDefault: _ignored, ...fields } = parseInput(ZAddressInput, { ...existing, ...changes });
    const kindChanged = fields.kind !== existing.kind;
    // Moving a default to the other kind does not silently take over that kind's default.
    const isDefault = patch.isDefault ?? (kindChanged ? false : existing.isDefault);
    if (isDefault) await clearDefault(tx, userId, fields.kind, existing.id);
    return tx.address.update({
      where: { id: existing.id },
      data: { ...fields, line2: fields.line2 ?? null, region: fields.region ?? null, phone: fields.phone ?? null, isDefault },
      select: addressSelect,
    });
  });
}

/** Deleting the default is allowed: that kind simply has no default until the user picks one. */
export async function deleteAddress({ actor, id }: { actor: Actor | null; id: string }): Promise<void> {
  await withAddressBook(actor, async (tx, _userId, me) => {
    const existing = await ownAddress(tx, me, "address:delete", id);
    await tx.address.delete({ where: { id: existing.id } });
  });
}

export async function setDefaultAddress({ actor, id }: { actor: Actor | null; id: string }): Promise<AddressView> {
  return withAddressBook(actor, async (tx, userId, me) => {
    const existing = await ownAddress(tx, me, "address:update", id);
    await clearDefault(tx, userId, existing.kind, existing.id);
    return tx.address.update({ where: { id: existing.id }, data: { isDefault: true }, select: addressSelect });
  });
}
