"use server";
// Server actions of the profile page. The avatar goes through POST /api/v1/me/avatar instead:
// server action bodies are capped at 1 MB, route handlers take the 5 MB an avatar may be.
import { revalidatePath } from "next/cache";
import { updateProfile } from "@/lib/accounts/profile";
import { runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth";
import { formText } from "@/lib/form-data";

export async function updateProfileAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(async () => {
    const actor = await requireActor();
    await updateProfile({ actor, input: { name: formText(form, "name"), phone: formText(form, "phone") } });
    revalidatePath("/account");
  }, "Your profile is saved.");
}
