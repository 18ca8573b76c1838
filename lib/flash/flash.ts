// One-time notices that survive a redirect: a server action sets the cookie for the page it sends
// the visitor to, and that page shows the notice once and clears it (components/layout/flash-notice.tsx).
// Read in the browser, so landing pages stay the same for everyone and can be cached.
export const FLASH_COOKIE = "bazaar_flash";

export const flashMessages = {
  "email-verified": "Your email address is confirmed. You can now check out, sell and send messages.",
} as const;

export type FlashCode = keyof typeof flashMessages;

/** The cookie's value: the notice and the path it is for ("email-verified /checkout"). */
export function flashValue(code: FlashCode, path: string): string {
  return `${code} ${path}`;
}

/** The notice a cookie value holds for `pathname`, if it is for that page. */
export function flashFor(value: string, pathname: string): FlashCode | null {
  const [code, path] = value.split(" ");
  return code && Object.hasOwn(flashMessages, code) && path === pathname ? (code as FlashCode) : null;
}
