import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import type { PresenceChannel } from "pusher-js";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import { getEnv, resetEnvForTests } from "../env";
import {
  authorizeChannel,
  conversationChannel,
  publish,
  publishToStore,
  publishToUser,
  realtimeClientConfig,
  storeChannel,
  userChannel,
} from "./index";
import { startLocalRealtimeServer, type LocalRealtimeServer } from "./local-server";
import { connectClient, disconnectAll, nextEvent, subscribed, type Client } from "./test-helpers";

const tag = () => randomUUID().slice(0, 8);
let server: LocalRealtimeServer;
const clients: Client[] = [];

/** Points the app's env (local mode) at a port and makes the next getEnv() read it. */
function useRealtimePort(port: number) {
  for (const name of ["PUSHER_APP_ID", "PUSHER_KEY", "PUSHER_SECRET", "PUSHER_CLUSTER", "PUSHER_HOST"]) delete process.env[name];
  process.env.LOCAL_REALTIME_PORT = String(port);
  resetEnvForTests();
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  useRealtimePort(6001);
  const { appId, key, secret } = getEnv().realtime;
  server = await startLocalRealtimeServer({ appId, key, secret, port: 0 });
  useRealtimePort(server.port);
});
afterEach(() => disconnectAll(clients));
afterAll(async () => {
  await server.stop();
  delete process.env.LOCAL_REALTIME_PORT;
  resetEnvForTests();
});

const actorOf = (user: { id: string; email: string; name: string | null; role: Actor["role"] }): Actor => ({
  userId: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
});

async function makeUser(role: Actor["role"], name: string | null = null) {
  const user = await db.user.create({ data: { email: `rt-${tag()}@example.test`, role, name } });
  return actorOf(user);
}

async function makeStore(owner: Actor) {
  const t = tag();
  return db.store.create({ data: { ownerId: owner.userId, slug: `rt-${t}`, name: `Realtime ${t}`, status: "APPROVED" } });
}

/** A pusher-js client whose subscriptions are signed by authorizeChannel as `actor` (what /api/realtime/auth does). */
async function connectAs(actor: Actor) {
  const client = await connectClient({
    port: server.port,
    key: getEnv().realtime.key,
    authorize: (socketId, channel) => authorizeChannel({ socketId, channel, actor }),
  });
  clients.push(client);
  return client;
}

const SOCKET = "123.456";
const forbidden = expect.objectContaining({ code: "FORBIDDEN" });

describe("[REALTIME] authorizeChannel", () => {
  it("lets a user join their own channel and refuses another user's", async () => {
    const [alice, bob] = [await makeUser("BUYER"), await makeUser("BUYER")];
    const body = await authorizeChannel({ socketId: SOCKET, channel: userChannel(alice.userId), actor: alice });
    expect(body.auth).toMatch(new RegExp(`^${getEnv().realtime.key}:[0-9a-f]{64}$`));
    await expect(authorizeChannel({ socketId: SOCKET, channel: userChannel(alice.userId), actor: bob })).rejects.toEqual(forbidden);
  });

  it("lets a store's owner and admins join its channel, not another seller", async () => {
    const [owner, other, admin] = [await makeUser("SELLER"), await makeUser("SELLER"), await makeUser("ADMIN")];
    const store = await makeStore(owner);
    await makeStore(other);
    await expect(authorizeChannel({ socketId: SOCKET, channel: storeChannel(store.id), actor: owner })).resolves.toHaveProperty("auth");
    await expect(authorizeChannel({ socketId: SOCKET, channel: storeChannel(store.id), actor: admin })).resolves.toHaveProperty("auth");
    await expect(authorizeChannel({ socketId: SOCKET, channel: storeChannel(store.id), actor: other })).rejects.toEqual(forbidden);
    await expect(authorizeChannel({ socketId: SOCKET, channel: storeChannel("no-such-store"), actor: owner })).rejects.toEqual(forbidden);
  });

  it("lets a conversation's buyer and store owner join it as presence members", async () => {
    const [buyer, seller, stranger] = [await makeUser("BUYER", "Ada"), await makeUser("SELLER"), await makeUser("BUYER")];
    const store = await makeStore(seller);
    const conversation = await db.conversation.create({ data: { buyerId: buyer.userId, storeId: store.id } });
    const channel = conversationChannel(conversation.id);
    const body = await authorizeChannel({ socketId: SOCKET, channel, actor: buyer });
    expect(JSON.parse(body.channel_data!)).toEqual({ user_id: buyer.userId, user_info: { name: "Ada" } });
    await expect(authorizeChannel({ socketId: SOCKET, channel, actor: seller })).resolves.toHaveProperty("channel_data");
    await expect(authorizeChannel({ socketId: SOCKET, channel, actor: stranger })).rejects.toEqual(forbidden);
  });

  it("answers malformed channel names and socket ids with BAD_REQUEST", async () => {
    const actor = await makeUser("BUYER");
    for (const channel of ["public-news", "private-user-", "private-user-a b", "presence-store-x", `private-user-${actor.userId}#`]) {
      await expect(authorizeChannel({ socketId: SOCKET, channel, actor })).rejects.toEqual(expect.objectContaining({ code: "BAD_REQUEST" }));
    }
    await expect(authorizeChannel({ socketId: "abc", channel: userChannel(actor.userId), actor })).rejects.toBeInstanceOf(AppError);
  });
});

