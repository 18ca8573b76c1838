// Account deletion: personal data is erased at once; the user row stays (anonymised) because
// orders, payments and reviews point at it and must stay intact for the sellers' and our records.
// Orders keep their own snapshots (email, addresses), as the law on bookkeeping requires.
import type { RequestContext } from "../request-context";
import { writeAudit } from "../../audit/write-audit";
import type { Actor } from "../../auth/actor";
import { verifyPassword } from "../../auth/password";
import { revokeAllRefreshTokens } from "../../auth/tokens";
import { enforceRateLimit } from "../../cache";
import { db } from "../../db";
import { AppError, unauthenticated } from "../../errors";
import { logger } from "../../log";
import { deleteUpload } from "../../uploads";
import { activeUserId } from "./active-user";
import { parseInput, ZAccountDeletionInput } from "./profile.schema";

const log = logger("profile");

/** `.invalid` is reserved (RFC 2606): the placeholder can never receive mail or collide with a real sign-up. */
export const DELETED_EMAIL_DOMAIN = "deleted.bazaar.invalid";
export const deletedEmailFor = (userId: string) => `deleted-${userId}@${DELETED_EMAIL_DOMAIN}`;

const wrongPassword = () => new AppError("VALIDATION_FAILED", "Password is incorrect", { fields: { password: ["Password is incorrect"] } });

export async function requestAccountDeletion(
  { actor, password }: { actor: Actor | null; password: string },
  ctx: RequestContext = {},
): Promise<void> {
  const userId = await activeUserId(actor, "account:delete");
  const input = parseInput(ZAccountDeletionInput, { password });
  await enforceRateLimit({
    name: "account-deletion",
    key: userId,
    limit: 5,
    windowSeconds: 15 * 60,
    message: "Too many attempts. Wait a few minutes and try again.",
  });

  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, store: { select: { id: true } } } });
  if (!user) throw unauthenticated();
  if (!user.passwordHash) {
    throw new AppError("BAD_REQUEST", "This account has no password yet. Set one with “Forgot password”, then delete the account.");
  }
  if (!(await verifyPassword(input.password, user.passwordHash))) throw wrongPassword();
  if (user.store) {
    throw new AppError("CONFLICT", "This account owns a store. Contact support to close the store before deleting the account.");
  }

  const avatars = await db.upload.findMany({ where: { ownerId: userId, purpose: "avatar" }, select: { id: true } });
  const now = new Date();
  await db.$transaction([
    db.user.update({
      where: { id: userId },
      data: {
        email: deletedEmailFor(userId),
        emailVerified: null,
        name: null,
        phone: null,
        image: null,
        passwordHash: null,
        twoFactorEnabledAt: null,
        failedSignInCount: 0,
        lockedUntil: null,
        deletionRequestedAt: now,
        deletedAt: now,
        // Ends every web session at once: getActor() compares the token's version with this.
        sessionVersion: { increment: 1 },
      },
    }),
    db.address.deleteMany({ where: { userId } }),
    db.twoFactorSecret.deleteMany({ where: { userId } }),
    db.recoveryCode.deleteMany({ where: { userId } }),
    db.account.deleteMany({ where: { userId } }),
    db.session.deleteMany({ where: { userId } }),
    db.emailCode.deleteMany({ where: { userId } }),
    db.passwordResetToken.deleteMany({ where: { userId } }),
    db.cart.deleteMany({ where: { userId } }),
    db.wishlistItem.deleteMany({ where: { userId } }),
    db.notification.deleteMany({ where: { userId } }),
  ]);
  await revokeAllRefreshTokens(userId);

  for (const { id } of avatars) {
    await deleteUpload({ id, actor: actor! }).catch((error: unknown) => log.warn("avatar of a deleted account not removed", { uploadId: id, error }));
  }
  await writeAudit({ actorId: userId, action: "user.deleted", targetType: "user", targetId: userId }, ctx);
  log.info("account deleted", { userId });
}
