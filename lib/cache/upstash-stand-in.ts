// Test support: an Upstash REST endpoint on loopback, so the real @upstash/redis and
// @upstash/ratelimit clients can be tested. @humanwhocodes/upstash-redis-server (its own CLI, in a
// child process) speaks the REST protocol in front of the local Redis; a small proxy in front of it
// closes two gaps between it and Upstash, both met with these SDK versions:
//  - it checks the bearer token on "/" only, while @upstash/redis auto-pipelines through
//    "/pipeline" by default, so a wrong token would go unnoticed: the proxy checks every path;
//  - @upstash/ratelimit's scripts open with `#!lua flags=allow-key-locking`, an Upstash-only hint
//    (lock only the declared keys) that upstream Redis rejects ("Unexpected flag in script
//    shebang"): the proxy strips that one line from EVAL; the Lua itself runs unchanged.
import { spawn } from "node:child_process";
import { createServer, type IncomingMessage } from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { freePort } from "../db/embedded";

const SERVER_SCRIPT = fileURLToPath(new URL("../../node_modules/@humanwhocodes/upstash-redis-server/dist/server.js", import.meta.url));
const UPSTASH_ONLY_SHEBANG = /^#!lua flags=allow-key-locking\r?\n/;

/** Whether a Redis answers PING at host:port within the timeout. */
export function redisReachable(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}

export interface UpstashStandIn {
  /** What UPSTASH_REDIS_REST_URL would hold. */
  url: string;
  stop(): Promise<void>;
}

export async function startUpstashStandIn(options: { token: string; redisUrl: string }): Promise<UpstashStandIn> {
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_SCRIPT], {
    env: { ...process.env, URS_TOKEN: options.token, PORT: String(port), REDIS_URL: options.redisUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const upstream = `http://127.0.0.1:${port}`;

  const proxy = createServer(async (request, response) => {
    try {
      if (request.headers.authorization !== `Bearer ${options.token}`) {
        response.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ error: "Unauthorized" }));
        return;
      }
      const body = await readBody(request);
      const forwarded = await fetch(upstream + (request.url ?? "/"), {
        method: request.method,
        headers: { authorization: request.headers.authorization, "content-type": "application/json" },
        body: request.method === "POST" ? rewrite(body, request.url === "/pipeline") : undefined,
      });
      response.writeHead(forwarded.status, { "content-type": forwarded.headers.get("content-type") ?? "application/json" });
      response.end(Buffer.from(await forwarded.arrayBuffer()));
    } catch (error) {
      response.writeHead(502, { "content-type": "application/json" }).end(JSON.stringify({ error: String(error) }));
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  const stop = async () => {
    proxy.closeAllConnections();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };

  // The child needs a moment to connect to Redis and listen.
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`upstash-redis-server exited (code ${child.exitCode}):\n${output}`);
    }
    const ready = await fetch(url, { method: "POST", headers: { authorization: `Bearer ${options.token}` }, body: '["PING"]' })
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return { url, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`upstash-redis-server did not answer within 10 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function rewrite(body: string, pipeline: boolean): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body; // let the server answer malformed bodies itself
  }
  const commands = pipeline && Array.isArray(parsed) ? parsed : [parsed];
  for (const command of commands) {
    if (Array.isArray(command) && /^eval(_ro)?$/i.test(String(command[0])) && typeof command[1] === "string") {
      command[1] = command[1].replace(UPSTASH_ONLY_SHEBANG, "");
    }
  }
  return JSON.stringify(parsed);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

