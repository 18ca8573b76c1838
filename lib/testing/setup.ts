// Runs in each test worker before its tests: point the app's env at the test database and keep
// embedded-service state (local secrets, uploads) out of the developer's own .data directory.
import path from "node:path";
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.BAZAAR_DATA_DIR ??= path.resolve(".data/test");
process.env.LOG_LEVEL ??= "warn";

// Route handlers under test run as they do behind Bazaar's server, which vouches for the client
// address header (lib/http/client-address.ts).
const { markServedByBazaar } = await import("../http/client-address");
markServedByBazaar();
