// Google / GitHub sign-in: finds the Bazaar user behind a provider account, linking it to an
// existing account only when the provider vouches for the email, or creates a buyer account.
// Accounts with two-factor authentication must sign in with their password and code: a provider
// sign-in would skip the second factor.
import { z } from "zod";
import { db } from "../db";
import { AppError } from "../errors";
import { writeAudit } from "../audit/write-audit";
import type { RequestContext } from "./request-context";

export const ZOAuthProfile = z.object({
  provider: z.enum(["google", "github"]),
  providerAccountId: z.string().min(1).max(200),
  email: z.string().trim().toLowerCase().email().nullable(),
  /** Whether the provider says the address is verified (Google: email_verified; GitHub: its primary verified email). */
  emailVerified: z.boolean(),
  name: z.string().trim().max(100).nullable(),
});
export type TOAuthProfile = z.infer<typeof ZOAuthProfile>;

export type OAuthRefusal = "no-verified-email" | "deleted" | "suspended" | "two-factor";

/** Why a provider sign-in was refused; the sign-in page shows the message for the reason. */
export class OAuthRefused extends AppError {
  constructor(
    readonly reason: OAuthRefusal,
    message: string,
  ) {
    super("FORBIDDEN", message);
  }
}

export const oauthRefusalMessages: Record<OAuthRefusal, string> = {
  "no-verified-email": "Your account with this provider has no verified email address. Sign up with your email instead.",
  deleted: "This account was deleted.",
  suspended: "This account is suspended. Contact support.",
  "two-factor": "This account uses two-factor authentication: sign in with your email, password and code.",
};

const refuse = (reason: OAuthRefusal) => new OAuthRefused(reason, oauthRefusalMessages[reason]);

export interface OAuthUser {
  id: string;
  sessionVersion: number;
}

export async function linkOAuthAccount(input: TOAuthProfile, ctx: RequestContext = {}): Promise<OAuthUser> {
  const profile = ZOAuthProfile.parse(input);
  const select = { id: true, status: true, deletedAt: true, sessionVersion: true, twoFactorEnabledAt: true } as const;

  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: profile.provider, providerAccountId: profile.providerAccountId } },
    select: { user: { select } },
  });
  let user = linked?.user ?? null;
  if (!user) {
    if (!profile.email || !profile.emailVerified) {
      throw refuse("no-verified-email");
    }
    const email = profile.email;
    user = await db.$transaction(async (tx) => {
      const existing =
        (await tx.user.findUnique({ where: { email }, select })) ??
        (await tx.user.create({ data: { email, name: profile.name, emailVerified: new Date() }, select }));
      await tx.account.create({
        data: { userId: existing.id, type: "oidc", provider: profile.provider, providerAccountId: profile.providerAccountId },
      });
      return existing;
    });
    await writeAudit({ actorId: user.id, action: "auth.oauth_linked", targetType: "user", targetId: user.id, metadata: { provider: profile.provider } }, ctx);
  }
  if (user.deletedAt) throw refuse("deleted");
  if (user.status !== "ACTIVE") throw refuse("suspended");
  if (user.twoFactorEnabledAt) throw refuse("two-factor");
  await writeAudit({ actorId: user.id, action: "auth.sign_in", targetType: "user", targetId: user.id, metadata: { provider: profile.provider } }, ctx);
  return { id: user.id, sessionVersion: user.sessionVersion };
}
