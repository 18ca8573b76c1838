// What /api/health reports: each outside service's mode, and whether the database answers.
// Only the database decides ok/degraded: without it nothing works; the others degrade gracefully.
import { getDb, type PrismaClient } from "./db";
import { getEnv, serviceModes, type Env } from "./env";

const DATABASE_TIMEOUT_MS = 2000;

export interface Health {
  status: "ok" | "degraded";
  services: ReturnType<typeof serviceModes>;
  checks: { database: "up" | "down" };
}

async function databaseUp(client: PrismaClient): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS);
  });
  const ping = client.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function getHealth(options: { env?: Env; db?: PrismaClient } = {}): Promise<Health> {
  const env = options.env ?? getEnv();
  const up = await databaseUp(options.db ?? getDb());
  return { status: up ? "ok" : "degraded", services: serviceModes(env), checks: { database: up ? "up" : "down" } };
}
