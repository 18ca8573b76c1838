"use server";
// Server actions of the sign-in flows. Each one reads the form, calls the use case in lib/accounts
// and answers an ActionResult the form renders (field errors next to their fields).
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { changePassword, signOutEverywhere } from "@/lib/accounts/change-password";
import { sendEmailVerificationCode, verifyEmail } from "@/lib/accounts/email-verification";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { registerUser } from "@/lib/accounts/register-user";
import { actionRequestContext } from "@/lib/accounts/request-context";
import { runAction, type ActionResult } from "@/lib/action-result";
import { getActor, requireActor } from "@/lib/auth";
import { continueSession, signIn, signOut, TWO_FACTOR_REQUIRED, ZSignInInput } from "@/lib/auth/next-auth";
import { AppError, unauthenticated } from "@/lib/errors";
import { safeCallback } from "./safe-callback";
import { formText } from "@/lib/form-data";
import { setFlash } from "@/lib/flash/set-flash";

export type SignInResult = ActionResult<void> & { twoFactorRequired?: boolean };

/** The AppError authorize() refused with, when next-auth hands one back. */
function refusal(error: unknown): { appError: AppError; code?: string } | undefined {
  if (!(error instanceof AuthError)) return undefined;
  const carried = (error as { appError?: unknown }).appError;
  if (carried instanceof AppError) return { appError: carried, code: (error as { code?: string }).code };
  return { appError: new AppError("UNAUTHENTICATED", "Email or password is incorrect") };
}

export async function signInAction(_previous: SignInResult | null, form: FormData): Promise<SignInResult> {
  let twoFactorRequired = false;
  const result = await runAction(async () => {
    const input = ZSignInInput.parse({ email: formText(form, "email"), password: formText(form, "password") });
    try {
      await signIn("credentials", { ...input, code: formText(form, "code"), redirectTo: safeCallback(form.get("callbackUrl")) });
    } catch (error) {
      const refused = refusal(error);
      if (!refused) throw error;
      twoFactorRequired = refused.code === TWO_FACTOR_REQUIRED || Boolean(refused.appError.fields?.code);
      throw refused.appError;
    }
  });
  return twoFactorRequired ? { ...result, twoFactorRequired } : result;
}

export async function signUpAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(async () => {
    const ctx = await actionRequestContext();
    const input = { name: formText(form, "name"), email: formText(form, "email"), password: formText(form, "password") };
    await registerUser(input, ctx);
    const next = `/verify-email?callbackUrl=${encodeURIComponent(safeCallback(form.get("callbackUrl")))}`;
    try {
      await signIn("credentials", { email: input.email, password: input.password, redirectTo: next });
    } catch (error) {
      // The account exists; if signing in right away was refused (rate limit), sign in by hand.
      if (!refusal(error)) throw error;
      redirect(`/sign-in?callbackUrl=${encodeURIComponent(next)}`);
    }
  });
}

export async function verifyEmailAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await getActor();
    if (!actor) throw unauthenticated("Sign in to confirm your email address");
    await verifyEmail({ userId: actor.userId, code: formText(form, "code") }, await actionRequestContext());
    // Wherever the shopper goes next, it says the address is now confirmed.
    const next = safeCallback(form.get("callbackUrl"));
    await setFlash("email-verified", next);
    redirect(next);
  });
}

export async function resendCodeAction(_previous: ActionResult<void> | null): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await getActor();
    if (!actor) throw unauthenticated("Sign in to confirm your email address");
    await sendEmailVerificationCode({ userId: actor.userId }, await actionRequestContext());
  }, "We sent a new code. It works for 10 minutes.");
}

export async function forgotPasswordAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(
    async () => requestPasswordReset({ email: formText(form, "email") }, await actionRequestContext()),
    "If an account exists for that address, we sent it a link to choose a new password. The link works for 30 minutes.",
  );
}

export async function resetPasswordAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(async () => {
    const password = formText(form, "password");
    if (password !== formText(form, "confirmPassword")) {
      throw new AppError("VALIDATION_FAILED", "The passwords do not match", { fields: { confirmPassword: ["The passwords do not match"] } });
    }
    await resetPassword({ token: formText(form, "token"), password }, await actionRequestContext());
    redirect("/sign-in?reset=1");
  });
}

/** For the account security page: a new password; this browser stays signed in, every other session ends. */
export async function changePasswordAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireActor();
    const newPassword = formText(form, "newPassword");
    if (newPassword !== formText(form, "confirmPassword")) {
      throw new AppError("VALIDATION_FAILED", "The passwords do not match", { fields: { confirmPassword: ["The passwords do not match"] } });
    }
    const { sessionVersion } = await changePassword({ actor, currentPassword: formText(form, "currentPassword"), newPassword }, await actionRequestContext());
    await continueSession({ userId: actor.userId, sessionVersion });
  }, "Your password is changed. Every other device was signed out.");
}

/** Signs out every browser and app, this one included. */
export async function signOutEverywhereAction() {
  const actor = await getActor();
  if (actor) await signOutEverywhere({ actor }, await actionRequestContext());
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
}

