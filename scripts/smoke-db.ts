import { createDb } from "../lib/db";
import { startEmbeddedPostgres } from "../lib/db/embedded";
const url = process.argv[2];
const embedded = url ? undefined : await startEmbeddedPostgres({ port: 0 });
const client = createDb(url ?? embedded!.url);
console.log(await client.$queryRaw`select 1 as one`);
if (url) console.log(await client.user.count(), await client.product.findMany({ take: 1 }));
await client.$disconnect();
await embedded?.stop();
