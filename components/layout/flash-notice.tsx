"use client";
// Shows the one-time notice a server action left for this page (lib/flash), then forgets it. The
// live region is always there, so screen readers announce the notice when it appears.
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { FLASH_COOKIE, flashMessages, isFlashCode } from "@/lib/flash/flash";

function takeFlash(): string | null {
  const match = document.cookie.split("; ").find((part) => part.startsWith(`${FLASH_COOKIE}=`));
  if (!match) return null;
  document.cookie = `${FLASH_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
  const code = decodeURIComponent(match.slice(FLASH_COOKIE.length + 1));
  return isFlashCode(code) ? flashMessages[code] : null;
}

export function FlashNotice() {
  const pathname = usePathname();
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const taken = takeFlash();
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
