// Deleting the account: what goes, what stays, and the password to confirm.
import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page-guards";
import { AccountHeading, AccountNav } from "../account-nav";
import { DeleteAccountForm } from "./delete-account-form";

export const metadata: Metadata = { title: "Delete your account", robots: { index: false } };

export default async function DeleteAccountPage() {
  await requirePageActor("/account/delete");
  return (
    <div className="mx-auto max-w-3xl">
      <AccountHeading title="Delete your account" />
      <AccountNav current="/account/delete" />
      <div className="space-y-4 text-sm leading-6">
        <p>Deleting your account cannot be undone. Straight away:</p>
        <ul className="list-disc pl-5">
          <li>your name, email address, phone number, picture, saved addresses, cart and wishlist are erased;</li>
          <li>your password and two-factor settings are removed, and every browser and app you are signed in on is signed out.</li>
        </ul>
        <p>
          Orders you placed are kept, with the delivery details they were placed with, because sellers and Bazaar must keep records of
          sales. Reviews and messages you wrote stay, without your name.
        </p>
      </div>
      <div className="mt-6 rounded-xl border border-red-200 bg-white p-5">
        <DeleteAccountForm />
      </div>
    </div>
  );
}
