// Where a deleted account lands: no guard, since by now nobody is signed in.
import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Account deleted", robots: { index: false } };

export default function AccountDeletedPage() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold">Your account is deleted</h1>
      <p className="mt-2 text-stone-600">Your personal data is erased and you are signed out everywhere. Thank you for shopping with Bazaar.</p>
      <Link href="/" className="mt-6 inline-block rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
        Back to the shop
      </Link>
    </div>
  );
}
