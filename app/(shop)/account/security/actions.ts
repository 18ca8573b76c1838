"use server";
// Server actions of two-factor setup. Password change and sign-out-everywhere are the sign-in
// flows' own actions (app/(auth)/actions.ts), used here as they are.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changePasswordAction } from "@/app/(auth)/actions";
import { actionRequestContext } from "@/lib/accounts/request-context";
import { runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth";
import { confirmTwoFactorEnrollment, disableTwoFactor, startTwoFactorEnrollment, ZTwoFactorCodeInput } from "@/lib/auth/two-factor";

export type EnrollmentStart = { qrCodeDataUrl: string; secret: string };

export async function startTwoFactorAction(): Promise<ActionResult<EnrollmentStart>> {
  return runAction(async () => {
    const { qrCodeDataUrl, secret } = await startTwoFactorEnrollment({ actor: await requireActor() });
    return { qrCodeDataUrl, secret };
  });
}

/** Answers the recovery codes; the page refreshes only once the user has saved them. */
export async function confirmTwoFactorAction(_previous: ActionResult<{ recoveryCodes: string[] }> | null, form: FormData) {
  return runAction(async () => {
    const { code } = ZTwoFactorCodeInput.parse({ code: form.get("code") ?? "" });
    return confirmTwoFactorEnrollment({ actor: await requireActor(), code }, await actionRequestContext());
  });
}

export async function disableTwoFactorAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(async () => {
    const { code } = ZTwoFactorCodeInput.parse({ code: form.get("code") ?? "" });
    await disableTwoFactor({ actor: await requireActor(), code }, await actionRequestContext());
    revalidatePath("/account/security");
  }, "Two-factor sign-in is off.");
}

/**
 * The sign-in flows' password change, then a fresh page load: the new session cookie is set by the
 * action, and a page rendered in the same request would still see the old one and send the user
 * through /sign-in and back, losing the confirmation.
 */
export async function changePasswordOnPageAction(previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  const result = await changePasswordAction(previous, form);
  if (result.ok) redirect("/account/security?notice=password-changed");
  return result;
}
