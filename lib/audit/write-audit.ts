// The audit log: who did what to which record, from where. Security-relevant changes (sign-ins,
// lock-outs, password and 2FA changes, role changes) write one entry each. A failed audit write is
// logged and swallowed: it must not undo or block the change it records.
import type { RequestContext } from "../accounts/request-context";
import { db, type Prisma } from "../db";
import { logger } from "../log";

const log = logger("audit");

export interface AuditEntry {
  actorId?: string | null;
  /** Dotted verb, e.g. "auth.sign_in", "auth.sign_in_failed", "user.role_changed". */
  action: string;
  targetType?: string;
  targetId?: string;
  metadata?: Record<string, unknown>;
}

export async function writeAudit(entry: AuditEntry, ctx: RequestContext = {}): Promise<void> {
  try {
    await db.auditLog.create({
      data: {
        actorId: entry.actorId ?? null,
        action: entry.action.slice(0, 100),
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        ip: ctx.ip?.slice(0, 100) ?? null,
        userAgent: ctx.userAgent?.slice(0, 500) ?? null,
        metadata: entry.metadata ? (JSON.parse(JSON.stringify(entry.metadata)) as Prisma.InputJsonValue) : undefined,
      },
    });
  } catch (error) {
    log.error("audit entry not written", { action: entry.action, actorId: entry.actorId, error });
  }
}
