"use client";

import { useActionState } from "react";
import { useAnnounceOnSuccess } from "@/components/layout/header-account";
import { updateCartItemAction } from "./actions";

export function CartItemForm({ itemId, quantity, max }: { itemId: string; quantity: number; max: number }) {
  const [result, formAction, pending] = useActionState(updateCartItemAction, null);
  useAnnounceOnSuccess(result);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={formAction} className="flex items-center gap-2">
        <input type="hidden" name="itemId" value={itemId} />
        <label className="text-sm">
          <span className="sr-only">Quantity</span>
          <input name="quantity" type="number" min={1} max={Math.max(1, max)} defaultValue={quantity} className="w-16 rounded-lg border border-stone-300 px-2 py-1" />
        </label>
        <button type="submit" disabled={pending} className="text-sm font-medium text-brand-700 hover:underline">
          Update
        </button>
      </form>
      <form action={formAction}>
        <input type="hidden" name="itemId" value={itemId} />
        <input type="hidden" name="quantity" value="0" />
        <button type="submit" disabled={pending} className="text-sm font-medium text-stone-600 hover:text-red-700 hover:underline">
          Remove
        </button>
      </form>
      {result?.ok === false ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {result.fields?.quantity?.[0] ?? result.message}
        </p>
      ) : null}
    </div>
  );
}
