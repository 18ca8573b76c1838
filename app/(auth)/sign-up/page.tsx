import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { safeCallback } from "../safe-callback";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function SignUpPage(props: Props) {
  const { callbackUrl } = await props.searchParams;
  const target = safeCallback(callbackUrl);
  if (await getActor()) redirect(target);
  return (
    <>
      <h1 className="text-xl font-bold">Create your Bazaar account</h1>
      <p className="mt-1 text-sm text-stone-600">We will email you a code to confirm your address.</p>
      <div className="mt-6">
        <SignUpForm callbackUrl={target} />
      </div>
      <p className="mt-6 text-sm text-stone-600">
        Already have an account?{" "}
        <Link href={`/sign-in${target !== "/" ? `?callbackUrl=${encodeURIComponent(target)}` : ""}`} className="font-medium text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
