"use client";
// Keeps an order page current: every "order.updated" on the store's private channel (a payment, the
// buyer cancelling, a change from another tab, a refund confirmed) re-renders the page from the server.
import { useRouter } from "next/navigation";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { useChannelEvent } from "@/components/realtime/use-channel-event";
import { storeChannel, type RealtimeClientConfig } from "@/lib/realtime/shared";

/** Must match ORDER_UPDATED_EVENT in lib/orders/notify-order.ts (server-only, so not imported here). */
export const ORDER_UPDATED = "order.updated";

function RefreshOnOrderUpdate({ storeId, orderId }: { storeId: string; orderId?: string }) {
  const router = useRouter();
  useChannelEvent<{ orderId?: string }>(storeChannel(storeId), ORDER_UPDATED, (data) => {
    // One order's page ignores the store's other orders.
    if (orderId && data?.orderId !== orderId) return;
    router.refresh();
  });
  return null;
}

export function StoreOrdersLive({ config, storeId, orderId }: { config: RealtimeClientConfig; storeId: string; orderId?: string }) {
  return (
    <RealtimeProvider config={config}>
      <RefreshOnOrderUpdate storeId={storeId} orderId={orderId} />
    </RealtimeProvider>
  );
}
