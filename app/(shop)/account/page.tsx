// The account's profile: name, phone and avatar. The email changes through its own flow.
import type { Metadata } from "next";
import { getProfile } from "@/lib/accounts/profile";
import { requirePageActor } from "@/lib/auth/page-guards";
import { AccountHeading, AccountNav } from "./account-nav";
import { AvatarForm } from "./avatar-form";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Your profile", robots: { index: false } };

export default async function AccountPage() {
  const actor = await requirePageActor("/account");
  const profile = await getProfile({ actor });
  return (
    <div className="mx-auto max-w-3xl">
      <AccountHeading title="Profile" description="How sellers and Bazaar address you." />
      <AccountNav current="/account" />
      <div className="grid gap-8 md:grid-cols-[200px_1fr]">
        <AvatarForm avatarUrl={profile.avatarUrl} name={profile.name ?? profile.email} />
        <section aria-labelledby="profile-details" className="space-y-4">
          <h2 id="profile-details" className="font-semibold">
            Details
          </h2>
          <dl className="text-sm">
            <dt className="font-medium">Email</dt>
            <dd className="text-stone-700" data-testid="profile-email">
              {profile.email} {profile.emailVerified ? <span className="text-green-700">(verified)</span> : <span className="text-amber-700">(not verified yet)</span>}
            </dd>
          </dl>
          <ProfileForm name={profile.name ?? ""} phone={profile.phone ?? ""} />
        </section>
      </div>
    </div>
  );
}
