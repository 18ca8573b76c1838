// Test helpers: real pusher-js (its Node build) clients pointed at a local server. Used by the
// realtime tests only.
import PusherJs, { type Channel, type ChannelAuthorizationHandler } from "pusher-js";

export type Client = PusherJs;

/** A connected pusher-js client; `authorize` signs private/presence subscriptions (the auth endpoint's job). */
export async function connectClient(options: {
  port: number;
  key: string;
  authorize?: (socketId: string, channel: string) => Promise<{ auth: string; channel_data?: string }> | { auth: string; channel_data?: string };
}): Promise<Client> {
  const customHandler: ChannelAuthorizationHandler = ({ socketId, channelName }, callback) => {
    Promise.resolve()
      .then(() => options.authorize?.(socketId, channelName) ?? { auth: "" })
      .then((data) => callback(null, data), (error: Error) => callback(error, null));
  };
  const client = new PusherJs(options.key, {
    cluster: "local",
    wsHost: "127.0.0.1",
    wsPort: options.port,
    forceTLS: false,
    enabledTransports: ["ws"],
    enableStats: false,
    channelAuthorization: { customHandler },
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`pusher-js did not connect (state ${client.connection.state})`)), 5_000);
    client.connection.bind("connected", () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return client;
}

/** Resolves with the next `event` on `channel` (data and metadata), or rejects after `ms`. */
export function nextEvent<T = unknown>(channel: Channel, event: string, ms = 5_000): Promise<{ data: T; metadata?: { user_id?: string } }> {
  return new Promise((resolve, reject) => {
    const handler = (data: T, metadata?: { user_id?: string }) => {
      clearTimeout(timer);
      channel.unbind(event, handler);
      resolve({ data, metadata });
    };
    const timer = setTimeout(() => {
      channel.unbind(event, handler);
      reject(new Error(`no ${event} on ${channel.name} within ${ms} ms`));
    }, ms);
    channel.bind(event, handler);
  });
}

/** Subscribes and waits for pusher:subscription_succeeded; rejects with the subscription error's data. */
export function subscribed(client: Client, name: string, ms = 5_000): Promise<Channel> {
  const channel = client.subscribe(name);
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      channel.unbind("pusher:subscription_succeeded", ok);
      channel.unbind("pusher:subscription_error", failed);
    };
    const ok = () => {
      done();
      resolve(channel);
    };
    const failed = (data: unknown) => {
      done();
      reject(Object.assign(new Error(`subscription to ${name} failed`), { data }));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no answer to the subscription to ${name} within ${ms} ms`));
    }, ms);
    channel.bind("pusher:subscription_succeeded", ok);
    channel.bind("pusher:subscription_error", failed);
  });
}

/** Collects every `event` on `channel` from now on. */
export function collect<T = unknown>(channel: Channel, event: string): T[] {
  const seen: T[] = [];
  channel.bind(event, (data: T) => seen.push(data));
  return seen;
}

/** Disconnects clients and waits until their sockets are closed. */
export async function disconnectAll(clients: Client[]): Promise<void> {
  await Promise.all(
    clients.map(
      (client) =>
        new Promise<void>((resolve) => {
          if (client.connection.state === "disconnected" || client.connection.state === "initialized") return resolve();
          client.connection.bind("disconnected", () => resolve());
          client.disconnect();
        }),
    ),
  );
  clients.length = 0;
}
