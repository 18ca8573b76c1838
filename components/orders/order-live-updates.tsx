"use client";
// Keeps a shopper's order pages current: every "order.updated" on their private channel (paid, a
// seller's change of status, a refund confirmed) re-renders the page from the server.
import { useRouter } from "next/navigation";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { useChannelEvent } from "@/components/realtime/use-channel-event";
import { userChannel, type RealtimeClientConfig } from "@/lib/realtime/shared";

interface Props {
  config: RealtimeClientConfig;
  userId: string;
  /** ORDER_UPDATED_EVENT, handed down by the server page (its module is server-only). */
  event: string;
  /** Only this order's updates; all of the shopper's orders when left out (the list). */
  orderId?: string;
}

function RefreshOnOrderUpdate({ userId, event, orderId }: Omit<Props, "config">) {
  const router = useRouter();
  useChannelEvent<{ orderId?: string } | null>(userChannel(userId), event, (data) => {
    if (orderId && data?.orderId !== orderId) return;
    router.refresh();
  });
  return null;
}

export function OrderLiveUpdates({ config, ...rest }: Props) {
  return (
    <RealtimeProvider config={config}>
      <RefreshOnOrderUpdate {...rest} />
    </RealtimeProvider>
  );
}
