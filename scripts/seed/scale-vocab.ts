// The demo vocabulary flattened into arrays for the scale seed's SQL, which picks words by index
// arithmetic (`adjectives[1 + n % len]`) instead of a random generator.
import { demoImageUrl } from "./images";
import { fillTemplate } from "./catalog-text";
import { COUNTRIES, COUNTRY_WEIGHTS } from "./people-data";
import { ALL_KINDS, COLORS } from "./vocab";

export interface ScaleKind {
  k: number;
  leaf: string;
  scheme: string;
  nouns: string[];
  adjectives: string[];
  /** Openers for every (adjective, noun) pair: index ((a - 1) * nouns + (n - 1)) * intro_count + i. */
  intros: string[];
  intro_count: number;
  features: string[];
  closings: string[];
  images: string[];
  options: string[];
  step: number;
  price_min: number;
  price_max: number;
  unbranded: boolean;
  brands: string[];
  used: number;
  refurbished: number;
}

export function scaleKinds(): ScaleKind[] {
  return ALL_KINDS.map(({ top, leaf, kind }, k) => {
    const templates = kind.intros ?? top.intros;
    const intros = kind.adjectives.flatMap((adjective) =>
      kind.nouns.flatMap((noun) =>
        // {title} and {brand} are filled in by the SQL, which knows them; the rest agrees with the noun here.
        templates.map((t) => fillTemplate(t.replaceAll("{title}", "\u0001").replaceAll("{brand}", "\u0002"), { title: "", brand: null, adjective, noun }))
          .map((t) => t.replaceAll("\u0001", "{title}").replaceAll("\u0002", "{brand}")),
      ),
    );
    const scheme = kind.variants;
    const options =
      scheme.type === "single" ? [] : scheme.type === "color" ? (scheme.values ?? COLORS) : scheme.values;
    const step = scheme.type === "option" ? scheme.step : scheme.type === "material" ? (scheme.step ?? 0) : 0;
    const images = [...new Set([kind.image, ...(kind.gallery ?? []), ...leaf.kinds.map((other) => other.image)])].map(demoImageUrl);
    return {
      k,
      leaf: leaf.slug,
      scheme: scheme.type,
      nouns: kind.nouns,
      adjectives: kind.adjectives,
      intros,
      intro_count: templates.length,
      features: kind.features,
      closings: kind.closings ?? top.closings,
      images,
      options,
      step,
      price_min: kind.price[0],
      price_max: kind.price[1],
      unbranded: kind.unbranded ?? false,
      brands: kind.brands ?? top.brands,
      used: kind.used ?? 0,
      refurbished: kind.refurbished ?? 0,
    };
  });
}

export const DESCRIPTORS = [
  "Classic", "Everyday", "Heritage", "Studio", "Travel", "Premium", "Essential", "Signature", "Urban", "Coastal",
  "Nordic", "Artisan", "Limited Edition", "Pro", "Compact", "Deluxe", "Eco", "Vintage", "Modern", "Field",
];

export const EDITIONS = ["Anniversary Edition", "Illustrated Edition", "Collector's Edition", "Pocket Edition", "Special Edition"];

export const STORE_WORDS = {
  first: ["Copper", "Juniper", "Harbor", "Maple", "Saffron", "Granite", "Willow", "Cobalt", "Ember", "Meadow"],
  second: ["Trading Co.", "Goods", "Supply", "Emporium", "Workshop", "Market", "General Store", "Collective"],
};

/** 100 country codes in proportion to where buyers live, for `codes[1 + n % 100]`. */
export function countryBuckets(): string[] {
  return Object.entries(COUNTRY_WEIGHTS).flatMap(([code, weight]) => Array<string>(weight).fill(code));
}

export function countryRows() {
  return COUNTRIES.map((c) => ({
    code: c.code,
    carrier: c.carriers[0],
    streets: c.streets,
    cities: c.places.map((p) => p.city),
    regions: c.places.map((p) => p.region ?? ""),
    postals: c.places.map((p) => p.postalCode),
    number_first: c.numberFirst,
  }));
}

/** Four titles and bodies per rating, 1 to 5, for `texts[(rating - 1) * 4 + i]`. */
export const REVIEW_TITLES = [
  ...["Not as described", "Would not recommend", "Disappointed", "Poor quality"],
  ...["Not for me", "Below expectations", "Meh", "Could be better"],
  ...["It's fine", "Okay for the price", "Mixed feelings", "Average"],
  ...["Very good", "Happy with it", "Solid choice", "Nearly perfect"],
  ...["Love it", "Exactly what I wanted", "Five stars", "Better than expected"],
];

export const REVIEW_BODIES = [
  ...["Arrived damaged and didn't match the listing.", "Stopped working properly after a week.", "Not what the photos showed.", "Returned it."],
  ...["Smaller than I expected from the description.", "The quality doesn't feel great.", "Took ages to arrive.", "Not worth the price."],
  ...["It's okay and does the job.", "Decent, though the finishing could be better.", "Fine for everyday use.", "Works, nothing special."],
  ...["Very nice overall, would buy again.", "Good quality and as described.", "Does exactly what it should.", "Quick delivery, well packed."],
  ...["Really happy with this, excellent quality.", "I use it every day and it's perfect.", "Great value and lovely seller.", "Bought one as a gift and one for me."],
];
