// Reading the outbox: every email Bazaar rendered, with its delivery status. In embedded mode this
// is the only place emails can be read. Callers (admin pages) must check the reader is an admin:
// the outbox holds verification codes and reset links.
import { z } from "zod";
import { db, type EmailStatus } from "../db";
import { AppError, fieldErrorsFromZod, notFound } from "../errors";
import type { EmailOutbox } from "../generated/prisma/client";

export const ZListOutboxInput = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
  to: z.string().trim().max(320).optional(),
});
export type TListOutboxInput = z.input<typeof ZListOutboxInput>;

export interface OutboxListItem {
  id: string;
  to: string;
  from: string;
  subject: string;
  template: string;
  status: EmailStatus;
  provider: string;
  providerMessageId: string | null;
  error: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

/** Newest first, without the bodies (html, text): open one with getOutboxEmail. */
export async function listOutbox(input: TListOutboxInput = {}): Promise<{ items: OutboxListItem[]; total: number }> {
  const parsed = ZListOutboxInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Invalid outbox query", { fields: fieldErrorsFromZod(parsed.error) });
  const { page, pageSize, to } = parsed.data;
  // Any part of the address, in any case: people remember "lovelace", not the whole address. Prisma
  // sends `contains` to ILIKE as it is, so its wildcards ("_" is common in addresses) are escaped.
  const where = to ? { to: { contains: to.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const } } : {};
  const [items, total] = await db.$transaction([
    db.emailOutbox.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        to: true,
        from: true,
        subject: true,
        template: true,
        status: true,
        provider: true,
        providerMessageId: true,
        error: true,
        createdAt: true,
        sentAt: true,
      },
    }),
    db.emailOutbox.count({ where }),
  ]);
  return { items, total };
}

/** The whole row, html and text included. NOT_FOUND if there is no such email. */
export async function getOutboxEmail(id: string): Promise<EmailOutbox> {
  const row = await db.emailOutbox.findUnique({ where: { id } });
  if (!row) throw notFound("Email");
  return row;
}
