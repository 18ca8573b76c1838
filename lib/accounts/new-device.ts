// "New sign-in from a new device": a device is known when an earlier sign-in to the same account
// came with the same user agent. The very first sign-in (right after sign-up) is not news.
import { db } from "../db";
import { getEnv } from "../env";
import { queueEmail } from "../email";
import { logger } from "../log";
import type { RequestContext } from "./request-context";
import { formatWhen } from "./sign-in-limits";

const log = logger("accounts");

/** "Chrome on Windows" from a user agent string; good enough for a person to recognise. */
export function describeDevice(userAgent: string | null | undefined): string {
  if (!userAgent) return "an unknown device";
  const ua = userAgent;
  const browser =
    /Edg\//.test(ua) ? "Edge"
    : /OPR\/|Opera/.test(ua) ? "Opera"
    : /Firefox\//.test(ua) ? "Firefox"
    : /Chrome\/|Chromium\/|CriOS\//.test(ua) ? "Chrome"
    : /Safari\//.test(ua) ? "Safari"
    : /okhttp|Dart|CFNetwork|Bazaar/i.test(ua) ? "the Bazaar app"
    : "a browser";
  const os =
    /iPhone|iPad|iPod/.test(ua) ? "iOS"
    : /Android/.test(ua) ? "Android"
    : /Windows/.test(ua) ? "Windows"
    : /Mac OS X|Macintosh/.test(ua) ? "macOS"
    : /CrOS/.test(ua) ? "ChromeOS"
    : /Linux/.test(ua) ? "Linux"
    : "an unknown system";
  return `${browser} on ${os}`;
}

export async function notifyIfNewDevice({ userId }: { userId: string }, ctx: RequestContext): Promise<void> {
  const earlier = await db.auditLog.findMany({
    where: { actorId: userId, action: "auth.sign_in" },
    select: { userAgent: true },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  if (earlier.length === 0) return;
  if (earlier.some((entry) => entry.userAgent === (ctx.userAgent ?? null))) return;
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
  if (!user) return;
  try {
    await queueEmail({
      to: user.email,
      template: "new-sign-in",
      props: {
        name: user.name ?? user.email,
        device: describeDevice(ctx.userAgent),
        ip: ctx.ip ?? "an unknown address",
        when: formatWhen(new Date()),
        resetUrl: `${getEnv().appUrl}/forgot-password`,
      },
    });
  } catch (error) {
    // The sign-in itself succeeded: a missing notice must not refuse it.
    log.error("new sign-in email not queued", { userId, error });
  }
}
