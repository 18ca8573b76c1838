// Bazaar's HTTP server: Next.js behind the thin layer in lib/http/request-listener.ts, which knows
// the TCP connection (and so who the client is) before Next turns the request into a fetch Request.
// `npm start` runs it (scripts/start.ts); run it directly once the database is migrated:
//
//   tsx scripts/server.ts [--dev] [--port 3000] [--hostname 0.0.0.0]
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { loadEnv } from "../lib/env";
import { markServedByBazaar } from "../lib/http/client-address";
import { createRequestListener } from "../lib/http/request-listener";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const dev = args.includes("--dev");
const env = loadEnv();
const port = Number(option("--port") ?? process.env.PORT ?? (new URL(env.appUrl).port || 3000));
const hostname = option("--hostname");
const probeHost = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname.includes(":") ? `[${hostname}]` : hostname;

async function main() {
  markServedByBazaar();
  const server = createServer();
  const app = next({ dev, dir: root, port, hostname: hostname ?? "localhost", httpServer: server });
  const handle = app.getRequestHandler();
  await app.prepare();
  server.on(
    "request",
    createRequestListener({
      handle: (req, res) => handle(req, res),
      clientAddress: env.clientAddress,
      async probeOptions(pathname) {
        const response = await fetch(`http://${probeHost}:${port}${pathname}`, { method: "OPTIONS", redirect: "manual" });
        await response.body?.cancel();
        return { status: response.status, allow: response.headers.get("allow") };
      },
    }),
  );
  // Longer than a load balancer's idle timeout (60 s on most), so it never reuses a connection we just closed.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  console.log(`Bazaar listening on http://${hostname ?? "localhost"}:${port}${dev ? " (development)" : ""}`);

  const stop = () => {
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
