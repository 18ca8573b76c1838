"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { Price } from "@/components/catalog/price";
import type { StockState } from "@/lib/catalog/get-product-page";
import { addToCartAction } from "./actions";

export interface PurchaseVariant {
  id: string;
  title: string;
  priceCents: number;
  wasPriceCents: number | null;
  stockState: StockState;
}

function stockLabel(state: StockState) {
  if (state.kind === "sold-out") return <span className="font-medium text-stone-500">Sold out</span>;
  if (state.kind === "low") return <span className="font-medium text-accent-500">Only {state.left} left</span>;
  return <span className="font-medium text-brand-700">In stock</span>;
}

export function ProductPurchase({ variants }: { variants: PurchaseVariant[] }) {
  const firstAvailable = variants.find((v) => v.stockState.kind !== "sold-out") ?? variants[0];
  const [selectedId, setSelectedId] = useState(firstAvailable?.id);
  const [result, formAction, pending] = useActionState(addToCartAction, null);
  const selected = variants.find((v) => v.id === selectedId) ?? firstAvailable;
  if (!selected) return null;
  const soldOut = selected.stockState.kind === "sold-out";
  const maxQuantity = selected.stockState.kind === "low" ? selected.stockState.left : 99;

  return (
    <form action={formAction} className="space-y-4">
      <div>
        <Price cents={selected.priceCents} wasCents={selected.wasPriceCents} size="lg" />
        <p className="mt-1 text-sm" data-testid="stock-state">{stockLabel(selected.stockState)}</p>
      </div>
      {variants.length > 1 ? (
        <fieldset>
          <legend className="text-sm font-semibold">Options</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {variants.map((variant) => (
              <label
                key={variant.id}
                className={`cursor-pointer rounded-lg border px-3 py-2 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500 ${
                  variant.id === selected.id ? "border-brand-600 bg-brand-50 font-semibold" : "border-stone-300 bg-white"
                } ${variant.stockState.kind === "sold-out" ? "text-stone-400 line-through" : ""}`}
              >
                <input
                  type="radio"
                  name="variantId"
                  value={variant.id}
                  checked={variant.id === selected.id}
                  onChange={() => setSelectedId(variant.id)}
                  className="sr-only"
                />
                {variant.title}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <input type="hidden" name="variantId" value={selected.id} />
      )}
      <div className="flex items-end gap-3">
        <label className="text-sm font-semibold">
          Quantity
          <input
            name="quantity"
            type="number"
            min={1}
            max={maxQuantity}
            defaultValue={1}
            aria-invalid={result?.ok === false && Boolean(result.fields?.quantity)}
            aria-describedby="quantity-error"
            className="mt-1 block w-20 rounded-lg border border-stone-300 px-2 py-2"
          />
        </label>
        <button
          type="submit"
          disabled={soldOut || pending}
          className="rounded-lg bg-brand-600 px-6 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-stone-300"
        >
          {soldOut ? "Sold out" : pending ? "Adding…" : "Add to cart"}
        </button>
      </div>
      <div aria-live="polite" className="min-h-5 text-sm">
        {result?.ok === true ? (
          <p className="text-brand-700">
            {result.message} · <Link href="/cart" className="font-semibold underline">View cart</Link>
          </p>
        ) : null}
        {result?.ok === false ? (
          <p id="quantity-error" className="text-red-700" role="alert">
            {result.fields?.quantity?.[0] ?? result.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
