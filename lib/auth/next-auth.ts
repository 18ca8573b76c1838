// next-auth (Auth.js) for the web: email + password sign-in with JWT sessions. The token carries
// the user's id and session version; getActor() re-reads the user on every request so a suspended
// user or a bumped session version ends the session at once.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db";
import { getEnv } from "../env";
import { verifyPassword } from "./password";

export const ZSignInInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address"),
  password: z.string().min(1, "Enter your password").max(200),
});

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

class AccountSuspended extends CredentialsSignin {
  code = "account_suspended";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const env = getEnv();
  return {
    secret: env.authSecret,
    trustHost: true,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw) {
          const parsed = ZSignInInput.safeParse(raw);
          if (!parsed.success) throw new InvalidCredentials();
          const user = await db.user.findUnique({ where: { email: parsed.data.email } });
          // Compare against a dummy hash when the user is unknown, so timing does not reveal who has an account.
          const hash = user?.passwordHash ?? "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.6WyqgVX1G2Ch2J6j4JDbhoZLL8ry";
          const ok = await verifyPassword(parsed.data.password, hash);
          if (!user || !user.passwordHash || !ok || user.deletedAt) throw new InvalidCredentials();
          if (user.status !== "ACTIVE") throw new AccountSuspended();
          return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
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
