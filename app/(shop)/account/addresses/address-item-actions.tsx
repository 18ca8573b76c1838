"use client";

import { useActionState } from "react";
import { deleteAddressAction, setDefaultAddressAction } from "./actions";

export function AddressItemActions({ id, isDefault, kind }: { id: string; isDefault: boolean; kind: string }) {
  const [deleted, deleteAction, deleting] = useActionState(deleteAddressAction, null);
  const [madeDefault, defaultAction, defaulting] = useActionState(setDefaultAddressAction, null);
  const failure = [deleted, madeDefault].find((r) => r?.ok === false);
  return (
    <div className="mt-3 flex flex-wrap items-center gap-4 text-sm">
      {!isDefault ? (
        <form action={defaultAction}>
          <input type="hidden" name="id" value={id} />
          <button type="submit" disabled={defaulting} className="font-medium text-brand-700 hover:underline disabled:text-stone-400">
            Make default {kind}
          </button>
        </form>
      ) : null}
      <form
        action={deleteAction}
        onSubmit={(event) => {
          if (!window.confirm(isDefault ? `Delete your default ${kind} address? No other address becomes the default.` : "Delete this address?")) {
            event.preventDefault();
          }
        }}
      >
        <input type="hidden" name="id" value={id} />
        <button type="submit" disabled={deleting} className="font-medium text-stone-600 hover:text-red-700 hover:underline disabled:text-stone-400">
          Delete
        </button>
      </form>
      {failure?.ok === false ? (
        <p role="alert" className="w-full text-red-700">
          {failure.message}
        </p>
      ) : null}
    </div>
  );
}
