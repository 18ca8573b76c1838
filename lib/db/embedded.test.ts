import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";

describe("[EMBEDDED POSTGRES]", () => {
  let server: EmbeddedPostgres;
  let pool: pg.Pool;

  beforeAll(async () => {
    server = await startEmbeddedPostgres({ port: 0 });
    pool = new pg.Pool({ connectionString: server.url, max: 8 });
  });
  afterAll(async () => {
    await pool.end();
    await server.stop();
  });

  it("keeps concurrent connections' parameterised queries apart", async () => {
    // Each connection sends Parse/Bind/Execute/Sync for statements with different parameter
    // counts: interleaved, a Bind would meet another connection's statement. The long statement
    // arrives in several TCP chunks, which is when other connections' messages slip in between.
    const padding = `/* ${"x".repeat(200_000)} */`;
    const queries = Array.from({ length: 200 }, (_, i) =>
      i % 2 === 0
        ? pool.query(`SELECT $1::int + $2::int + $3::int AS n ${padding}`, [i, 1, 1]).then((r) => r.rows[0].n === i + 2)
        : pool.query("SELECT $1::int AS n", [i]).then((r) => r.rows[0].n === i),
    );
    const results = await Promise.all(queries);
    expect(results.every(Boolean)).toBe(true);
  });

  it("isolates a transaction on one connection from queries on the others", async () => {
    await pool.query("CREATE TABLE IF NOT EXISTS counter (id int primary key, n int not null)");
    await pool.query("INSERT INTO counter VALUES (1, 0) ON CONFLICT (id) DO UPDATE SET n = 0");
    const bump = async () => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const { rows } = await client.query("SELECT n FROM counter WHERE id = $1 FOR UPDATE", [1]);
        await client.query("UPDATE counter SET n = $1 WHERE id = $2", [rows[0].n + 1, 1]);
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: 40 }, bump));
    expect((await pool.query("SELECT n FROM counter WHERE id = 1")).rows[0].n).toBe(40);
  });
});
