// Account security: two-factor sign-in, password change, and signing out everywhere.
import type { Metadata } from "next";
import { signOutEverywhereAction } from "@/app/(auth)/actions";
import { requirePageActor } from "@/lib/auth/page-guards";
import { getTwoFactorStatus } from "@/lib/auth/two-factor";
import { AccountHeading, AccountNav } from "../account-nav";
import { PasswordForm } from "./password-form";
import { TwoFactorPanel } from "./two-factor-panel";

export const metadata: Metadata = { title: "Security", robots: { index: false } };

type Props = { searchParams: Promise<{ notice?: string }> };

export default async function SecurityPage(props: Props) {
  const actor = await requirePageActor("/account/security");
  const { notice } = await props.searchParams;
  const twoFactor = await getTwoFactorStatus({ actor });
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div>
        <AccountHeading title="Security" description="Keep your account yours." />
        <AccountNav current="/account/security" />
      </div>
      <section aria-labelledby="two-factor-heading" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="two-factor-heading" className="font-semibold">
          Two-factor sign-in
        </h2>
        <TwoFactorPanel enabled={twoFactor.enabled} recoveryCodesLeft={twoFactor.recoveryCodesLeft} />
      </section>
      <section aria-labelledby="password-heading" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="password-heading" className="font-semibold">
          Change password
        </h2>
        <p className="mt-1 text-sm text-stone-600">You stay signed in here; every other browser and app is signed out.</p>
        {notice === "password-changed" ? (
          <p role="status" className="mt-3 rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
            Your password is changed. Every other device was signed out.
          </p>
        ) : null}
        <div className="mt-4">
          <PasswordForm key={notice ?? "form"} />
        </div>
      </section>
      <section aria-labelledby="sessions-heading" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="sessions-heading" className="font-semibold">
          Sign out everywhere
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          Ends every session on every device and app, this one included. Use it if you signed in somewhere you no longer trust.
        </p>
        <form action={signOutEverywhereAction} className="mt-4">
          <button type="submit" className="rounded-lg border border-stone-300 px-4 py-2 text-sm font-semibold hover:border-red-400 hover:text-red-700">
            Sign out everywhere
          </button>
        </form>
      </section>
    </div>
  );
}
