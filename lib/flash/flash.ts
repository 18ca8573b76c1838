// One-time notices that survive a redirect: a server action sets the cookie, the page it lands on
// shows the notice once and clears it (components/layout/flash-notice.tsx). Read in the browser,
// so landing pages stay the same for everyone and can be cached.
export const FLASH_COOKIE = "bazaar_flash";

export const flashMessages = {
  "email-verified": "Your email address is confirmed. You can now check out, sell and send messages.",
} as const;

export type FlashCode = keyof typeof flashMessages;

export function isFlashCode(value: unknown): value is FlashCode {
  return typeof value === "string" && Object.hasOwn(flashMessages, value);
}
