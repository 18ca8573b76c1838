// The load runs, each with its target from the storefront performance issue.
import type { LoadFigures } from "./load";
import { failures, type Target } from "./report";
import { SEARCH_QUERIES, SUGGEST_PREFIXES, type Targets } from "./targets";

export const SCENARIO_KEYS = ["search", "suggest", "listing", "product"] as const;
export type ScenarioKey = (typeof SCENARIO_KEYS)[number];

const PAGE_HEADERS = { accept: "text/html,application/xhtml+xml", "accept-encoding": "gzip, deflate, br" };
const API_HEADERS = { accept: "application/json", "accept-encoding": "gzip, deflate, br" };

const allOk = (f: LoadFigures) => failures(f) === 0;
const TARGETS = {
  search: { label: "p95 ≤ 50 ms", met: (f) => allOk(f) && f.p95 <= 50 },
  suggest: { label: "p95 ≤ 30 ms", met: (f) => allOk(f) && f.p95 <= 30 },
  listing: { label: "≥ 250 req/s, p95 < 100 ms", met: (f) => allOk(f) && f.rps >= 250 && f.p95 < 100 },
  product: { label: "p95 < 300 ms, 0 errors", met: (f) => allOk(f) && f.p95 < 300 },
} satisfies Record<string, Target>;

export interface Scenario {
  key: ScenarioKey;
  name: string;
  path: string;
  note?: string;
  paths: string[];
  warmupPaths: string[];
  connections: number;
  headers: Record<string, string>;
  target?: Target;
  /** Every request should be a page not requested before in the run (uncached product pages). */
  unique?: boolean;
}

export type Endpoints = Awaited<ReturnType<typeof endpoints>>;

/** The search routes to measure: the API when the build has it, else the /search page. */
export async function endpoints(base: string) {
  const exists = async (path: string) => {
    const response = await fetch(`${base}${path}`, { headers: { accept: "application/json" } });
    await response.arrayBuffer();
    return response.status !== 404;
  };
  const search = await exists("/api/v1/search?q=headphones");
  const suggest = await exists("/api/v1/search/suggest?q=head");
  return {
    search: search ? "/api/v1/search?q=" : "/search?q=",
    suggest: suggest ? "/api/v1/search/suggest?q=" : "/search?q=",
    searchFallback: !search,
    suggestFallback: !suggest,
  };
}

export function scenarios(targets: Targets, api: Endpoints): Scenario[] {
  const searchPaths = SEARCH_QUERIES.map((q) => `${api.search}${encodeURIComponent(q.q)}`);
  const pagePaths = SEARCH_QUERIES.map((q) => `/search?q=${encodeURIComponent(q.q)}`);
  const suggestPaths = SUGGEST_PREFIXES.map((p) => `${api.suggest}${encodeURIComponent(p)}`);
  const list: Scenario[] = [
    {
      key: "search",
      name: api.searchFallback ? "Search (no API: page)" : "Search API",
      path: `${api.search}<${SEARCH_QUERIES.length} queries>`,
      note: api.searchFallback ? "GET /api/v1/search answers 404 on this build: measured the /search page instead" : undefined,
      paths: searchPaths,
      warmupPaths: searchPaths,
      connections: 10,
      headers: api.searchFallback ? PAGE_HEADERS : API_HEADERS,
      target: TARGETS.search,
    },
  ];
  if (!api.searchFallback) {
    list.push({ key: "search", name: "Search page", path: `/search?q=<${SEARCH_QUERIES.length} queries>`, paths: pagePaths, warmupPaths: pagePaths, connections: 10, headers: PAGE_HEADERS });
  }
  list.push({
    key: "suggest",
    name: api.suggestFallback ? "Autocomplete (no API: page)" : "Autocomplete API",
    path: `${api.suggest}<${SUGGEST_PREFIXES.length} prefixes>`,
    note: api.suggestFallback ? "GET /api/v1/search/suggest answers 404 on this build: measured the /search page with the prefixes instead" : undefined,
    paths: suggestPaths,
    warmupPaths: suggestPaths,
    connections: 10,
    headers: api.suggestFallback ? PAGE_HEADERS : API_HEADERS,
    target: TARGETS.suggest,
  });
  for (const connections of [20, 50]) {
    list.push({
      key: "listing",
      name: "Category listing",
      path: `/c/<${targets.categories.length} slugs>?page=1–3`,
      paths: targets.listingPaths,
      warmupPaths: targets.listingPaths,
      connections,
      headers: PAGE_HEADERS,
      target: TARGETS.listing,
    });
  }
  [20, 50].forEach((connections, i) => {
    const slugs = targets.productSlugs[i]!;
    list.push({
      key: "product",
      name: "Product page (uncached)",
      path: `/p/<${slugs.length} slugs>`,
      paths: slugs.map((s) => `/p/${s}`),
      warmupPaths: targets.warmupProductSlugs.map((s) => `/p/${s}`),
      connections,
      headers: PAGE_HEADERS,
      target: connections === 50 ? TARGETS.product : undefined,
      unique: true,
    });
  });
  return list;
}

