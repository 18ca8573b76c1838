// Every search a shopper runs (first page only, not autocomplete) is kept for analytics and the
// zero-result report: what people look for and don't find is what sellers should list next.
import "server-only";
import { db } from "../db";
import { logger } from "../log";
import { normalizeQuery } from "./parse-query";

const log = logger("search");

/** Never throws: losing one analytics row must not fail a search. */
export async function logSearch(entry: { query: string; resultCount: number; userId: string | null }): Promise<void> {
  const normalizedQuery = normalizeQuery(entry.query);
  if (!normalizedQuery) return;
  try {
    await db.searchQuery.create({
      data: { query: entry.query.slice(0, 200), normalizedQuery: normalizedQuery.slice(0, 200), resultCount: entry.resultCount, userId: entry.userId },
    });
  } catch (error) {
    log.warn("search not logged", { error });
  }
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
