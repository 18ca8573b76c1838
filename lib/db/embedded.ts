// Embedded PostgreSQL: PGlite (Postgres compiled to WebAssembly) served over the Postgres wire
// protocol on a local port, so the app, Prisma Migrate and psql all talk to it like any server.
// PGlite is one backend session shared by every connection; pglite-socket queues their messages.
// serializeProtocolCycles() below makes that queue safe for a pool: throughput is that of one
// Postgres backend.
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
  serializeProtocolCycles(server);
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

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData(data: Uint8Array): void;
  resolve(bytes: number): void;
  reject(error: unknown): void;
}

interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

// Message types (first byte) of the extended query protocol.
const CYCLE_START = new Set([0x50 /* Parse */, 0x42 /* Bind */, 0x44 /* Describe */, 0x45 /* Execute */, 0x43 /* Close */, 0x48 /* Flush */]);
const CYCLE_END = new Set([0x53 /* Sync */, 0x51 /* simple Query */, 0x58 /* Terminate */]);

/**
 * pglite-socket queues each protocol message on its own. With one backend session for every
 * connection, another connection's Parse landing between this connection's Parse and Bind makes
 * the Bind meet the wrong statement ("bind message supplies 3 parameters, but prepared statement
 * requires 1"). Here a connection keeps the backend from its first extended-protocol message until
 * its Sync, and for as long as it has a transaction open (as pglite-socket already does). The
 * queue also survives a failed message (the original left it stuck) and a connection that drops
 * mid-transaction (rolled back).
 */
function serializeProtocolCycles(server: PGLiteSocketServer) {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  const db = server.db;
  let owner: number | null = null;

  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        if (index === -1) break; // the owner's next message has not arrived yet: enqueue restarts us
        const [item] = this.queue.splice(index, 1) as [QueuedMessage];
        const type = item.message[0] ?? 0;
        let bytes = 0;
        let failure: unknown;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          failure = error;
        }
        if (db.isInTransaction() || CYCLE_START.has(type)) owner = item.handlerId;
        else if (CYCLE_END.has(type) || failure) owner = null;
        if (failure) item.reject(failure);
        else item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    if (owner !== handlerId) return;
    owner = null;
    const resume = () => void queue.processQueue();
    if (db.isInTransaction()) db.query("ROLLBACK").then(resume, resume);
    else resume();
  };
}
