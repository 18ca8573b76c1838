import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { oauthRefusalMessages, type OAuthRefusal } from "@/lib/accounts/link-oauth-account";
import { getActor } from "@/lib/auth";
import { getEnv } from "@/lib/env";
import { safeCallback } from "../safe-callback";
import { ProviderButtons } from "./provider-buttons";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; reset?: string; signedOut?: string; refused?: string }> };

export default async function SignInPage(props: Props) {
  const { callbackUrl, reset, signedOut, refused } = await props.searchParams;
  const target = safeCallback(callbackUrl);
  if (await getActor()) redirect(target);
  const notice =
    reset === "1" ? "Your password is changed. Sign in with your new password."
    : signedOut === "everywhere" ? "You are signed out on every device."
    : null;
  // Only known reasons are shown: never text taken from the URL.
  const refusal =
    typeof refused === "string" && Object.hasOwn(oauthRefusalMessages, refused) ? oauthRefusalMessages[refused as OAuthRefusal]
    : refused ? "Sign-in with that provider did not work. Try again, or use your email and password."
    : null;
  const { oauth } = getEnv();
  const providers = (["google", "github"] as const).filter((provider) => oauth[provider]);
  return (
    <>
      <h1 className="text-xl font-bold">Sign in to Bazaar</h1>
      <p className="mt-1 text-sm text-stone-600">Use the email and password of your account.</p>
      {notice ? (
        <p role="status" className="mt-4 rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
          {notice}
        </p>
      ) : null}
      {refusal ? (
        <p role="alert" className="mt-4 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {refusal}
        </p>
      ) : null}
      <div className="mt-6">
        <SignInForm callbackUrl={target} />
      </div>
      <ProviderButtons providers={providers} callbackUrl={target} />
      <div className="mt-6 space-y-1 text-sm text-stone-600">
        <p>
          <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
            Forgot your password?
          </Link>
        </p>
        <p>
          New to Bazaar?{" "}
          <Link href={`/sign-up${target !== "/" ? `?callbackUrl=${encodeURIComponent(target)}` : ""}`} className="font-medium text-brand-700 hover:underline">
            Create an account
          </Link>
        </p>
      </div>
    </>
  );
}
