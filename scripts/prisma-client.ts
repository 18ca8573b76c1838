// The generated Prisma client (lib/generated/prisma) is not committed, and a fresh clone must not
// depend on @prisma/client's install script having produced it: the start script generates it
// when it is missing or was generated from another schema.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export async function ensurePrismaClient(root: string): Promise<void> {
  const output = path.join(root, "lib", "generated", "prisma");
  const marker = path.join(output, ".schema-sha256");
  const schema = readFileSync(path.join(root, "prisma", "schema.prisma"));
  const prismaVersion = JSON.parse(readFileSync(path.join(root, "node_modules", "prisma", "package.json"), "utf8")).version as string;
  const fingerprint = createHash("sha256").update(schema).update(prismaVersion).digest("hex");
  if (existsSync(path.join(output, "client.ts")) && existsSync(marker) && readFileSync(marker, "utf8") === fingerprint) return;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules", ".bin", "prisma"), ["generate"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma generate exited with ${code}`))));
  });
  writeFileSync(marker, fingerprint);
}
