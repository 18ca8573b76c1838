// ESLint: Next's core-web-vitals and TypeScript rules, plus Bazaar's two structural rules: imports
// point down the layers, and vendor SDKs are imported only by the module that owns that service.
import path from "node:path";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers, top to bottom. A folder may import the folders below it, never one above it:
//
//   app/                       routes, pages, their actions (and the Inngest serve route)
//   components/   inngest/     shared React components | background jobs; neither imports the other
//   lib/                       business logic and service modules: the same for every caller
//   emails/                    react-email templates
//
// lib/ imports emails/ on purpose: lib/email renders the templates, and the email/send payload is
// checked against each template's props schema (lib/email/send-email.schema.ts). So emails/ stay
// leaves: an email importing lib/ would make a circle. lib/ never imports inngest/: the job list is
// handed down at start-up (inngest/register.ts, see lib/jobs/README.md). The entry points above
// all layers (instrumentation.ts, scripts/, bench/, e2e/) may import any of them.
const layers = [
  { name: "components", above: ["app"], beside: ["inngest"] },
  { name: "inngest", above: ["app"], beside: ["components"] },
  { name: "lib", above: ["app", "components", "inngest"], beside: [] },
  { name: "emails", above: ["app", "components", "inngest", "lib"], beside: [] },
];
const layerZones = layers.flatMap(({ name, above, beside }) => [
  ...above.map((from) => ({ target: `./${name}`, from: `./${from}`, message: `${name}/ is below ${from}/ and may not import it: move the shared code down (see the layers in .config/eslint.config.mjs).` })),
  ...beside.map((from) => ({ target: `./${name}`, from: `./${from}`, message: `${name}/ and ${from}/ sit side by side and may not import each other: put what both need in lib/.` })),
]);

const vendorSdks = [
  { name: "@upstash/redis", owner: "lib/cache" },
  { name: "@upstash/ratelimit", owner: "lib/cache" },
  { name: "pusher", owner: "lib/realtime" },
  { name: "pusher-js", owner: "lib/realtime" },
  { name: "inngest", owner: "lib/jobs" },
  { name: "resend", owner: "lib/email" },
  { name: "uploadthing", owner: "lib/uploads" },
  { name: "stripe", owner: "lib/payments/stripe.ts" },
  { name: "@electric-sql/pglite", owner: "lib/db" },
  { name: "@electric-sql/pglite-socket", owner: "lib/db" },
  { name: "@prisma/adapter-pg", owner: "lib/db" },
];

const restrict = (except) => ({
  "no-restricted-imports": [
    "error",
    {
      paths: vendorSdks.filter((v) => v.owner !== except).map((v) => ({ name: v.name, message: `Only ${v.owner} talks to ${v.name}: use its exported verbs.` })),
      patterns: vendorSdks
        .filter((v) => v.owner !== except)
        .map((v) => ({ group: [`${v.name}/*`], message: `Only ${v.owner} talks to ${v.name}: use its exported verbs.` })),
    },
  ],
});

const config = [
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import/no-restricted-paths": ["error", { basePath: path.resolve(import.meta.dirname, ".."), zones: layerZones }],
      ...restrict(null),
    },
  },
  ...[...new Set(vendorSdks.map((v) => v.owner))].map((owner) => ({
    // An owner is a module folder, or a single file where one provider of a module owns the SDK.
    files: [owner.endsWith(".ts") ? owner : `${owner}/**`],
    rules: restrict(owner),
  })),
  {
    // Tests exercise the real vendor clients against their local stand-ins.
    files: ["**/*.test.ts", "**/*.test.tsx", "lib/testing/**", "e2e/**", "bench/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Tests and their helpers stand above every layer, like app/: a test in lib/ may call the route
    // or render the component built on the code it checks.
    files: ["**/*.test.ts", "**/*.test.tsx", "**/test-helpers.ts", "**/test-fixtures.ts", "lib/testing/**"],
    rules: { "import/no-restricted-paths": "off" },
  },
];

export default config;
