// "Member since March 2025": month and year in UTC, so the server and every reader agree.
const formatter = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

export function formatMemberSince(date: Date | string): string {
  return formatter.format(typeof date === "string" ? new Date(date) : date);
}
