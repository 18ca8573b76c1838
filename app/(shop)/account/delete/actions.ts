"use server";

import { requestAccountDeletion } from "@/lib/accounts/profile";
import { actionRequestContext } from "@/lib/accounts/request-context";
import { runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { signOut } from "@/lib/auth/next-auth";

export async function deleteAccountAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(async () => {
    if (form.get("confirm") !== "on") {
      throw new AppError("VALIDATION_FAILED", "Tick the box to confirm", { fields: { confirm: ["Tick the box to confirm that you want to delete your account"] } });
    }
    const password = form.get("password");
    await requestAccountDeletion({ actor: await requireActor(), password: typeof password === "string" ? password : "" }, await actionRequestContext());
    // The session already stopped working (its version was bumped): clear the cookie too.
    await signOut({ redirectTo: "/account/delete/done" });
  });
}
