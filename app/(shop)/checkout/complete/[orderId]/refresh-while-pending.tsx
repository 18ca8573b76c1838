"use client";
// A fallback for the live update: the provider's confirmation can land before this page subscribed
// (or the socket may be down), so while the payment is unconfirmed the page also asks again now and
// then, for a couple of minutes. Unmounted as soon as the page shows a settled payment.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function RefreshWhilePending({ everyMs = 4_000, forMs = 120_000 }: { everyMs?: number; forMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const started = Date.now();
    const timer = window.setInterval(() => {
      if (Date.now() - started > forMs) window.clearInterval(timer);
      else router.refresh();
    }, everyMs);
    return () => window.clearInterval(timer);
  }, [router, everyMs, forMs]);
  return null;
}
