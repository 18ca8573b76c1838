"use server";

import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/lib/action-result";
import { getActor } from "@/lib/auth";
import { submitSandboxCheckout } from "@/lib/payments";

/** A sandbox checkout button: settles the payment through the real webhook path, then returns the shopper. */
export async function completeSandboxPaymentAction(_previous: ActionResult<never> | null, form: FormData): Promise<ActionResult<never>> {
  return runAction(async () => {
    // The signed session comes back from the form and is verified again: nothing here is trusted.
    const query: Record<string, string> = {};
    for (const name of ["success_url", "cancel_url", "customer", "description", "sig"]) {
      const value = form.get(name);
      if (typeof value === "string") query[name] = value;
    }
    const { redirectTo } = await submitSandboxCheckout({
      providerRef: String(form.get("providerRef") ?? ""),
      query,
      outcome: form.get("outcome"),
      actor: await getActor(),
    });
    redirect(redirectTo);
  });
}
