import { randomBytes } from "node:crypto";
import Pusher from "pusher";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { WebSocket } from "ws";
import { startLocalRealtimeServer, type LocalRealtimeServer } from "./local-server";
import { collect, connectClient, disconnectAll, nextEvent, subscribed, type Client } from "./test-helpers";

const app = { appId: "test-app", key: "test-key", secret: randomBytes(16).toString("hex") };
let server: LocalRealtimeServer;
let sdk: Pusher;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startLocalRealtimeServer({ ...app, port: 0 });
  sdk = new Pusher({ ...app, host: "127.0.0.1", port: String(server.port), useTLS: false });
});
afterEach(() => disconnectAll(clients));
afterAll(() => server.stop());

const connect = async (authorize?: (socketId: string, channel: string) => Pusher.ChannelAuthResponse) => {
  const client = await connectClient({ port: server.port, key: app.key, authorize });
  clients.push(client);
  return client;
};
const signed = (socketId: string, channel: string) => sdk.authorizeChannel(socketId, channel);
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;
const json = async (response: Response | { json(): Promise<unknown> }) => response.json();

/** Sends a sentinel on a public channel the client also listens to: once it arrives, earlier events would have too. */
async function flush(client: Client) {
  const name = unique("flush");
  const channel = await subscribed(client, name);
  const arrived = nextEvent(channel, "flush");
  await sdk.trigger(name, "flush", {});
  await arrived;
  client.unsubscribe(name);
}

