import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page-guards";
import { safeCallback } from "../safe-callback";
import { ResendCodeForm, VerifyEmailForm } from "./verify-email-form";

export const metadata: Metadata = { title: "Confirm your email address" };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function VerifyEmailPage(props: Props) {
  const { callbackUrl } = await props.searchParams;
  const target = safeCallback(callbackUrl);
  const actor = await requirePageActor(`/verify-email?callbackUrl=${encodeURIComponent(target)}`);
  if (actor.emailVerified) {
    return (
      <>
        <h1 className="text-xl font-bold">Your email address is confirmed</h1>
        <p className="mt-2 text-sm text-stone-600">{actor.email} is verified. You can check out, sell and send messages.</p>
        <Link href={target} className="mt-6 block rounded-lg bg-brand-600 py-2.5 text-center font-semibold text-white hover:bg-brand-700">
          Continue
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="text-xl font-bold">Confirm your email address</h1>
      <p className="mt-1 text-sm text-stone-600">
        We sent a 6-digit code to <strong className="font-medium text-stone-800">{actor.email}</strong>. It works for 10 minutes.
      </p>
      <div className="mt-6">
        <VerifyEmailForm callbackUrl={target} />
      </div>
      <div className="mt-6 border-t border-stone-100 pt-4">
        <ResendCodeForm />
      </div>
      <p className="mt-4 text-sm text-stone-600">
        You can keep browsing and fill your cart meanwhile.{" "}
        <Link href={target} className="font-medium text-brand-700 hover:underline">
          Do this later
        </Link>
      </p>
    </>
  );
}
