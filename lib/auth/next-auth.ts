// next-auth (Auth.js) for the web: email + password sign-in with JWT sessions. Every check lives in
// lib/accounts (rate limits, lock-out, suspension) and lib/auth/two-factor; authorize() only runs
// them in order. The token carries the user's id and session version; getActor() re-reads the user
// on every request, so a suspension or a bumped session version ends the session at once. Each
// sign-in mints a fresh JWT (new jti): there is no session id to fixate.
import { createHmac, timingSafeEqual } from "node:crypto";
import NextAuth, { AuthError, CredentialsSignin } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { linkOAuthAccount, OAuthRefused } from "../accounts/link-oauth-account";
import { ZPasswordSignInInput } from "../accounts/authenticate";
import { contextFromHeaders } from "../accounts/request-context";
import { getEnv } from "../env";
import { logger } from "../log";
import { authorizeCredentials } from "./credentials-sign-in";

export { SignInRefused, TWO_FACTOR_REQUIRED } from "./credentials-sign-in";

const log = logger("auth");

/** Kept for callers that validate the sign-in form before submitting it. */
export const ZSignInInput = ZPasswordSignInInput;

// ── keeping the current session through a "sign out other sessions" change ─────────────────
// A password change bumps the session version; the browser that made the change gets a short-lived
// grant, minted only on the server, to move its own token to the new version. The client-side
// session update endpoint cannot forge one.
const GRANT_SECONDS = 60;

function grantSignature(userId: string, sessionVersion: number, expires: number): string {
  return createHmac("sha256", getEnv().authSecret).update(`session-grant:${userId}:${sessionVersion}:${expires}`).digest("base64url");
}

function readGrant(userId: string, grant: unknown): number | undefined {
  if (typeof grant !== "string") return undefined;
  const [version, expires, signature] = grant.split(".");
  const v = Number(version);
  const e = Number(expires);
  if (!Number.isInteger(v) || !Number.isInteger(e) || !signature || e < Date.now() / 1000) return undefined;
  const expected = Buffer.from(grantSignature(userId, v, e));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? v : undefined;
}

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(() => {
  const env = getEnv();
  // Google and GitHub only when their keys are configured (the sign-in page shows their buttons then).
  const oauthProviders: Provider[] = [];
  if (env.oauth.google) oauthProviders.push(Google({ clientId: env.oauth.google.id, clientSecret: env.oauth.google.secret }));
  if (env.oauth.github) oauthProviders.push(GitHub({ clientId: env.oauth.github.id, clientSecret: env.oauth.github.secret }));
  return {
    secret: env.authSecret,
    trustHost: true,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in" },
    logger: {
      // A refused sign-in is an expected outcome (and already in the audit log), not a server error.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        // A session cookie that does not decrypt (garbage, expired, signed with an old secret) is a
        // signed-out visitor, and anyone can send one: never an error line with a stack per request.
        if (error instanceof AuthError && error.type === "JWTSessionError") {
          log.debug("unreadable session cookie: treated as signed out");
          return;
        }
        log.error("next-auth error", { error });
      },
      warn(code) {
        log.warn("next-auth warning", { code });
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {}, code: {} },
        authorize: (raw, request) => authorizeCredentials(raw, contextFromHeaders(request.headers)),
      }),
      ...oauthProviders,
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "credentials") return true;
        try {
          const linked = await linkOAuthAccount({
            provider: account.provider as "google" | "github",
            providerAccountId: account.providerAccountId,
            email: user.email ?? null,
            // Google says whether it verified the address; GitHub only exposes verified addresses.
            emailVerified: account.provider === "github" ? Boolean(user.email) : (profile as { email_verified?: boolean } | undefined)?.email_verified === true,
            name: user.name ?? null,
          });
          // From here on the session is about the Bazaar user, not the provider's account id.
          user.id = linked.id;
          (user as { sessionVersion?: number }).sessionVersion = linked.sessionVersion;
          return true;
        } catch (error) {
          if (error instanceof OAuthRefused) return `/sign-in?refused=${error.reason}`;
          log.error("provider sign-in failed", { provider: account.provider, error });
          return "/sign-in?refused=unavailable";
        }
      },
      jwt({ token, user, trigger, session }) {
        if (user?.id) {
          token.sub = user.id;
          token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        if (trigger === "update" && token.sub) {
          const version = readGrant(token.sub, (session as { sessionGrant?: unknown } | undefined)?.sessionGrant);
          if (version !== undefined) token.sessionVersion = version;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        (session as { sessionVersion?: number }).sessionVersion = token.sessionVersion as number | undefined;
        return session;
      },
    },
  };
});

/**
 * After a change that ended the user's other sessions (changePassword), keeps this browser signed
 * in by moving its token to the new session version. Call it from the server action that made the change.
 */
export async function continueSession({ userId, sessionVersion }: { userId: string; sessionVersion: number }): Promise<void> {
  const expires = Math.floor(Date.now() / 1000) + GRANT_SECONDS;
  const sessionGrant = `${sessionVersion}.${expires}.${grantSignature(userId, sessionVersion, expires)}`;
  await unstable_update({ sessionGrant } as unknown as Parameters<typeof unstable_update>[0]);
}
