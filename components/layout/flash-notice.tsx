"use client";
// Shows the one-time notice a server action left for this page (lib/flash), then forgets it; a
// notice for another page (another tab got there first) is left for that page. The live region is
// always there, so screen readers announce the notice when it appears.
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { FLASH_COOKIE, flashFor, flashMessages } from "@/lib/flash/flash";

/** The notice left for this page, taken (cleared) so it shows once; one for another page stays for it. */
function takeFlash(pathname: string): string | null {
  const match = document.cookie.split("; ").find((part) => part.startsWith(`${FLASH_COOKIE}=`));
  const code = match ? flashFor(decodeURIComponent(match.slice(FLASH_COOKIE.length + 1)), pathname) : null;
  if (!code) return null;
  document.cookie = `${FLASH_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
  return flashMessages[code];
}

export function FlashNotice() {
  const pathname = usePathname();
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const taken = takeFlash(pathname);
    // The cookie is outside React: read once after the page is shown, on each navigation.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (taken) setMessage(taken);
  }, [pathname]);

  return (
    <div role="status" data-testid="flash-notice">
      {message ? (
        <p className="mb-6 flex items-start justify-between gap-3 rounded-lg border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900">
          <span>{message}</span>
          <button type="button" onClick={() => setMessage(null)} className="shrink-0 font-semibold text-green-900 underline-offset-2 hover:underline">
            Dismiss
          </button>
        </p>
      ) : null}
    </div>
  );
}
