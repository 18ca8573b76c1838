"use client";
// Which products the signed-in shopper has saved, for every heart on the page. Loaded once per page
// load (when the first heart appears) from /api/v1/wishlist/ids, so listing pages stay the same
// for everyone (and cacheable).
// A signed-out click sends the shopper to sign in and back to the same URL; the save they asked
// for is kept in sessionStorage and made once they return signed in.
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import type { GetWishlistIdsResponse } from "@/lib/wishlist";
import { setWishlistedAction } from "./actions";

type Status = "loading" | "signed-in" | "signed-out" | "unknown";

interface WishlistContextValue {
  status: Status;
  isSaved(productId: string): boolean;
  toggle(productId: string, productTitle: string): void;
  ensureLoaded(): Promise<void>;
}

const WishlistContext = createContext<WishlistContextValue | null>(null);

const PENDING_KEY = "bazaar:wishlist:pending";
const PENDING_TTL_MS = 30 * 60 * 1000;

interface PendingSave {
  productId: string;
  productTitle: string;
  at: number;
}

function readPending(): PendingSave | null {
  try {
    const raw = window.sessionStorage.getItem(PENDING_KEY);
    if (!raw) return null;
    const pending = JSON.parse(raw) as Partial<PendingSave>;
    if (typeof pending.productId !== "string" || typeof pending.productTitle !== "string" || typeof pending.at !== "number") return null;
    return Date.now() - pending.at < PENDING_TTL_MS ? (pending as PendingSave) : null;
  } catch {
    return null;
  }
}

function writePending(pending: PendingSave | null) {
  try {
    if (pending) window.sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    else window.sessionStorage.removeItem(PENDING_KEY);
  } catch {
    // Storage can be off (private mode): the shopper then taps the heart again after signing in.
  }
}

async function loadIds(): Promise<GetWishlistIdsResponse["data"] | null> {
  try {
    const response = await fetch("/api/v1/wishlist/ids", { credentials: "same-origin", cache: "no-store" });
    if (!response.ok) return null;
    return ((await response.json()) as GetWishlistIdsResponse).data;
  } catch {
    return null;
  }
}

function withMember(set: ReadonlySet<string>, id: string, member: boolean): ReadonlySet<string> {
  if (set.has(id) === member) return set;
  const next = new Set(set);
  if (member) next.add(id);
  else next.delete(id);
  return next;
}

export function WishlistProvider({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  const [status, setStatus] = useState<Status>("loading");
  const [saved, setSaved] = useState<ReadonlySet<string>>(() => new Set());
  const [announcement, setAnnouncement] = useState<{ text: string; error: boolean } | null>(null);
  // Clicks resolve after the load and after earlier clicks: they read the latest state from refs.
  const statusRef = useRef<Status>("loading");
  const savedRef = useRef<ReadonlySet<string>>(saved);
  const inFlight = useRef(new Set<string>());
  const loaded = useRef<Promise<void> | null>(null);

  const update = useCallback((next: (current: ReadonlySet<string>) => ReadonlySet<string>) => {
    savedRef.current = next(savedRef.current);
    setSaved(savedRef.current);
  }, []);
  const changeStatus = useCallback((next: Status) => {
    statusRef.current = next;
    setStatus(next);
  }, []);

  const goSignIn = useCallback(
    (productId: string, productTitle: string) => {
      writePending({ productId, productTitle, at: Date.now() });
      const here = `${window.location.pathname}${window.location.search}`;
      router.push(`/sign-in?callbackUrl=${encodeURIComponent(here)}`);
    },
    [router],
  );

  /** Saves or removes optimistically; puts the heart back if the server says no. */
  const send = useCallback(
    async (productId: string, productTitle: string, save: boolean) => {
      inFlight.current.add(productId);
      update((current) => withMember(current, productId, save));
      try {
        const result = await setWishlistedAction(productId, save);
        if (result.ok && result.data.signedIn) {
          setAnnouncement({ text: save ? `Saved ${productTitle} to your wishlist.` : `Removed ${productTitle} from your wishlist.`, error: false });
          return;
        }
        update((current) => withMember(current, productId, !save));
        if (result.ok) {
          // The session ended since the page loaded.
          changeStatus("signed-out");
          goSignIn(productId, productTitle);
        } else {
          setAnnouncement({ text: result.message, error: true });
        }
      } catch {
        update((current) => withMember(current, productId, !save));
        setAnnouncement({ text: "Your wishlist could not be updated. Check your connection and try again.", error: true });
      } finally {
        inFlight.current.delete(productId);
      }
    },
    [changeStatus, goSignIn, update],
  );

  /** The first heart on the page asks for the saved ids; pages without hearts never do. */
  const ensureLoaded = useCallback((): Promise<void> => {
    loaded.current ??= (async () => {
      const ids = await loadIds();
      if (!ids) return changeStatus("unknown");
      update(() => new Set(ids.productIds));
      changeStatus(ids.signedIn ? "signed-in" : "signed-out");
      const pending = ids.signedIn ? readPending() : null;
      if (pending) {
        writePending(null);
        if (!ids.productIds.includes(pending.productId)) await send(pending.productId, pending.productTitle, true);
      }
    })();
    return loaded.current;
  }, [changeStatus, send, update]);

  const toggle = useCallback(
    (productId: string, productTitle: string) => {
      if (inFlight.current.has(productId)) return;
      void (async () => {
        await ensureLoaded();
        if (statusRef.current === "signed-out") return goSignIn(productId, productTitle);
        // "unknown" (the ids did not load): try anyway; the action says if we are signed out.
        await send(productId, productTitle, !savedRef.current.has(productId));
      })();
    },
    [ensureLoaded, goSignIn, send],
  );

  const value = useMemo<WishlistContextValue>(() => ({ status, isSaved: (id) => saved.has(id), toggle, ensureLoaded }), [ensureLoaded, saved, status, toggle]);

  return (
    <WishlistContext.Provider value={value}>
      {children}
      <div aria-live="polite" className="sr-only">
        {announcement && !announcement.error ? announcement.text : ""}
      </div>
      {announcement?.error ? (
        <div role="alert" className="fixed inset-x-4 bottom-4 z-50 mx-auto flex max-w-md items-start gap-3 rounded-lg bg-stone-900 px-4 py-3 text-sm text-white shadow-lg">
          <p className="flex-1">{announcement.text}</p>
          <button type="button" onClick={() => setAnnouncement(null)} className="font-semibold underline">
            Dismiss
          </button>
        </div>
      ) : null}
    </WishlistContext.Provider>
  );
}

export function useWishlist(): WishlistContextValue {
  const context = useContext(WishlistContext);
  if (!context) throw new Error("WishlistButton needs a WishlistProvider above it (components/layout/site-shell.tsx mounts one)");
  return context;
}
