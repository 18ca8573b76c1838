"use client";
// The header's search box with suggestions as you type (WAI-ARIA combobox): products, categories
// and stores from /api/v1/search/suggest. Arrow keys move through them, Enter opens the chosen
// one or searches for the text, Escape closes. Without JavaScript it is a plain search form.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { formatMoney } from "@/lib/money";
import { SUGGEST_MAX_LENGTH } from "@/lib/search/search.schema";

interface Suggestions {
  products: { slug: string; title: string; priceCents: number }[];
  categories: { slug: string; name: string; parentName: string | null }[];
  stores: { slug: string; name: string }[];
}
interface Option {
  href: string;
  label: string;
  detail?: string;
  group: string;
}

const DEBOUNCE_MS = 150;

export function SearchBox() {
  const router = useRouter();
  const listId = useId();
  // On the search page the box shows what was searched for, and follows back/forward navigation.
  const pathname = usePathname();
  const params = useSearchParams();
  const searched = pathname === "/search" ? (params.get("q") ?? "") : "";
  const [text, setText] = useState(searched);
  const [lastSearched, setLastSearched] = useState(searched);
  if (searched !== lastSearched) {
    setLastSearched(searched);
    setText(searched);
  }
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const request = useRef<AbortController | null>(null);

  useEffect(() => {
    if (text.trim().length < 2) return;
    const timer = setTimeout(async () => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`/api/v1/search/suggest?${new URLSearchParams({ q: text.slice(0, SUGGEST_MAX_LENGTH) })}`, { signal: controller.signal });
        if (!response.ok) return;
        const { data } = (await response.json()) as { data: Suggestions };
        setOptions(toOptions(data));
        setActive(-1);
      } catch (error) {
        if (!(error instanceof DOMException && error.name === "AbortError")) setOptions([]);
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  // Suggestions for fewer than two letters would be noise: none are shown (a stale list is hidden too).
  const shown = text.trim().length >= 2 ? options : [];
  const expanded = open && shown.length > 0;
  const go = (href: string) => {
    setOpen(false);
    router.push(href);
  };

  return (
    <form
      action="/search"
      role="search"
      className="relative order-last flex w-full sm:order-none sm:flex-1"
      onSubmit={(event) => {
        const chosen = expanded ? shown[active] : undefined;
        if (chosen) {
          event.preventDefault();
          go(chosen.href);
        } else setOpen(false);
      }}
    >
      <label htmlFor="site-search" className="sr-only">
        Search Bazaar
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" && shown.length) {
            event.preventDefault();
            setOpen(true);
            setActive((index) => (index + 1) % shown.length);
          } else if (event.key === "ArrowUp" && shown.length) {
            event.preventDefault();
            setActive((index) => (index <= 0 ? shown.length - 1 : index - 1));
          } else if (event.key === "Escape" && expanded) {
            // The first Escape closes the suggestions; only a second one clears the box (the browser's own).
            event.preventDefault();
            setOpen(false);
            setActive(-1);
          }
        }}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder="Search for anything"
        maxLength={200}
        className="w-full rounded-l-lg border border-stone-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none"
      />
      <button type="submit" className="rounded-r-lg bg-brand-600 px-4 text-sm font-semibold text-white hover:bg-brand-700">
        Search
      </button>
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        hidden={!expanded}
        className="absolute left-0 right-0 top-full z-30 mt-1 max-h-96 overflow-y-auto rounded-lg border border-stone-200 bg-white py-1 text-sm shadow-lg"
      >
        {shown.map((option, index) => (
          <li
            key={option.href}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => go(option.href)}
            onMouseEnter={() => setActive(index)}
            className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-2 ${index === active ? "bg-brand-50 text-brand-700" : ""}`}
          >
            <span className="truncate">
              {index === 0 || shown[index - 1]!.group !== option.group ? <span className="mr-2 text-xs uppercase tracking-wide text-stone-400">{option.group}</span> : null}
              {option.label}
            </span>
            {option.detail ? <span className="shrink-0 text-xs text-stone-500">{option.detail}</span> : null}
          </li>
        ))}
      </ul>
    </form>
  );
}

function toOptions(data: Suggestions): Option[] {
  return [
    ...data.products.map((p) => ({ href: `/p/${p.slug}`, label: p.title, detail: formatMoney(p.priceCents), group: "Product" })),
    ...data.categories.map((c) => ({ href: `/c/${c.slug}`, label: c.name, detail: c.parentName ?? undefined, group: "Category" })),
    ...data.stores.map((s) => ({ href: `/store/${s.slug}`, label: s.name, group: "Seller" })),
  ];
}

/** What the header shows while the search box waits for the URL (and without JavaScript). */
export function SearchBoxFallback() {
  return (
    <form action="/search" role="search" className="order-last flex w-full sm:order-none sm:flex-1">
      <label htmlFor="site-search" className="sr-only">
        Search Bazaar
      </label>
      <input id="site-search" name="q" type="search" placeholder="Search for anything" maxLength={200} className="w-full rounded-l-lg border border-stone-300 px-3 py-2 text-sm" />
      <button type="submit" className="rounded-r-lg bg-brand-600 px-4 text-sm font-semibold text-white">
        Search
      </button>
    </form>
  );
}
