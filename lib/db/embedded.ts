// Embedded PostgreSQL: PGlite (Postgres compiled to WebAssembly) served over the Postgres wire
// protocol on a local port, so the app, Prisma Migrate and psql all talk to it like any server.
// pglite-socket queues queries per connection and keeps an open transaction on its own connection,
// so a pool of connections is safe; throughput is that of one Postgres backend.
import { mkdirSync } from "node:fs";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** A directory for the data, or undefined for an in-memory database. */
  dataDir?: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Don't keep the process alive just for this server (for short-lived CLIs that start it). */
  unref?: boolean;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? "memory://", { extensions: { pg_trgm, unaccent } });
  const host = options.host ?? "127.0.0.1";
  const port = options.port === 0 ? await freePort(host) : options.port;
  const server = new PGLiteSocketServer({ db, host, port, maxConnections: 100 });
  await server.start();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.stop();
    await db.close();
  };
  if (options.unref) {
    // A CLI that started the server in its own process (prisma migrate) exits on its own once
    // its work is done: stop the server when it has been used and its last connection closed.
    let used = false;
    const watch = setInterval(() => {
      const { activeConnections } = server.getStats();
      if (activeConnections > 0) used = true;
      else if (used) {
        clearInterval(watch);
        void stop();
      }
    }, 200);
    watch.unref();
  }
  return {
    port,
    url: `postgresql://postgres:postgres@${host}:${port}/postgres`,
    stop,
  };
}

/** True when something accepts connections on the port. */
export function isPortOpen(port: number, host = "127.0.0.1", timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
