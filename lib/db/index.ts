// The app's database client: Prisma (Rust-free client) over Bazaar's PostgreSQL adapter.
// One client per process; in development the instance survives hot reloads.
import { getEnv } from "../env";
import { PrismaClient } from "../generated/prisma/client";
import { BazaarPg } from "./adapter";

export { Prisma } from "../generated/prisma/client";
export * from "../generated/prisma/enums";
export { PrismaClient };

export type Db = PrismaClient;
/** A client or an interactive transaction: what use cases accept when they may run inside one. */
export type DbTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createDb(connectionString: string, options: { max?: number } = {}): PrismaClient {
  return new PrismaClient({ adapter: new BazaarPg({ connectionString, max: options.max ?? 10 }) });
}

const globalForDb = globalThis as unknown as { bazaarDb?: PrismaClient };

export function getDb(): PrismaClient {
  globalForDb.bazaarDb ??= createDb(getEnv().database.url);
  return globalForDb.bazaarDb;
}

/** The shared client. Lazily connected on first query. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
