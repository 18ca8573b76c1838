import { randomBytes } from "node:crypto";
import Pusher from "pusher";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRealtimeClient, type RealtimeClient } from "./browser";
import { startLocalRealtimeServer, type LocalRealtimeServer } from "./local-server";

const app = { appId: "browser-app", key: "browser-key", secret: randomBytes(16).toString("hex") };
let server: LocalRealtimeServer;
let sdk: Pusher;

beforeAll(async () => {
  server = await startLocalRealtimeServer({ ...app, port: 0 });
  sdk = new Pusher({ ...app, host: "127.0.0.1", port: String(server.port), useTLS: false });
});
afterAll(() => server.stop());

const occupied = async (channel: string) => ((await (await sdk.get({ path: `/channels/${channel}` })).json()) as { occupied: boolean }).occupied;

function client(): RealtimeClient {
  return createRealtimeClient({
    key: app.key,
    cluster: "local",
    wsHost: "127.0.0.1",
    wsPort: server.port,
    forceTLS: false,
    enabledTransports: ["ws"],
    authEndpoint: "/api/realtime/auth",
  });
}

describe("[REALTIME] browser client", () => {
  it("shares one subscription between listeners and leaves the channel when the last one stops", async () => {
    const realtime = client();
    const channel = `public-${randomBytes(4).toString("hex")}`;
    const first: unknown[] = [];
    const second: unknown[] = [];
    const stopFirst = realtime.listen(channel, "tick", (data) => first.push(data));
    const stopSecond = realtime.listen(channel, "tick", (data) => second.push(data));
    try {
      await vi.waitFor(async () => expect(await occupied(channel)).toBe(true));
      await sdk.trigger(channel, "tick", 1);
      await vi.waitFor(() => expect([first, second]).toEqual([[1], [1]]));

      stopFirst();
      stopFirst(); // a second call is a no-op, not a second release
      await sdk.trigger(channel, "tick", 2);
      await vi.waitFor(() => expect(second).toEqual([1, 2]));
      expect(first).toEqual([1]);
      expect(await occupied(channel)).toBe(true);

      stopSecond();
      await vi.waitFor(async () => expect(await occupied(channel)).toBe(false));
    } finally {
      realtime.disconnect();
    }
  });

  it("opens a new connection on listen after disconnect, and a stale stop does not touch it", async () => {
    const realtime = client();
    const channel = `public-${randomBytes(4).toString("hex")}`;
    const stale = realtime.listen(channel, "tick", () => {});
    realtime.disconnect();
    const seen: unknown[] = [];
    realtime.listen(channel, "tick", (data) => seen.push(data));
    try {
      stale();
      await vi.waitFor(async () => expect(await occupied(channel)).toBe(true));
      await sdk.trigger(channel, "tick", "again");
      await vi.waitFor(() => expect(seen).toEqual(["again"]));
    } finally {
      realtime.disconnect();
    }
  });
});
