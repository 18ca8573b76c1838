"use server";

import { AuthError } from "next-auth";
import { signIn, signOut, ZSignInInput } from "@/lib/auth/next-auth";
import { runAction, type ActionResult } from "@/lib/action-result";
import { AppError } from "@/lib/errors";

/** Only same-site paths: never an open redirect. */
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "/";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}

export async function signInAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(async () => {
    const input = ZSignInInput.parse({ email: form.get("email"), password: form.get("password") });
    try {
      await signIn("credentials", { ...input, redirectTo: safeCallback(form.get("callbackUrl")) });
    } catch (error) {
      if (error instanceof AuthError) {
        const suspended = (error as AuthError & { code?: string }).code === "account_suspended";
        throw new AppError("UNAUTHENTICATED", suspended ? "This account is suspended. Contact support." : "Email or password is incorrect");
      }
      throw error;
    }
  });
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
