// The demo catalog's vocabulary, shared by the demo seed and the scale seed.
import { beauty } from "./beauty";
import { books } from "./books";
import { electronics } from "./electronics";
import { fashion } from "./fashion";
import { home } from "./home";
import { music } from "./music";
import { sports } from "./sports";
import { toys } from "./toys";
import type { Kind, LeafCategory, TopCategory } from "./types";

export * from "./types";

export const CATALOG: readonly TopCategory[] = [fashion, electronics, home, books, sports, toys, beauty, music];

export interface KindRef {
  top: TopCategory;
  leaf: LeafCategory;
  kind: Kind;
}

/** Every kind of item with the categories it sits in, in catalog order. */
export const ALL_KINDS: readonly KindRef[] = CATALOG.flatMap((top) => top.children.flatMap((leaf) => leaf.kinds.map((kind) => ({ top, leaf, kind }))));

export const ALL_BRANDS: readonly string[] = [...new Set(CATALOG.flatMap((top) => [...top.brands, ...top.children.flatMap((l) => l.kinds.flatMap((k) => k.brands ?? []))]))];
