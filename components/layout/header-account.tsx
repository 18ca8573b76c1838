"use client";
// The header's per-visitor part: account links and the cart count, loaded in the browser from
// /api/session so every page around it stays the same for everyone (and cacheable). It reloads on
// navigation and when something announces a change (added to cart, signed out, profile saved).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useFormStatus } from "react-dom";
import { signOutAction } from "./actions";
import type { SessionSummary } from "@/lib/accounts/session-summary";

const CHANGED = "bazaar:session-changed";

/** Tells the header its facts changed (call after a cart or account change). */
export function announceSessionChange(): void {
  window.dispatchEvent(new Event(CHANGED));
}

export function HeaderAccount() {
  const pathname = usePathname();
  const [summary, setSummary] = useState<SessionSummary | null>(null);

  const load = useCallback(async () => {
    try {
      const response = await fetch("/api/session", { cache: "no-store" });
      if (response.ok) setSummary((await response.json()) as SessionSummary);
    } catch {
      // Offline or navigating away: the header keeps what it showed.
    }
  }, []);

  useEffect(() => {
    // Loading is an outside-world sync; the state is set when the answer arrives.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load, pathname]);
  useEffect(() => {
    const onChange = () => void load();
    window.addEventListener(CHANGED, onChange);
    return () => window.removeEventListener(CHANGED, onChange);
  }, [load]);

  const user = summary?.user;
  const cartCount = summary?.cartCount ?? 0;
  return (
    <nav aria-label="Account" className="ml-auto flex items-center gap-4 text-sm sm:ml-0" aria-busy={summary === null}>
      {user ? (
        <>
          {user.role === "SELLER" ? <Link href="/dashboard" className="font-medium hover:text-brand-700">Seller dashboard</Link> : null}
          {user.role === "ADMIN" ? <Link href="/admin" className="font-medium hover:text-brand-700">Admin</Link> : null}
          <Link href="/account" className="font-medium hover:text-brand-700">Account</Link>
          <span className="hidden text-stone-600 md:inline" data-testid="account-name">
            {user.name ?? user.email}
          </span>
          <form action={signOutAction}>
            <SignOutButton onDone={load} />
          </form>
        </>
      ) : summary ? (
        <Link href="/sign-in" className="font-medium hover:text-brand-700">
          Sign in
        </Link>
      ) : (
        // Same width as "Sign in" while loading, so the header doesn't jump.
        <span className="invisible font-medium" aria-hidden>
          Sign in
        </span>
      )}
      {/* The name read out starts with what is shown ("Cart 2"), then says what the number counts. */}
      <Link href="/cart" className="relative font-medium hover:text-brand-700">
        Cart
        {cartCount > 0 ? (
          <>
            <span className="ml-1 rounded-full bg-accent-700 px-1.5 py-0.5 text-xs font-bold text-white" data-testid="cart-count">
              {cartCount}
            </span>
            <span className="sr-only">{cartCount === 1 ? " item" : " items"}</span>
          </>
        ) : null}
      </Link>
    </nav>
  );
}

/** Announces a change once a server action that changed the cart or the account succeeded. */
export function useAnnounceOnSuccess(result: { ok: boolean } | null): void {
  useEffect(() => {
    if (result?.ok) announceSessionChange();
  }, [result]);
}

/** Reloads the header once signing out has finished (the cookie is gone only then). */
function SignOutButton({ onDone }: { onDone: () => void }) {
  const { pending } = useFormStatus();
  const wasPending = useRef(false);
  useEffect(() => {
    if (wasPending.current && !pending) onDone();
    wasPending.current = pending;
  }, [pending, onDone]);
  return (
    <button type="submit" disabled={pending} className="font-medium hover:text-brand-700">
      Sign out
    </button>
  );
}
