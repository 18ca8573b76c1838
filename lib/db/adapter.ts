// The PostgreSQL driver adapter for Prisma, used by the app at run time and by Prisma Migrate
// (schema engine in WebAssembly, so migrations work on machines that cannot download Prisma's
// native engines). It fixes three things in @prisma/adapter-pg that the schema engine trips on:
//  1. Postgres' internal `"char"` type (oid 18, read while describing pg_catalog) has no column
//     mapping: reported here as a character.
//  2. The shadow database pool was built from `{ ...config, database }`; with a connection string in
//     config, node-postgres lets the string win and the "shadow" is the main database. We build it
//     from discrete fields, and close its pool before DROP DATABASE.
//  3. executeScript split scripts on ";", breaking any migration with a function body or a literal
//     containing one. A script is sent whole (simple query protocol runs many statements).
// Relative imports only: prisma's config loader imports this file without the app's path aliases.
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type Field = { dataTypeID: number };
type Result = { fields?: Field[] };
type Query = { sql: string; [CHAR_COLUMNS]?: number[] };
type Queryable = {
  performIO?: (query: Query) => Promise<Result | Result[]>;
  queryRaw?: (query: Query) => Promise<{ columnTypes: number[] }>;
};

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const COLUMN_TYPE_CHARACTER = ColumnTypeEnum.Character;
const CHAR_COLUMNS = Symbol("bazaar.charColumns");

// The schema engine reads "char" columns (pg_constraint.contype and friends) as single characters.
// performIO sees the column types and notes them on the query; queryRaw then reports them as
// Character instead of letting adapter-pg refuse them as unsupported.
function patchCharType<T extends object>(queryable: T): T {
  const target = queryable as T & Queryable;
  const performIO = target.performIO?.bind(target);
  const queryRaw = target.queryRaw?.bind(target);
  if (!performIO || !queryRaw) return queryable;
  target.performIO = async (query) => {
    const result = await performIO(query);
    // A script of several statements answers with one result per statement.
    for (const one of Array.isArray(result) ? result : [result]) {
      (one.fields ?? []).forEach((field, index) => {
        if (field.dataTypeID !== PG_CHAR_OID) return;
        field.dataTypeID = PG_TEXT_OID;
        query[CHAR_COLUMNS]?.push(index);
      });
    }
    return result;
  };
  target.queryRaw = async (query) => {
    const charColumns: number[] = [];
    const result = await queryRaw({ ...query, [CHAR_COLUMNS]: charColumns });
    for (const index of charColumns) result.columnTypes[index] = COLUMN_TYPE_CHARACTER;
    return result;
  };
  return queryable;
}

function patchAdapter(adapter: Adapter, pool: () => pg.Pool): Adapter {
  patchCharType(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => patchCharType(await startTransaction(isolationLevel));
  adapter.executeScript = async (script: string) => {
    await pool().query(script);
  };
  return adapter;
}

export interface ShadowDatabase {
  /** A connection string for an empty database that lives until release() is called. */
  url: string;
  release(): Promise<void>;
}

export interface BazaarPgOptions {
  connectionString: string;
  /** Pool size: small for the CLI, larger for the app server. */
  max?: number;
  /** Let the process exit with connections still open: for short-lived CLIs that never close their pool. */
  unrefConnections?: boolean;
  /** Provides the shadow database for `prisma migrate dev`; defaults to a temporary database on the same server. */
  shadowDatabase?: () => Promise<ShadowDatabase>;
  /**
   * Runs before the first connection, e.g. to start the embedded server. The Prisma CLI builds the
   * adapter for every command, `prisma -v` and `prisma generate` included: only commands that
   * really connect should start anything.
   */
  beforeConnect?: () => Promise<void>;
}

export class BazaarPg extends PrismaPg {
  private readonly bazaarOptions: BazaarPgOptions;

  constructor(options: BazaarPgOptions) {
    super({ ...poolConfig(options.connectionString, options.max), allowExitOnIdle: options.unrefConnections ?? false });
    this.bazaarOptions = options;
  }

  override async connect(): Promise<Adapter> {
    await this.bazaarOptions.beforeConnect?.();
    const adapter = await super.connect();
    return patchAdapter(adapter, () => adapter.underlyingDriver() as pg.Pool);
  }

  override async connectToShadowDb(): Promise<Adapter> {
    const shadow = await (this.bazaarOptions.shadowDatabase ?? (() => temporaryDatabase(this.bazaarOptions.connectionString)))();
    const factory = new PrismaPg(poolConfig(shadow.url, 2));
    const adapter = await factory.connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose(); // closes the shadow pool first, so DROP DATABASE finds no one connected
      await shadow.release();
    };
    return patchAdapter(adapter, () => adapter.underlyingDriver() as pg.Pool);
  }
}

/** Discrete connection fields, so that overriding `database` really changes the database. */
export function poolConfig(connectionString: string, max = 10): pg.PoolConfig {
  const url = new URL(connectionString);
  const sslmode = url.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(url.hostname) || url.searchParams.get("host") || "localhost",
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    database: decodeURIComponent(url.pathname.replace(/^\//, "")) || undefined,
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    max,
  };
}

export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates an empty database beside the given one; release() drops it. */
export async function temporaryDatabase(connectionString: string, prefix = "prisma_migrate_shadow_db"): Promise<ShadowDatabase> {
  const name = `${prefix}_${crypto.randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client(poolConfig(connectionString));
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(connectionString, name),
    async release() {
      const client = new pg.Client(poolConfig(connectionString));
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
