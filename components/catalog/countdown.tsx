"use client";

import { useSyncExternalStore } from "react";

const subscribeEverySecond = (onTick: () => void) => {
  const timer = setInterval(onTick, 1000);
  return () => clearInterval(timer);
};
const subscribeNever = () => () => {};
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;
const noClockOnServer = () => null;

/**
 * The browser's time to the second, ticking; null on the server and while hydrating, so the
 * server's HTML and the first client render agree.
 */
export function useSecondClock(enabled = true): number | null {
  return useSyncExternalStore(enabled ? subscribeEverySecond : subscribeNever, currentSecond, noClockOnServer);
}

// Built from the ISO text, not Intl: the server's and the browser's ICU may space it differently.
const utcMinute = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
const pad = (n: number) => String(n).padStart(2, "0");

/** 93_784_000 → "1d 02:03:04"; under a day "02:03:04". */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const clock = `${pad(Math.floor((total % 86_400) / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return days > 0 ? `${days}d ${clock}` : clock;
}

/** "Ends in 02:03:04", live; "Sale ended" from the moment it reaches zero. */
export function Countdown({ endsAt, endedText = "Sale ended", className }: { endsAt: string; endedText?: string; className?: string }) {
  const now = useSecondClock();
  const end = Date.parse(endsAt);
  if (now === null) {
    return (
      <span className={className}>
        Ends <time dateTime={endsAt}>{utcMinute(new Date(end).toISOString())}</time>
      </span>
    );
  }
  if (now >= end) return <span className={className}>{endedText}</span>;
  return (
    <span className={className} role="timer">
      Ends in <time dateTime={endsAt} className="tabular-nums">{formatRemaining(end - now)}</time>
    </span>
  );
}

/** Shows `children` (the sale) until endsAt, then `ended` (the regular offer), without a reload. */
export function UntilSaleEnds({ endsAt, ended, children }: { endsAt: string; ended: React.ReactNode; children: React.ReactNode }) {
  const now = useSecondClock();
  return <>{now !== null && now >= Date.parse(endsAt) ? ended : children}</>;
}
