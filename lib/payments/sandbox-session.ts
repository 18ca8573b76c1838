// A sandbox checkout session lives in its URL, since the schema keeps no column for it: the return
// paths, who started it and its description travel as query parameters, signed with the sandbox
// secret so that nobody can swap in another owner or return path. They are checked again on use.
import { createHmac, timingSafeEqual } from "node:crypto";
import { safeReturnPath } from "../safe-return-path";

export interface SandboxSession {
  successUrl: string;
  cancelUrl: string;
  customerId: string;
  description: string;
}

export type SearchParams = Record<string, string | string[] | undefined>;

const PROVIDER_REF = /^sbx_[a-f0-9]{32}$/;
export const isSandboxRef = (value: unknown): value is string => typeof value === "string" && PROVIDER_REF.test(value);

function sign(secret: string, providerRef: string, session: SandboxSession): string {
  const canonical = JSON.stringify(["bazaar-sandbox-checkout", providerRef, session.successUrl, session.cancelUrl, session.customerId, session.description]);
  return createHmac("sha256", secret).update(canonical).digest("hex");
}

export function sessionQuery(secret: string, providerRef: string, session: SandboxSession): Record<string, string> {
  return {
    success_url: session.successUrl,
    cancel_url: session.cancelUrl,
    customer: session.customerId,
    description: session.description,
    sig: sign(secret, providerRef, session),
  };
}

/** The session carried by a checkout URL's query, or null when it is missing, altered or unsafe. */
export function readSession(secret: string, providerRef: string, query: SearchParams): SandboxSession | null {
  const one = (name: string) => (typeof query[name] === "string" ? (query[name] as string) : undefined);
  const [successRaw, cancelRaw, customerId, description, sig] = ["success_url", "cancel_url", "customer", "description", "sig"].map(one);
  if (!isSandboxRef(providerRef) || successRaw === undefined || cancelRaw === undefined || !customerId || description === undefined || !sig) return null;
  const session = { successUrl: successRaw, cancelUrl: cancelRaw, customerId, description };
  const expected = Buffer.from(sign(secret, providerRef, session), "hex");
  const given = Buffer.from(sig, "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  // Signed by us, and still checked on the way out.
  const successUrl = safeReturnPath(successRaw);
  const cancelUrl = safeReturnPath(cancelRaw);
  if (!successUrl || !cancelUrl) return null;
  return { ...session, successUrl, cancelUrl };
}
