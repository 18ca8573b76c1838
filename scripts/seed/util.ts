import { randomBytes } from "node:crypto";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A collision-resistant id in the shape of Prisma's cuid() default, for rows created in bulk. */
export function newId(): string {
  return "c" + Array.from(randomBytes(24), (b) => (b % 36).toString(36)).join("");
}

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A shop-like price: whole dollars minus one cent (2499), never below 99 cents. */
export function niceCents(cents: number): number {
  return Math.max(99, Math.round(cents / 100) * 100 - 1);
}

/** Hands out a slug, adding -2, -3… when it was already given. */
export function uniqueSlugger() {
  const used = new Set<string>();
  return (text: string) => {
    const base = slugify(text) || "item";
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}
