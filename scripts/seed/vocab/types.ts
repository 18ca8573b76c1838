// The shape of the demo catalog's vocabulary: categories, their brands, and the kinds of item each
// leaf category sells, with the words, picture, price range and variants of each kind.

/** How a kind's variants differ. Prices of `option` variants step up by `step` (0.2 = +20 %) each. */
export type VariantScheme =
  | { type: "single" }
  | { type: "size"; values: string[]; color?: boolean }
  | { type: "color"; values?: string[] }
  | { type: "material"; values: string[]; step?: number }
  | { type: "option"; values: string[]; step: number };

export interface Kind {
  /** What the item is called in a title: "Crew T-Shirt". */
  nouns: string[];
  /** What goes before the noun: "Organic Cotton". */
  adjectives: string[];
  /** The demo picture (public/demo/<image>.svg) shown first. */
  image: string;
  /** Other pictures that suit the listing's later images. */
  gallery?: string[];
  /** Price range in whole dollars. */
  price: [number, number];
  variants: VariantScheme;
  /** Sentences for the description, a few picked per listing. */
  features: string[];
  /** Titles read "<adjective> <noun>" with no brand in front (books: the brand is the publisher). */
  unbranded?: boolean;
  /** Brands that make this kind; defaults to the top-level category's. */
  brands?: string[];
  /** Description openers and closers for this kind, instead of the category's. */
  intros?: string[];
  closings?: string[];
  /** Share of USED and REFURBISHED listings (the rest are NEW). */
  used?: number;
  refurbished?: number;
}

export interface LeafCategory {
  slug: string;
  name: string;
  description: string;
  kinds: Kind[];
}

export interface TopCategory {
  slug: string;
  name: string;
  description: string;
  /** The picture that stands for the category. */
  image: string;
  brands: string[];
  /**
   * Description openers. {title}, {brand}, {adjective} and {noun} are filled in; {a}, {this}, {is},
   * {it}, {its}, {s} and {es} agree with the noun ("this jacket keeps", "these jeans keep").
   */
  intros: string[];
  /** Description closers: care, fit, shipping. */
  closings: string[];
  /** Review sentences that fit the category, mixed into the generic ones. */
  praise: string[];
  children: LeafCategory[];
}

export const COLORS = ["Black", "White", "Navy", "Sage", "Rust", "Oat", "Charcoal", "Sky Blue", "Forest Green", "Burgundy", "Mustard", "Blush"];
