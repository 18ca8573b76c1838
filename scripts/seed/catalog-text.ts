// Titles, descriptions and variants of demo listings, built from the category vocabulary.
import type { Random } from "./random";
import { niceCents } from "./util";
import { COLORS, type Kind, type TopCategory } from "./vocab";

export type Condition = "NEW" | "USED" | "REFURBISHED";

export interface VariantDraft {
  title: string;
  size: string | null;
  color: string | null;
  material: string | null;
  priceCents: number;
}

export function listingTitle(kind: Kind, brand: string | null, adjective: string, noun: string): string {
  const words = kind.unbranded || !brand ? [adjective, noun] : [brand, adjective, noun];
  return words.filter(Boolean).join(" ").replace(/\s+/g, " ").trim();
}

const CONDITION_NOTES: Record<Condition, string[]> = {
  NEW: [],
  USED: [
    "Pre-owned and in good condition, with light signs of use; see the photos for details.",
    "Second-hand, carefully checked and cleaned. Small marks from a previous life, nothing that affects use.",
  ],
  REFURBISHED: [
    "Professionally refurbished: tested, cleaned and fitted with new parts where needed, with a 12-month warranty.",
    "Certified refurbished and in excellent condition, backed by a one-year warranty.",
  ],
};

/** "Jeans", "Headphones", "Running Shoes" are plural; "Dress", "Glass" are not. */
export const isPlural = (noun: string) => /[^s]s$/i.test(noun.trim());

/** Lower-cases plain capitalised words ("Organic Cotton", "4-Person") but leaves "USB-C", "4K" and "Wi-Fi" alone. */
export function softLower(text: string): string {
  const plain = (part: string) => /^[A-Z][a-z'’]*$/.test(part);
  return text
    .split(" ")
    .map((word) => {
      const parts = word.split("-");
      return parts.some(plain) && parts.every((part) => plain(part) || /^\d+$/.test(part)) ? word.toLowerCase() : word;
    })
    .join(" ");
}

export function fillTemplate(template: string, fill: { title: string; brand: string | null; adjective: string; noun: string }): string {
  const plural = isPlural(fill.noun);
  const text = template
    .replaceAll("{title}", fill.title)
    .replaceAll("{brand}", fill.brand ?? "")
    .replaceAll("{adjective}", softLower(fill.adjective))
    .replaceAll("{noun}", softLower(fill.noun))
    .replaceAll("{a}", plural ? "" : "a")
    .replaceAll("{this}", plural ? "these" : "this")
    .replaceAll("{is}", plural ? "are" : "is")
    .replaceAll("{its}", plural ? "their" : "its")
    .replaceAll("{it}", plural ? "they" : "it")
    .replaceAll("{s}", plural ? "" : "s")
    .replaceAll("{es}", plural ? "" : "es")
    .replace(/\s+/g, " ")
    .replace(/\s+([,.:])/g, "$1")
    .replace(/\b([Aa]) (?=[aeiouAEIOU])/g, "$1n ")
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function listingDescription(
  rng: Random,
  top: TopCategory,
  kind: Kind,
  fill: { title: string; brand: string | null; adjective: string; noun: string },
  condition: Condition,
): string {
  const intros = kind.intros ?? top.intros;
  // Without a brand, openers that name one would read "from ." : pick among the others.
  const usable = fill.brand ? intros : intros.filter((t) => !t.includes("{brand}"));
  const intro = fillTemplate(rng.pick(usable.length > 0 ? usable : intros), fill);
  const features = rng.sample(kind.features, rng.int(2, 3));
  const closing = rng.pick(kind.closings ?? top.closings);
  const note = CONDITION_NOTES[condition].length > 0 ? [rng.pick(CONDITION_NOTES[condition])] : [];
  return [intro, ...features, ...note, closing].join(" ");
}

export function conditionFor(rng: Random, kind: Kind): Condition {
  const r = rng.next();
  if (r < (kind.used ?? 0)) return "USED";
  if (r < (kind.used ?? 0) + (kind.refurbished ?? 0)) return "REFURBISHED";
  return "NEW";
}

/** 1–4 variants following the kind's scheme; second-hand listings are one-offs with a single variant. */
export function variantDrafts(rng: Random, kind: Kind, condition: Condition): VariantDraft[] {
  const discount = condition === "USED" ? rng.float(0.5, 0.7) : condition === "REFURBISHED" ? rng.float(0.72, 0.85) : 1;
  const base = niceCents(rng.int(kind.price[0], kind.price[1]) * 100 * discount);
  const plain = (title: string, extra: Partial<VariantDraft> = {}): VariantDraft => ({
    title,
    size: null,
    color: null,
    material: null,
    priceCents: base,
    ...extra,
  });
  const scheme = kind.variants;
  const oneOff = condition !== "NEW";
  switch (scheme.type) {
    case "single":
      return [plain("Default")];
    case "size": {
      const count = oneOff ? 1 : rng.int(2, Math.min(4, scheme.values.length));
      const start = rng.int(0, scheme.values.length - count);
      const color = scheme.color ? rng.pick(COLORS) : null;
      return scheme.values.slice(start, start + count).map((size) => plain(color ? `${size} / ${color}` : size, { size, color }));
    }
    case "color": {
      const colors = rng.sample(scheme.values ?? COLORS, oneOff ? 1 : rng.int(1, 4));
      return colors.map((color) => plain(color, { color }));
    }
    case "material": {
      const count = oneOff ? 1 : rng.int(1, Math.min(3, scheme.values.length));
      return scheme.values.slice(0, count).map((material, i) =>
        plain(material, { material, priceCents: niceCents(base * (1 + (scheme.step ?? 0)) ** i) }),
      );
    }
    case "option": {
      const count = oneOff ? 1 : rng.int(1, Math.min(3, scheme.values.length));
      const start = rng.int(0, scheme.values.length - count);
      // The price range is the first option's; later ones cost more wherever the slice starts.
      return scheme.values
        .slice(start, start + count)
        .map((option, i) => plain(option, { priceCents: niceCents(base * (1 + scheme.step) ** (start + i)) }));
    }
  }
}
