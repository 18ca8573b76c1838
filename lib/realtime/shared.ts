// What the server side and the browser side of realtime agree on: channel names and the client
// config. No imports, so client components can use it without pulling in the server SDK.

/** Pusher's channel name alphabet and the SDK's length limit. */
export const CHANNEL_NAME = /^[A-Za-z0-9_\-=@,.;]{1,200}$/;
const ID = /^[A-Za-z0-9_-]{1,100}$/;

export const userChannel = (userId: string) => `private-user-${userId}`;
export const storeChannel = (storeId: string) => `private-store-${storeId}`;
export const conversationChannel = (conversationId: string) => `presence-conversation-${conversationId}`;

export type BazaarChannel =
  | { kind: "user"; id: string }
  | { kind: "store"; id: string }
  | { kind: "conversation"; id: string };

/** The channels Bazaar authorizes, or null for any other name. */
export function parseChannel(name: string): BazaarChannel | null {
  const match = /^(private-user|private-store|presence-conversation)-(.+)$/.exec(name);
  if (!match || !ID.test(match[2]!)) return null;
  const kind = match[1] === "private-user" ? "user" : match[1] === "private-store" ? "store" : "conversation";
  return { kind, id: match[2]! };
}

/** What the browser needs to connect; decided at run time and passed to client components as a prop. */
export interface RealtimeClientConfig {
  key: string;
  cluster: string;
  wsHost?: string;
  wsPort?: number;
  wssPort?: number;
  forceTLS: boolean;
  enabledTransports: ("ws" | "wss")[];
  /** Where pusher-js posts socket_id + channel_name to get a private/presence channel signed. */
  authEndpoint: string;
}
