"use server";
// Server actions of the address book: each reads the form and calls the use case, which checks
// that the address belongs to the signed-in user (another user's id answers "not found").
import { revalidatePath } from "next/cache";
import { createAddress, deleteAddress, setDefaultAddress, updateAddress } from "@/lib/accounts/profile";
import { runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth";

const fields = ["kind", "fullName", "line1", "line2", "city", "region", "postalCode", "country", "phone"] as const;

function addressInput(form: FormData) {
  const input: Record<string, unknown> = Object.fromEntries(fields.map((name) => [name, form.get(name) ?? undefined]));
  // An unticked checkbox sends nothing: on this form that means "not the default".
  input.isDefault = form.get("isDefault") === "on";
  return input;
}

const id = (form: FormData) => String(form.get("id") ?? "");

export async function createAddressAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(async () => {
    const input = addressInput(form);
    // The first address of a kind becomes its default unless the user said otherwise.
    if (!input.isDefault) delete input.isDefault;
    await createAddress({ actor: await requireActor(), input });
    revalidatePath("/account/addresses");
  }, "Address added.");
}

export async function updateAddressAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(async () => {
    await updateAddress({ actor: await requireActor(), id: id(form), input: addressInput(form) });
    revalidatePath("/account/addresses");
  }, "Address saved.");
}

export async function deleteAddressAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(async () => {
    await deleteAddress({ actor: await requireActor(), id: id(form) });
    revalidatePath("/account/addresses");
  });
}

export async function setDefaultAddressAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  return runAction(async () => {
    await setDefaultAddress({ actor: await requireActor(), id: id(form) });
    revalidatePath("/account/addresses");
  });
}