describe("[REALTIME] local server: WebSocket protocol", () => {
  it("answers the handshake with a socket id and activity timeout, pings, and ignores malformed frames", async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/app/${app.key}?protocol=7&client=js&version=8.6.0`);
    const messages: { event: string; data: unknown }[] = [];
    const received = (event: string) =>
      new Promise<{ event: string; data: unknown }>((resolve) => {
        const check = () => {
          const found = messages.find((m) => m.event === event);
          if (found) resolve(found);
          else setTimeout(check, 10);
        };
        check();
      });
    ws.on("message", (raw) => messages.push(JSON.parse(raw.toString())));
    const established = await received("pusher:connection_established");
    expect(typeof established.data).toBe("string");
    const data = JSON.parse(established.data as string);
    expect(data.socket_id).toMatch(/^\d+\.\d+$/);
    expect(data.activity_timeout).toBeGreaterThan(0);

    ws.send("{not json");
    ws.send(JSON.stringify([1, 2]));
    ws.send(JSON.stringify({ event: "pusher:subscribe", data: "nope" }));
    ws.send(JSON.stringify({ event: "pusher:ping", data: {} }));
    await received("pusher:pong");
    expect(ws.readyState).toBe(WebSocket.OPEN);
    ws.close();
  });

  it("refuses an unknown app key with pusher:error 4001 and closes", async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/app/wrong-key?protocol=7`);
    const firstMessage = new Promise<{ event: string; data: { code: number } }>((resolve) => ws.once("message", (raw) => resolve(JSON.parse(raw.toString()))));
    const closed = new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));
    expect(await firstMessage).toMatchObject({ event: "pusher:error", data: { code: 4001 } });
    expect(await closed).toBe(4001);
  });

  it("delivers events triggered with the server SDK on a public channel", async () => {
    const client = await connect();
    const name = unique("public");
    const channel = await subscribed(client, name);
    const event = nextEvent(channel, "order-updated");
    await sdk.trigger(name, "order-updated", { orderId: "o1", totalCents: 1999 });
    expect((await event).data).toEqual({ orderId: "o1", totalCents: 1999 });
  });

  it("subscribes to a private channel with a valid signature and receives its events", async () => {
    const client = await connect(signed);
    const name = unique("private-test");
    const channel = await subscribed(client, name);
    const event = nextEvent(channel, "ping");
    await sdk.trigger(name, "ping", "hello");
    expect((await event).data).toBe("hello");
  });

  it("refuses a private channel signed with the wrong secret: subscription_error, and nothing delivered", async () => {
    const forger = new Pusher({ ...app, secret: "not-the-secret", host: "127.0.0.1", port: String(server.port) });
    const client = await connect((socketId, channel) => forger.authorizeChannel(socketId, channel));
    const name = unique("private-test");
    const channel = client.subscribe(name);
    const error = await nextEvent<{ type: string; status: number }>(channel, "pusher:subscription_error");
    expect(error.data).toMatchObject({ type: "AuthError", status: 401 });

    const seen = collect(channel, "secret");
    await sdk.trigger(name, "secret", { leaked: true });
    await flush(client);
    expect(seen).toEqual([]);
    expect((await json(await sdk.get({ path: `/channels/${name}` }))) as object).toMatchObject({ occupied: false });
  });

  it("refuses a private channel signed for another socket", async () => {
    const client = await connect((_socketId, channel) => sdk.authorizeChannel("1234.5678", channel));
    await expect(subscribed(client, unique("private-test"))).rejects.toMatchObject({ data: { type: "AuthError", status: 401 } });
  });

  it("relays client events on private channels to the other subscribers only", async () => {
    const name = unique("private-chat");
    const alice = await connect(signed);
    const bob = await connect(signed);
    const aliceChannel = await subscribed(alice, name);
    const bobChannel = await subscribed(bob, name);
    const aliceSeen = collect(aliceChannel, "client-typing");
    const received = nextEvent(bobChannel, "client-typing");
    expect(aliceChannel.trigger("client-typing", { typing: true })).toBe(true);
    expect((await received).data).toEqual({ typing: true });
    await flush(alice);
    expect(aliceSeen).toEqual([]);
  });

  it("rejects client events on public channels", async () => {
    const name = unique("public");
    const alice = await connect();
    const bob = await connect();
    const aliceChannel = await subscribed(alice, name);
    const bobSeen = collect(await subscribed(bob, name), "client-hi");
    const errors: unknown[] = [];
    alice.connection.bind("error", (error: unknown) => errors.push(error));
    aliceChannel.trigger("client-hi", {});
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect(errors[0]).toMatchObject({ type: "PusherError", data: { code: 4301 } });
    await flush(bob);
    expect(bobSeen).toEqual([]);
  });

  it("enforces size limits: 10 KB client-event data is refused, an oversized frame closes only that socket", async () => {
    const name = unique("private-chat");
    const alice = await connect(signed);
    const bob = await connect(signed);
    const aliceChannel = await subscribed(alice, name);
    const bobSeen = collect(await subscribed(bob, name), "client-big");
    const rejected = nextEvent<{ code: number }>(aliceChannel, "pusher:error");
    aliceChannel.trigger("client-big", { text: "x".repeat(10 * 1024) });
    expect((await rejected).data).toMatchObject({ code: 4301 });
    await flush(bob);
    expect(bobSeen).toEqual([]);

    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/app/${app.key}?protocol=7`);
    await new Promise((resolve) => ws.once("message", resolve));
    const closed = new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));
    ws.send(JSON.stringify({ event: "client-x", channel: name, data: "y".repeat(64 * 1024) }));
    expect(await closed).toBe(1009);
    const still = nextEvent(aliceChannel, "after");
    await sdk.trigger(name, "after", {});
    await still;
  });

  it("tracks presence members, announces arrivals and departures, and cleans up closed sockets", async () => {
    const name = unique("presence-room");
    const asUser = (id: string, userName: string) => (socketId: string, channel: string) =>
      sdk.authorizeChannel(socketId, channel, { user_id: id, user_info: { name: userName } });
    const alice = await connect(asUser("u1", "Alice"));
    const aliceChannel = (await subscribed(alice, name)) as import("pusher-js").PresenceChannel;
    expect(aliceChannel.members.count).toBe(1);
    expect(aliceChannel.members.me).toEqual({ id: "u1", info: { name: "Alice" } });

    const added = nextEvent<{ id: string; info: unknown }>(aliceChannel, "pusher:member_added");
    const bob = await connect(asUser("u2", "Bob"));
    const bobChannel = (await subscribed(bob, name)) as import("pusher-js").PresenceChannel;
    expect((await added).data).toEqual({ id: "u2", info: { name: "Bob" } });
    expect(bobChannel.members.count).toBe(2);
    expect(bobChannel.members.get("u1")).toEqual({ id: "u1", info: { name: "Alice" } });

    // Client events on presence channels carry the sender's user id.
    const typing = nextEvent(aliceChannel, "client-typing");
    bobChannel.trigger("client-typing", { on: true });
    expect(await typing).toMatchObject({ data: { on: true }, metadata: { user_id: "u2" } });

    expect(await json(await sdk.get({ path: `/channels/${name}/users` }))).toEqual({ users: [{ id: "u1" }, { id: "u2" }] });
    expect(await json(await sdk.get({ path: `/channels/${name}`, params: { info: "user_count,subscription_count" } }))).toEqual({
      occupied: true,
      user_count: 2,
      subscription_count: 2,
    });

    const removed = nextEvent<{ id: string }>(aliceChannel, "pusher:member_removed");
    bob.disconnect();
    expect((await removed).data).toMatchObject({ id: "u2" });
    await vi.waitFor(async () => expect(await json(await sdk.get({ path: `/channels/${name}/users` }))).toEqual({ users: [{ id: "u1" }] }));
  });

  it("counts a user with two connections as one member", async () => {
    const name = unique("presence-room");
    const asU1 = (socketId: string, channel: string) => sdk.authorizeChannel(socketId, channel, { user_id: "u1" });
    const first = await connect(asU1);
    const firstChannel = (await subscribed(first, name)) as import("pusher-js").PresenceChannel;
    const announcements = collect(firstChannel, "pusher:member_added");
    const second = await connect(asU1);
    const secondChannel = (await subscribed(second, name)) as import("pusher-js").PresenceChannel;
    expect(secondChannel.members.count).toBe(1);
    await flush(first);
    expect(announcements).toEqual([]);
  });
});

describe("[REALTIME] local server: HTTP API", () => {
  it("refuses a trigger signed with the wrong secret (401) and delivers nothing", async () => {
    const client = await connect();
    const name = unique("public");
    const seen = collect(await subscribed(client, name), "evil");
    const forger = new Pusher({ ...app, secret: "wrong-secret", host: "127.0.0.1", port: String(server.port), useTLS: false });
    await expect(forger.trigger(name, "evil", { x: 1 })).rejects.toMatchObject({ status: 401 });
    await flush(client);
    expect(seen).toEqual([]);
  });

  it("refuses a request whose timestamp is more than 600 s off", async () => {
    const realNow = Date.now();
    const spy = vi.spyOn(Date, "now").mockReturnValue(realNow - 700_000);
    const request = sdk.trigger("anything", "late", {}); // signed now, with the skewed clock
    spy.mockRestore();
    await expect(request).rejects.toMatchObject({ status: 401 });
  });

  it("refuses a tampered body (body_md5) and an unknown app id", async () => {
    const query = sdk.createSignedQueryString({ method: "POST", path: "/apps/test-app/events", body: JSON.stringify({ name: "a", data: "1", channel: "c" }) });
    const tampered = await fetch(`${server.url}/apps/test-app/events?${query}`, {
      method: "POST",
      body: JSON.stringify({ name: "a", data: "2", channel: "c" }),
    });
    expect(tampered.status).toBe(401);
    const other = new Pusher({ ...app, appId: "other-app", host: "127.0.0.1", port: String(server.port) });
    await expect(other.trigger("c", "a", {})).rejects.toMatchObject({ status: 404 });
  });

  it("excludes the socket named in socket_id and triggers to several channels at once", async () => {
    const [first, second] = [unique("public"), unique("public")];
    const alice = await connect();
    const bob = await connect();
    const aliceSeen = collect(await subscribed(alice, first), "news");
    const bobFirst = nextEvent(await subscribed(bob, first), "news");
    const bobSecond = nextEvent(await subscribed(bob, second), "news");
    await sdk.trigger([first, second], "news", { n: 1 }, { socket_id: alice.connection.socket_id });
    expect((await bobFirst).data).toEqual({ n: 1 });
    expect((await bobSecond).data).toEqual({ n: 1 });
    await flush(alice);
    expect(aliceSeen).toEqual([]);
  });

  it("delivers batch events and rejects oversized data with 413", async () => {
    const client = await connect();
    const name = unique("public");
    const channel = await subscribed(client, name);
    const seen = collect<{ i: number }>(channel, "item");
    await sdk.triggerBatch([
      { channel: name, name: "item", data: { i: 1 } },
      { channel: name, name: "item", data: { i: 2 } },
    ]);
    await vi.waitFor(() => expect(seen).toEqual([{ i: 1 }, { i: 2 }]));
    await expect(sdk.trigger(name, "item", { big: "x".repeat(11 * 1024) })).rejects.toMatchObject({ status: 413 });
  });

  it("reports channels: the occupied list, one channel's counts, and 400 for users of a non-presence channel", async () => {
    const client = await connect();
    const name = unique("public");
    await subscribed(client, name);
    const list = (await json(await sdk.get({ path: "/channels", params: { filter_by_prefix: "public-", info: "subscription_count" } }))) as {
      channels: Record<string, { subscription_count: number }>;
    };
    expect(list.channels[name]).toEqual({ subscription_count: 1 });
    expect(await json(await sdk.get({ path: `/channels/${name}`, params: { info: "subscription_count" } }))).toEqual({
      occupied: true,
      subscription_count: 1,
    });
    expect(await json(await sdk.get({ path: `/channels/${unique("public")}` }))).toEqual({ occupied: false });
    await expect(sdk.get({ path: `/channels/${name}/users` })).rejects.toMatchObject({ status: 400 });
    await expect(sdk.get({ path: "/channels", params: { info: "user_count" } })).rejects.toMatchObject({ status: 400 });
  });
});