describe("[REALTIME] publish through the SDK to the local server", () => {
  it("delivers publishToUser to the user's pusher-js client, signed by authorizeChannel", async () => {
    const alice = await makeUser("BUYER");
    const channel = await subscribed(await connectAs(alice), userChannel(alice.userId));
    const event = nextEvent(channel, "notification");
    await expect(publishToUser(alice.userId, "notification", { title: "Shipped" })).resolves.toBe(true);
    expect((await event).data).toEqual({ title: "Shipped" });
  });

  it("refuses another user's channel at the auth step, so the socket never joins it", async () => {
    const [alice, mallory] = [await makeUser("BUYER"), await makeUser("BUYER")];
    const client = await connectAs(mallory);
    await expect(subscribed(client, userChannel(alice.userId))).rejects.toThrow(/failed/);
  });

  it("delivers publishToStore to the owner and joins a conversation as a presence member", async () => {
    const [buyer, seller] = [await makeUser("BUYER", "Ada"), await makeUser("SELLER", "Sam")];
    const store = await makeStore(seller);
    const conversation = await db.conversation.create({ data: { buyerId: buyer.userId, storeId: store.id } });
    const sellerClient = await connectAs(seller);
    const storeEvents = nextEvent(await subscribed(sellerClient, storeChannel(store.id)), "order-placed");
    await expect(publishToStore(store.id, "order-placed", { orderId: "o-1" })).resolves.toBe(true);
    expect((await storeEvents).data).toEqual({ orderId: "o-1" });

    const sellerRoom = (await subscribed(sellerClient, conversationChannel(conversation.id))) as PresenceChannel;
    const joined = nextEvent(sellerRoom, "pusher:member_added");
    const buyerRoom = (await subscribed(await connectAs(buyer), conversationChannel(conversation.id))) as PresenceChannel;
    expect((await joined).data).toEqual({ id: buyer.userId, info: { name: "Ada" } });
    expect(buyerRoom.members.count).toBe(2);
  });

  it("returns false and logs, never throws, when the server is unreachable or refuses", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(publish("invalid channel name!", "x", {})).resolves.toBe(false);
      await expect(publish("private-user-x", "x", { big: "x".repeat(20_000) })).resolves.toBe(false);
      useRealtimePort(await freePort());
      await expect(publish("private-user-x", "x", {})).resolves.toBe(false);
      expect(errors).toHaveBeenCalledTimes(3);
      expect(String(errors.mock.calls[1]![0])).toContain("publish failed");
    } finally {
      errors.mockRestore();
      useRealtimePort(server.port);
    }
  });
});

describe("[REALTIME] realtimeClientConfig", () => {
  it("points the browser at the local server in local mode", () => {
    expect(realtimeClientConfig()).toEqual({
      key: getEnv().realtime.key,
      cluster: "local",
      wsHost: "127.0.0.1",
      wsPort: server.port,
      wssPort: server.port,
      forceTLS: false,
      enabledTransports: ["ws", "wss"],
      authEndpoint: "/api/realtime/auth",
    });
  });

  it("lets pusher-js pick Pusher's own hosts in pusher mode", () => {
    Object.assign(process.env, { PUSHER_APP_ID: "1", PUSHER_KEY: "live-key", PUSHER_SECRET: "live-secret", PUSHER_CLUSTER: "eu" });
    resetEnvForTests();
    try {
      expect(realtimeClientConfig()).toEqual({
        key: "live-key",
        cluster: "eu",
        forceTLS: true,
        enabledTransports: ["ws", "wss"],
        authEndpoint: "/api/realtime/auth",
      });
    } finally {
      useRealtimePort(server.port);
    }
  });
});
