// Who may read the email outbox: admins always; anyone while developing locally with the
// embedded outbox (so sign-up codes can be read without a mail server).
import { getEnv } from "../env";
import { requireAdminPage } from "./page-guards";

export async function requireOutboxAccess(returnTo: string): Promise<void> {
  const env = getEnv();
  if (env.nodeEnv === "development" && env.email.mode === "outbox") return;
  await requireAdminPage(returnTo);
}
