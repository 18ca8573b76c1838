import { NextResponse } from "next/server";
import { deleteAddress, updateAddress, type AddressView } from "@/lib/accounts/profile";
import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";

type Params = { id: string };
export type PatchAddressResponse = { data: AddressView };

// PATCH /api/v1/me/addresses/{id} — change some fields; `isDefault: true` makes it the default of its kind
export const PATCH = withAuth<Params>(async (request, { actor, params }) => {
  const data = await updateAddress({ actor, id: params.id, input: await readJson(request) });
  return NextResponse.json({ data } satisfies PatchAddressResponse);
});

// DELETE /api/v1/me/addresses/{id} — remove an address (a deleted default leaves its kind without one)
export const DELETE = withAuth<Params>(async (_request, { actor, params }) => {
  await deleteAddress({ actor, id: params.id });
  return new Response(null, { status: 204 });
});

export const { GET, HEAD, POST, PUT, OPTIONS } = otherMethods("PATCH", "DELETE");
