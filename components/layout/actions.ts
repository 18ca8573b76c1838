"use server";
// The header's sign-out button. Signing out everywhere (every browser and app) is on the account
// security page, with the other account actions.
import { signOut } from "@/lib/auth/next-auth";

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
