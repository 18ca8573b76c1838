// ESLint: Next's core-web-vitals and TypeScript rules, plus Bazaar's one structural rule:
// vendor SDKs are imported only by the module that owns that service.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
];

export default config;
