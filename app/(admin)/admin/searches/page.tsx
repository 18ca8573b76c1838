// What shoppers search for, and what they search for and don't find: the zero-result report
// tells the marketplace which listings are missing.
import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/auth/page-guards";
import { searchReport } from "@/lib/search/log-search";

export const metadata: Metadata = { title: "Searches" };

const PERIODS = [1, 7, 30, 90] as const;
type Props = { searchParams: Promise<{ days?: string; zero?: string }> };

export default async function SearchesPage(props: Props) {
  await requireAdminPage("/admin/searches");
  const params = await props.searchParams;
  const days = PERIODS.find((d) => String(d) === params.days) ?? 30;
  const zeroResultsOnly = params.zero === "1";
  const rows = await searchReport({ days, zeroResultsOnly, limit: 100 });
  const href = (change: { days?: number; zero?: boolean }) =>
    `/admin/searches?${new URLSearchParams({ days: String(change.days ?? days), ...((change.zero ?? zeroResultsOnly) ? { zero: "1" } : {}) })}`;
  const tab = (active: boolean) => `rounded-full px-3 py-1 ${active ? "bg-stone-900 text-white" : "border border-stone-300 bg-white"}`;
  return (
    <div>
      <h1 className="text-2xl font-bold">Searches</h1>
      <p className="mt-1 text-sm text-stone-600">The 100 most frequent searches (first page of results only; autocomplete is not counted).</p>
      <div className="mt-4 flex flex-wrap gap-2 text-sm">
        <Link href={href({ zero: false })} aria-current={!zeroResultsOnly ? "page" : undefined} className={tab(!zeroResultsOnly)}>All searches</Link>
        <Link href={href({ zero: true })} aria-current={zeroResultsOnly ? "page" : undefined} className={tab(zeroResultsOnly)}>Found nothing</Link>
        <span className="mx-2 self-center text-stone-400">|</span>
        {PERIODS.map((d) => (
          <Link key={d} href={href({ days: d })} aria-current={d === days ? "page" : undefined} className={tab(d === days)}>
            {d === 1 ? "24 hours" : `${d} days`}
          </Link>
        ))}
      </div>
      <div className="mt-4 overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <table className="w-full text-sm">
          <thead className="text-left text-xs uppercase text-stone-500">
            <tr><th className="px-4 py-2">Search</th><th className="px-4 py-2 text-right">Times</th><th className="px-4 py-2 text-right">Results last time</th><th className="px-4 py-2">Last searched</th></tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.query} className="border-t border-stone-100">
                {/* Any text can be searched: a long term wraps anywhere and shows three lines; the link and its title hold all of it. */}
                <td className="min-w-40 px-4 py-2" data-testid="search-term">
                  <Link href={`/search?${new URLSearchParams({ q: row.query })}`} title={row.query} className="line-clamp-3 text-brand-700 wrap-anywhere hover:underline">
                    {row.query}
                  </Link>
                </td>
                <td className="px-4 py-2 text-right tabular-nums">{row.searches.toLocaleString("en-US")}</td>
                <td className={`px-4 py-2 text-right tabular-nums ${row.lastResultCount === 0 ? "font-semibold text-red-700" : ""}`}>{row.lastResultCount.toLocaleString("en-US")}</td>
                <td className="whitespace-nowrap px-4 py-2 text-stone-600">{row.lastSearchedAt.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC</td>
              </tr>
            ))}
            {rows.length === 0 ? (
              <tr><td colSpan={4} className="px-4 py-6 text-center text-stone-600">No searches in this period.</td></tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
