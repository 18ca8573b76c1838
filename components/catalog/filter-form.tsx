"use client";
// The listing's filter form. Without JavaScript it is a plain GET form; with it, a change to a
// checkbox, radio or the sort applies at once, and the URL is written without empty fields and
// with repeated values joined (`brand=a,b`), so it stays short enough to share.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

export function FilterForm({ action, children, className, id }: { action: string; children: React.ReactNode; className?: string; id?: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function navigate(form: HTMLFormElement) {
    const values = new Map<string, string[]>();
    for (const [key, value] of new FormData(form)) {
      if (typeof value !== "string" || value.trim() === "") continue;
      values.set(key, [...(values.get(key) ?? []), value.trim()]);
    }
    const params = new URLSearchParams();
    for (const [key, list] of values) params.set(key, list.join(","));
    const search = params.toString();
    startTransition(() => router.push(search ? `${action}?${search}` : action, { scroll: false }));
  }

  // A box ticked before the page finished loading changed the form but not the URL: apply it now.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const changedEarly = [...(form.current?.elements ?? [])].some(
      (element) => element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio") && element.checked !== element.defaultChecked,
    );
    if (changedEarly && form.current) navigate(form.current);
    // Only on mount: later changes go through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <form
      ref={form}
      id={id}
      action={action}
      method="get"
      className={className}
      aria-busy={pending}
      data-pending={pending ? "" : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        navigate(event.currentTarget);
      }}
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement | HTMLSelectElement;
        // Typing a price waits for Enter or the Apply button; choices apply at once.
        if (target instanceof HTMLSelectElement || target.type === "checkbox" || target.type === "radio") navigate(event.currentTarget);
      }}
    >
      {children}
    </form>
  );
}

/** The sort menu sits above the results, outside the filter form, but belongs to it. */
export function SortSelect({ form, value, options }: { form: string; value: string; options: { value: string; label: string }[] }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="text-stone-600">Sort by</span>
      <select
        name="sort"
        form={form}
        defaultValue={value}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
        className="rounded-lg border border-stone-300 bg-white px-2 py-1.5 text-sm"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** On a phone the filters fold away behind a button; from the large breakpoint they are always shown. */
export function FiltersPanel({ activeCount, children }: { activeCount: number; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="mb-4 rounded-xl border border-stone-200 bg-white lg:mb-0 lg:border-0 lg:bg-transparent">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="listing-filters-panel"
        onClick={() => setOpen((value) => !value)}
        className="flex w-full items-center justify-between px-4 py-3 text-sm font-semibold lg:hidden"
      >
        Filters{activeCount ? ` (${activeCount})` : ""}
        <span aria-hidden className={open ? "rotate-180" : ""}>
          ▾
        </span>
      </button>
      <div id="listing-filters-panel" className={`${open ? "block" : "hidden"} px-4 pb-4 lg:block lg:p-0`}>
        {children}
      </div>
    </div>
  );
}
