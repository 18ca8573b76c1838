"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { useSecondClock } from "@/components/catalog/countdown";
import { Price } from "@/components/catalog/price";
import { StockBadge } from "@/components/catalog/stock-badge";
import type { StockState } from "@/lib/catalog/get-product-page";
import { choiceState, optionDimensions, optionLabel, pickVariant, type OptionDimension } from "@/lib/catalog/variant-options";
import { useAnnounceOnSuccess } from "@/components/layout/header-account";
import { addToCartAction } from "./actions";

export interface PurchaseVariant {
  id: string;
  sku: string;
  title: string;
  size: string | null;
  color: string | null;
  material: string | null;
  regularPriceCents: number;
  /** The price during the flash sale that is open now; null when there is none. */
  salePriceCents: number | null;
  compareAtPriceCents: number | null;
  stockState: StockState;
}

const chip = (selected: boolean, muted: boolean) =>
  `cursor-pointer rounded-lg border px-3 py-2 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500 ${
    selected ? "border-brand-600 bg-brand-50 font-semibold" : "border-stone-300 bg-white hover:border-stone-400"
  } ${muted ? "text-stone-400 line-through" : ""}`;

/** Options → variant → its price and stock, and the add-to-cart form for it. */
export function ProductPurchase({
  variants,
  flashSaleEndsAt,
  wishlist,
}: {
  variants: PurchaseVariant[];
  /** ISO end of the flash sale open when the page was rendered. */
  flashSaleEndsAt: string | null;
  wishlist?: React.ReactNode;
}) {
  const withAvailability = variants.map((v) => ({ ...v, available: v.stockState.kind !== "sold-out" }));
  const firstAvailable = withAvailability.find((v) => v.available) ?? withAvailability[0];
  const [selectedId, setSelectedId] = useState(firstAvailable?.id);
  const [result, formAction, pending] = useActionState(addToCartAction, null);
  useAnnounceOnSuccess(result);
  const now = useSecondClock(flashSaleEndsAt !== null);
  const selected = withAvailability.find((v) => v.id === selectedId) ?? firstAvailable;
  if (!selected) return <p className="text-stone-600">This item is not available right now.</p>;

  // The sale ends in the browser at zero, not at the next page load.
  const saleOpen = selected.salePriceCents !== null && flashSaleEndsAt !== null && (now === null || now < Date.parse(flashSaleEndsAt));
  const priceCents = saleOpen ? selected.salePriceCents! : selected.regularPriceCents;
  const wasCents = saleOpen ? selected.regularPriceCents : selected.compareAtPriceCents;
  const soldOut = !selected.available;
  const maxQuantity = selected.stockState.kind === "low" ? selected.stockState.left : 99;
  const dimensions = withAvailability.length > 1 ? optionDimensions(withAvailability) : null;

  return (
    <form action={formAction} className="space-y-4">
      <div>
        <Price cents={priceCents} wasCents={wasCents} size="lg" />
        <p className="mt-1 text-sm" data-testid="stock-state" aria-live="polite">
          <StockBadge state={selected.stockState} />
        </p>
        <p className="mt-1 text-xs text-stone-500">SKU {selected.sku}</p>
      </div>
      <input type="hidden" name="variantId" value={selected.id} />
      {dimensions ? (
        <OptionPicker variants={withAvailability} dimensions={dimensions} selected={selected} onSelect={setSelectedId} />
      ) : withAvailability.length > 1 ? (
        <fieldset>
          <legend className="text-sm font-semibold">Options</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {withAvailability.map((variant) => (
              <label key={variant.id} className={chip(variant.id === selected.id, !variant.available)}>
                <input
                  type="radio"
                  name="variant-choice"
                  value={variant.id}
                  checked={variant.id === selected.id}
                  onChange={() => setSelectedId(variant.id)}
                  className="sr-only"
                />
                {variant.title}
                {variant.available ? null : <span className="sr-only"> (sold out)</span>}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-semibold">
          Quantity
          <input
            name="quantity"
            type="number"
            min={1}
            max={maxQuantity}
            defaultValue={1}
            disabled={soldOut}
            aria-invalid={result?.ok === false && Boolean(result.fields?.quantity)}
            aria-describedby="quantity-error"
            className="mt-1 block w-20 rounded-lg border border-stone-300 px-2 py-2 disabled:bg-stone-100"
          />
        </label>
        <button
          type="submit"
          disabled={soldOut || pending}
          className="rounded-lg bg-brand-600 px-6 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-stone-300"
        >
          {soldOut ? "Sold out" : pending ? "Adding…" : "Add to cart"}
        </button>
        {wishlist}
      </div>
      <div aria-live="polite" className="min-h-5 text-sm">
        {result?.ok === true ? (
          <p className="text-brand-700">
            {result.message} · <Link href="/cart" className="font-semibold underline">View cart</Link>
          </p>
        ) : null}
        {result?.ok === false ? (
          <p id="quantity-error" className="text-red-700" role="alert">
            {result.fields?.quantity?.[0] ?? result.fields?.variantId?.[0] ?? result.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}

type PickerVariant = PurchaseVariant & { available: boolean };

/** One radio group per option (size, colour, material); a choice with no matching variant moves the others. */
function OptionPicker({
  variants,
  dimensions,
  selected,
  onSelect,
}: {
  variants: PickerVariant[];
  dimensions: OptionDimension[];
  selected: PickerVariant;
  onSelect: (variantId: string) => void;
}) {
  return (
    <div className="space-y-3">
      {dimensions.map((dimension) => (
        <fieldset key={dimension.key}>
          <legend className="text-sm font-semibold">
            {optionLabel[dimension.key]}: <span className="font-normal text-stone-700">{selected[dimension.key] ?? "—"}</span>
          </legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {dimension.values.map((value) => {
              const state = choiceState(variants, dimensions, selected, dimension.key, value);
              const isSelected = selected[dimension.key] === value;
              return (
                <label key={value} className={`${chip(isSelected, state === "sold-out")} ${state === "unavailable" ? "border-dashed text-stone-500" : ""}`}>
                  <input
                    type="radio"
                    name={`option-${dimension.key}`}
                    value={value}
                    checked={isSelected}
                    onChange={() => {
                      const next = pickVariant(variants, selected, dimension.key, value);
                      if (next) onSelect(next.id);
                    }}
                    className="sr-only"
                  />
                  {value}
                  {state === "sold-out" ? <span className="sr-only"> (sold out)</span> : null}
                  {state === "unavailable" ? <span className="sr-only"> (changes other options)</span> : null}
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
