// Builds the demo's people in memory: admin, sellers with their stores and shipping methods, the
// pending applicant, buyers with their address books; plus tax rates and coupons.
import type { Prisma } from "../../lib/db";
import { APPLICANT_STORE, COUNTRIES, COUNTRY_WEIGHTS, FIRST_NAMES, LAST_NAMES, STORES, type CountryDef, type StoreDef } from "./people-data";
import type { Random } from "./random";
import { DAY, newId } from "./util";

export const DEMO_PASSWORD = "bazaar-demo";
export const DEMO_BUYER_COUNT = 20;

export const DEMO_LOGINS = {
  password: DEMO_PASSWORD,
  admin: "admin@bazaar.test",
  sellers: STORES.map((_, i) => `seller${i + 1}@bazaar.test`),
  /** Owner of a store still waiting for approval. */
  applicant: "applicant@bazaar.test",
  /** buyer1…buyer16 have past orders; buyer17…buyer20 have none yet. */
  buyers: Array.from({ length: DEMO_BUYER_COUNT }, (_, i) => `buyer${i + 1}@bazaar.test`),
  /** One account per kind of user, for the start script's banner and the README. */
  accounts: [
    { email: "admin@bazaar.test", role: "ADMIN", label: "admin" },
    { email: "seller1@bazaar.test", role: "SELLER", label: "seller, Northwind Outfitters" },
    { email: "buyer1@bazaar.test", role: "BUYER", label: "buyer with past orders" },
    { email: "applicant@bazaar.test", role: "BUYER", label: "store application pending" },
  ] as { email: string; role: "ADMIN" | "SELLER" | "BUYER"; label: string }[],
} as const;

export const DEMO_STORE_SLUGS: readonly string[] = STORES.map((s) => s.slug);

export interface SeedStore {
  id: string;
  def: StoreDef;
  ownerId: string;
  standard: { id: string; name: string; rateCents: number; freeOverCents: number | null };
  express: { id: string; name: string; rateCents: number; freeOverCents: number | null };
}

export interface SeedBuyer {
  id: string;
  email: string;
  name: string;
  country: CountryDef;
  /** Snapshot of the default shipping address, as orders store it. */
  shippingAddress: Record<string, string | null>;
}

export interface People {
  users: Prisma.UserCreateManyInput[];
  stores: Prisma.StoreCreateManyInput[];
  shippingMethods: Prisma.ShippingMethodCreateManyInput[];
  addresses: Prisma.AddressCreateManyInput[];
  taxRates: Prisma.TaxRateCreateManyInput[];
  coupons: Prisma.CouponCreateManyInput[];
  adminId: string;
  sellerStores: SeedStore[];
  buyers: SeedBuyer[];
  couponIds: { welcome: string; save5: string };
}

function address(rng: Random, country: CountryDef, fullName: string) {
  const place = rng.pick(country.places);
  const street = rng.pick(country.streets);
  const number = rng.int(2, 240);
  return {
    fullName,
    line1: country.numberFirst ? `${number} ${street}` : `${street} ${number}`,
    line2: rng.chance(0.25) ? `Apt ${rng.int(1, 40)}` : null,
    city: place.city,
    region: place.region,
    postalCode: place.postalCode,
    country: country.code,
    phone: `${country.phonePrefix} ${rng.digits(3)}`,
  };
}

export function buildPeople(rng: Random, now: Date, passwordHash: string): People {
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const users: Prisma.UserCreateManyInput[] = [];
  const user = (email: string, name: string, role: "ADMIN" | "SELLER" | "BUYER", daysAgo: number) => {
    const id = newId();
    users.push({ id, email, name, role, passwordHash, emailVerified: at(daysAgo - 0.01), createdAt: at(daysAgo) });
    return id;
  };

  const adminId = user(DEMO_LOGINS.admin, "Bazaar Admin", "ADMIN", 200);

  const stores: Prisma.StoreCreateManyInput[] = [];
  const shippingMethods: Prisma.ShippingMethodCreateManyInput[] = [];
  const sellerStores = STORES.map((def, i): SeedStore => {
    const ownerId = user(DEMO_LOGINS.sellers[i]!, def.sellerName, "SELLER", 180 - i * 5);
    const id = newId();
    stores.push({
      id,
      ownerId,
      slug: def.slug,
      name: def.name,
      description: def.description,
      status: "APPROVED",
      approvedAt: at(170 - i * 5),
      createdAt: at(178 - i * 5),
    });
    const standard = { id: newId(), name: "Standard", rateCents: def.standard.rateCents, freeOverCents: def.standard.freeOverCents };
    const express = { id: newId(), name: "Express", rateCents: def.express.rateCents, freeOverCents: null };
    shippingMethods.push(
      { ...standard, storeId: id, minDays: def.standard.minDays, maxDays: def.standard.maxDays, position: 0 },
      { ...express, storeId: id, minDays: def.express.minDays, maxDays: def.express.maxDays, position: 1 },
    );
    return { id, def, ownerId, standard, express };
  });

  const applicantId = user(DEMO_LOGINS.applicant, APPLICANT_STORE.sellerName, "BUYER", 4);
  stores.push({
    id: newId(),
    ownerId: applicantId,
    slug: APPLICANT_STORE.slug,
    name: APPLICANT_STORE.name,
    description: APPLICANT_STORE.description,
    status: "PENDING",
    createdAt: at(2),
  });

  const addresses: Prisma.AddressCreateManyInput[] = [];
  const countryCodes = Object.keys(COUNTRY_WEIGHTS);
  const buyers = DEMO_LOGINS.buyers.map((email, i): SeedBuyer => {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`;
    const id = user(email, name, "BUYER", 120 - i * 3);
    // The first buyer is in the US so the README's walk-through sees dollars and sales tax.
    const code = i === 0 ? "US" : rng.weighted(countryCodes, Object.values(COUNTRY_WEIGHTS));
    const country = COUNTRIES.find((c) => c.code === code)!;
    const home = address(rng, country, name);
    addresses.push({ id: newId(), userId: id, kind: "SHIPPING", isDefault: true, ...home });
    if (rng.chance(0.3)) addresses.push({ id: newId(), userId: id, kind: "SHIPPING", isDefault: false, ...address(rng, country, name), line2: "c/o Office" });
    if (rng.chance(0.4)) addresses.push({ id: newId(), userId: id, kind: "BILLING", isDefault: true, ...address(rng, country, name) });
    return { id, email, name, country, shippingAddress: home };
  });

  const taxRates = COUNTRIES.map((c) => ({ country: c.code, rateBps: c.taxBps, label: c.taxLabel }));

  const welcome = newId();
  const save5 = newId();
  const coupons: Prisma.CouponCreateManyInput[] = [
    { id: welcome, code: "WELCOME10", description: "10 % off your first order", type: "PERCENT", value: 10, perUserLimit: 1, startsAt: at(150) },
    { id: save5, code: "SAVE5", description: "$5 off orders over $25", type: "FIXED", value: 500, minSubtotalCents: 2500, startsAt: at(90) },
    {
      id: newId(),
      code: "NORTHWIND15",
      description: "15 % off everything at Northwind Outfitters",
      type: "PERCENT",
      value: 15,
      storeId: sellerStores[0]!.id,
      startsAt: at(10),
      endsAt: at(-30),
      usageLimit: 500,
    },
    { id: newId(), code: "SUMMER20", description: "Summer sale (ended)", type: "PERCENT", value: 20, startsAt: at(150), endsAt: at(60) },
  ];

  return { users, stores, shippingMethods, addresses, taxRates, coupons, adminId, sellerStores, buyers, couponIds: { welcome, save5 } };
}
