// Every search a shopper runs (first page only, not autocomplete) is kept for analytics and the
// zero-result report: what people look for and don't find is what sellers should list next.
import "server-only";
import { db } from "../db";
import { logger } from "../log";
import { normalizeQuery } from "./parse-query";

const log = logger("search");

interface Entry {
  query: string;
  normalizedQuery: string;
  resultCount: number;
  userId: string | null;
}

/** Searches are written in batches: one INSERT per second at most, not one per search. */
const FLUSH_AFTER_MS = 1_000;
const FLUSH_AT = 200;
let pending: Entry[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;
let flushing: Promise<void> = Promise.resolve();

/** Never throws: losing analytics rows must not fail a search. A crash loses the last second's. */
export function logSearch(entry: { query: string; resultCount: number; userId: string | null }): Promise<void> {
  const normalizedQuery = normalizeQuery(entry.query);
  if (!normalizedQuery) return Promise.resolve();
  pending.push({ query: entry.query.slice(0, 200), normalizedQuery: normalizedQuery.slice(0, 200), resultCount: entry.resultCount, userId: entry.userId });
  if (pending.length >= FLUSH_AT) return flushSearchLog();
  timer ??= setTimeout(() => void flushSearchLog(), FLUSH_AFTER_MS);
  timer.unref?.();
  return Promise.resolve();
}

/** Writes what is waiting (tests call it; the timer does otherwise). */
export function flushSearchLog(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  const batch = pending;
  pending = [];
  flushing = flushing.then(async () => {
    if (batch.length === 0) return;
    try {
      await db.searchQuery.createMany({ data: batch });
    } catch {
      // A user deleted meanwhile (foreign key): keep the searches, without the user.
      try {
        await db.searchQuery.createMany({ data: batch.map((entry) => ({ ...entry, userId: null })) });
      } catch (error) {
        log.warn("searches not logged", { count: batch.length, error });
      }
    }
  });
  return flushing;
}

export interface SearchReportRow {
  query: string;
  searches: number;
  lastResultCount: number;
  lastSearchedAt: Date;
}

/** The most frequent searches over the last `days`, optionally only those that found nothing. */
export async function searchReport(input: { days: number; zeroResultsOnly: boolean; limit: number }): Promise<SearchReportRow[]> {
  const since = new Date(Date.now() - input.days * 86_400_000);
  return db.$queryRaw<SearchReportRow[]>`
    SELECT normalized_query AS query, count(*)::int AS searches,
           (array_agg(result_count ORDER BY created_at DESC))[1] AS "lastResultCount",
           max(created_at) AS "lastSearchedAt"
    FROM search_queries
    WHERE created_at >= ${since} AND (${!input.zeroResultsOnly} OR result_count = 0)
    GROUP BY normalized_query
    ORDER BY searches DESC, "lastSearchedAt" DESC
    LIMIT ${input.limit}`;
}
