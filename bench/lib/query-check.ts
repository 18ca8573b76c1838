// The query table: one request per search query and autocomplete prefix, with how many results each
// found next to how many titles in the data hold its words, so a query set that stopped matching the
// data (or a search that stopped finding things) shows before the load figures are trusted.
import type { Endpoints } from "./scenarios";
import { SUGGEST_PREFIXES, type Targets } from "./targets";

/** How many results a search or suggest response holds, for the query table: a total if it says, else its list's length. */
function countHits(body: string, contentType: string): { hits?: number; correctedTo?: string } {
  if (contentType.includes("json")) {
    try {
      const json = JSON.parse(body) as { data?: unknown; meta?: { total?: unknown; correctedFrom?: unknown; query?: { q?: unknown } } } & Record<string, unknown>;
      // A corrected search answers the corrected words in meta.query.q.
      const correctedTo = json.meta?.correctedFrom && typeof json.meta.query?.q === "string" ? json.meta.query.q : undefined;
      if (typeof json.meta?.total === "number") return { hits: json.meta.total, correctedTo };
      if (typeof json.total === "number") return { hits: json.total };
      if (Array.isArray(json.data)) return { hits: json.data.length };
      // Suggestions: one list per kind (products, categories, stores…).
      if (json.data && typeof json.data === "object") {
        const lists = Object.values(json.data).filter(Array.isArray);
        if (lists.length > 0) return { hits: lists.reduce((sum, list) => sum + list.length, 0) };
      }
      const list = Object.values(json).find(Array.isArray);
      return { hits: list?.length };
    } catch {
      return {};
    }
  }
  const match = /data-testid="result-count"[^>]*>([\d,]+) listing/.exec(body);
  return { hits: match ? Number(match[1]!.replaceAll(",", "")) : undefined };
}

async function probe(url: string): Promise<{ status: number; ms: number; hits?: number; correctedTo?: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { accept: "application/json, text/html" } });
  const body = await response.text();
  return { status: response.status, ms: performance.now() - started, ...countHits(body, response.headers.get("content-type") ?? "") };
}

export async function queryCheck(base: string, targets: Targets, api: Endpoints) {
  const lines = ["Query check (one request each, after warm-up of the server):", "  query                 kind    titles in data   hits   status  time  answered as"];
  for (const query of targets.queries) {
    const r = await probe(`${base}${api.search}${encodeURIComponent(query.q)}`);
    lines.push(`  ${`"${query.q}"`.padEnd(22)}${query.kind.padEnd(8)}${String(query.titles).padStart(14)}${String(r.hits ?? "?").padStart(7)}${String(r.status).padStart(9)}${`${Math.round(r.ms)} ms`.padStart(8)}${r.correctedTo ? `  "${r.correctedTo}"` : ""}`);
  }
  lines.push("  prefix (suggest)      suggestions  status  time");
  for (const prefix of SUGGEST_PREFIXES) {
    const r = await probe(`${base}${api.suggest}${encodeURIComponent(prefix)}`);
    lines.push(`  ${`"${prefix}"`.padEnd(22)}${String(r.hits ?? "?").padStart(11)}${String(r.status).padStart(8)}${`${Math.round(r.ms)} ms`.padStart(8)}`);
  }
  return lines.join("\n");
}

