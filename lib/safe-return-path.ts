// Where to send someone after a step (sign-in, payment): only paths on our own site. Anything that could leave it (absolute URLs,
// protocol-relative "//host", backslash tricks, control characters) is refused: no open redirects.
const BASE = "http://bazaar.invalid";

/** The normalised same-origin path, or null when the value is not one. */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
  if (/[\u0000-\u001f\u007f\s]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
