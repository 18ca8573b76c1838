"use client";
// Subscribes to one event on one channel while the component is mounted.
import { useContext, useEffect, useEffectEvent } from "react";
import type { RealtimeHandler } from "@/lib/realtime/browser";
import { RealtimeContext } from "./realtime-provider";

/**
 * Calls `handler` for every `event` on `channel` (pass null to listen to nothing, e.g. while signed
 * out). The latest handler is always the one called, without resubscribing when it changes.
 */
export function useChannelEvent<T = unknown>(
  channel: string | null,
  event: string,
  handler: (data: T, metadata?: { user_id?: string }) => void,
) {
  const client = useContext(RealtimeContext);
  if (!client) throw new Error("useChannelEvent must be used inside <RealtimeProvider>");
  const onEvent = useEffectEvent((data: unknown, metadata?: { user_id?: string }) => handler(data as T, metadata));

  useEffect(() => {
    if (!channel) return;
    const listener: RealtimeHandler = (data, metadata) => onEvent(data, metadata);
    return client.listen(channel, event, listener);
  }, [client, channel, event]);
}
