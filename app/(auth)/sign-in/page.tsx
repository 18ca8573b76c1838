import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function SignInPage(props: Props) {
  const { callbackUrl } = await props.searchParams;
  const target = typeof callbackUrl === "string" && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  if (await getActor()) redirect(target);
  return (
    <>
      <h1 className="text-xl font-bold">Sign in to Bazaar</h1>
      <p className="mt-1 text-sm text-stone-600">Use the email and password of your account.</p>
      <div className="mt-6">
        <SignInForm callbackUrl={target} />
      </div>
    </>
  );
}
