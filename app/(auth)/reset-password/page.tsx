import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { searchParams: Promise<{ token?: string }> };

export default async function ResetPasswordPage(props: Props) {
  const { token } = await props.searchParams;
  if (typeof token !== "string" || token.length === 0) {
    return (
      <>
        <h1 className="text-xl font-bold">This reset link is incomplete</h1>
        <p className="mt-2 text-sm text-stone-600">Open the link from the email again, or ask for a new one.</p>
        <Link href="/forgot-password" className="mt-6 block rounded-lg bg-brand-600 py-2.5 text-center font-semibold text-white hover:bg-brand-700">
          Send me a new link
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="text-xl font-bold">Choose a new password</h1>
      <p className="mt-1 text-sm text-stone-600">Every device signed in to your account will be signed out.</p>
      <div className="mt-6">
        <ResetPasswordForm token={token} />
      </div>
      <p className="mt-6 text-sm text-stone-600">
        Link expired?{" "}
        <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
          Ask for a new one
        </Link>
      </p>
    </>
  );
}
