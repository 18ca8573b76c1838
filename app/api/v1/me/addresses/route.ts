import { NextResponse } from "next/server";
import { createAddress, listAddresses, type AddressView } from "@/lib/accounts/profile";
import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";

export type GetAddressesResponse = { data: AddressView[] };
export type PostAddressResponse = { data: AddressView };

// GET /api/v1/me/addresses — the signed-in user's address book, defaults first within each kind
export const GET = withAuth(async (_request, { actor }) => {
  return NextResponse.json({ data: await listAddresses({ actor }) } satisfies GetAddressesResponse);
});

// POST /api/v1/me/addresses — add an address (the first of a kind becomes its default)
export const POST = withAuth(async (request, { actor }) => {
  const data = await createAddress({ actor, input: await readJson(request) });
  return NextResponse.json({ data } satisfies PostAddressResponse, { status: 201 });
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
