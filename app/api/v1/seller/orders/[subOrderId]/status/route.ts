import { NextResponse } from "next/server";
import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { changeStoreOrderStatus } from "@/lib/orders/change-status";
import { getStoreOrder, type StoreOrderView } from "@/lib/orders/get-order";

type Params = { subOrderId: string };
export type PostSellerOrderStatusResponse = { data: StoreOrderView };

// POST /api/v1/seller/orders/{subOrderId}/status — move a part along (preparing, in transit with
// tracking, delivered, cancelled); answers with the part as it is now
export const POST = withAuth<Params>(async (request, { actor, params }) => {
  const input = await readJson(request);
  await changeStoreOrderStatus({ actor, subOrderId: params.subOrderId, input });
  const data = await getStoreOrder({ actor, subOrderId: params.subOrderId });
  return NextResponse.json({ data } satisfies PostSellerOrderStatusResponse);
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
