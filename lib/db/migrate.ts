// Applies committed migrations to a database with the Prisma CLI (WebAssembly schema engine,
// see .config/prisma.ts). Used by the start script and the test harness.
import { spawn } from "node:child_process";
import path from "node:path";

export function runMigrations(databaseUrl: string, options: { cwd?: string; quiet?: boolean } = {}): Promise<void> {
  const cwd = options.cwd ?? process.cwd();
  const bin = path.join(cwd, "node_modules", ".bin", "prisma");
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ["migrate", "deploy"], {
      cwd,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`prisma migrate deploy failed (exit ${code})\n${output}`));
    });
  });
}
