// npm runs @prisma/client's postinstall (`prisma -v`, `prisma generate`) on every fresh clone, with
// no DATABASE_URL: the CLI loads .config/prisma.ts, and whatever it starts must let it exit.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "./embedded";

const dataDir = mkdtempSync(path.join(tmpdir(), "bazaar-prisma-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function prisma(args: string[]): Promise<{ code: number | null; timedOut: boolean; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, BAZAAR_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()), PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    const child = spawn(path.resolve("node_modules/.bin/prisma"), args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 100_000);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, timedOut: signal === "SIGKILL", output });
    });
  });
}

describe("[PRISMA CLI] embedded mode", () => {
  it("`prisma -v` exits on its own without starting a database", async () => {
    const result = await prisma(["-v"]);
    expect(result.timedOut, result.output).toBe(false);
    expect(result.code, result.output).toBe(0);
  }, 120_000);

  it("a command that connects starts the embedded database, and still exits when done", async () => {
    const result = await prisma(["migrate", "deploy"]);
    expect(result.timedOut, result.output).toBe(false);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/migrations? (have been successfully applied|found)/i);
  }, 120_000);
});
