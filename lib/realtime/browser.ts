// The browser side of realtime: the only module that imports pusher-js. Client components reach it
// through components/realtime (one connection per page, shared by every useChannelEvent).
import Pusher from "pusher-js";
import type { RealtimeClientConfig } from "./shared";

export type RealtimeHandler = (data: unknown, metadata?: { user_id?: string }) => void;

export interface RealtimeClient {
  /** Listens for `event` on `channel` until the returned function is called. Connects on first use. */
  listen(channel: string, event: string, handler: RealtimeHandler): () => void;
  /** Closes the connection; a later listen() opens a new one. */
  disconnect(): void;
}

/** Creating the client opens nothing: the socket is opened by the first listen(), so this is safe during render. */
export function createRealtimeClient(config: RealtimeClientConfig): RealtimeClient {
  let pusher: Pusher | null = null;
  // pusher.unsubscribe drops a channel for every listener on it: count listeners per channel instead.
  const listeners = new Map<string, number>();
  const connection = () =>
    (pusher ??= new Pusher(config.key, {
      cluster: config.cluster,
      wsHost: config.wsHost,
      wsPort: config.wsPort,
      wssPort: config.wssPort,
      forceTLS: config.forceTLS,
      enabledTransports: config.enabledTransports,
      enableStats: false,
      channelAuthorization: { transport: "ajax", endpoint: config.authEndpoint },
    }));

  return {
    listen(channel, event, handler) {
      const instance = connection();
      const subscribed = instance.subscribe(channel);
      listeners.set(channel, (listeners.get(channel) ?? 0) + 1);
      subscribed.bind(event, handler);
      let active = true;
      return () => {
        // After a disconnect the old connection is gone: nothing of it to release.
        if (!active || pusher !== instance) return;
        active = false;
        subscribed.unbind(event, handler);
        const remaining = (listeners.get(channel) ?? 1) - 1;
        if (remaining > 0) {
          listeners.set(channel, remaining);
        } else {
          listeners.delete(channel);
          instance.unsubscribe(channel);
        }
      };
    },
    disconnect() {
      listeners.clear();
      pusher?.disconnect();
      pusher = null;
    },
  };
}
