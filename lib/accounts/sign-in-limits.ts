// Limits on password guessing, in one place so the web sign-in, the mobile login and the tests
// agree. Rate limits count every attempt; the lock-out counts failures on the user's row.
export const SIGN_IN_LIMITS = {
  /** Attempts per client address, whatever the account (credential stuffing). */
  perIp: { limit: 30, windowSeconds: 10 * 60 },
  /** Attempts per account, from anywhere. */
  perAccount: { limit: 10, windowSeconds: 10 * 60 },
  /** Consecutive failures that lock the account, and for how long. */
  lockAfterFailures: 5,
  lockMinutes: 15,
} as const;

export const minutesFrom = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "14 November 2026, 09:12 UTC": how emails state a moment. */
export function formatWhen(date: Date): string {
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" });
  return `${day}, ${time} UTC`;
}
