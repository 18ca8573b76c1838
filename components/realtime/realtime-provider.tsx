"use client";
// One realtime connection per page, shared by every useChannelEvent below it. The config comes from
// the server (realtimeClientConfig()) as a prop: it is decided at run time, not baked into the bundle.
import { createContext, useEffect, useMemo, type ReactNode } from "react";
import { createRealtimeClient, type RealtimeClient } from "@/lib/realtime/browser";
import type { RealtimeClientConfig } from "@/lib/realtime/shared";

export const RealtimeContext = createContext<RealtimeClient | null>(null);

export function RealtimeProvider({ config, children }: { config: RealtimeClientConfig; children: ReactNode }) {
  // Keyed on the values, not the object: a re-rendered server component passes an equal new object.
  const { key, cluster, wsHost, wsPort, wssPort, forceTLS, authEndpoint } = config;
  const transports = config.enabledTransports.join(",");
  // The client connects lazily on its first listen(), so creating it during render (and on the
  // server) opens no socket.
  const client = useMemo(
    () =>
      createRealtimeClient({
        key,
        cluster,
        wsHost,
        wsPort,
        wssPort,
        forceTLS,
        authEndpoint,
        enabledTransports: transports.split(",") as RealtimeClientConfig["enabledTransports"],
      }),
    [key, cluster, wsHost, wsPort, wssPort, forceTLS, authEndpoint, transports],
  );
  // Closing on unmount; Strict Mode's extra unmount/mount just reopens on the next listen().
  useEffect(() => () => client.disconnect(), [client]);

  return <RealtimeContext.Provider value={client}>{children}</RealtimeContext.Provider>;
}
