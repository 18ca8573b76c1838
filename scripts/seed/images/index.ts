// The demo product illustrations, one list per top-level category. scripts/generate-demo-images.ts
// writes them to public/demo/<name>.svg; the seeds refer to them by name.
import { beauty } from "./beauty";
import { books } from "./books";
import { electronics } from "./electronics";
import { fashion } from "./fashion";
import { home } from "./home";
import { music } from "./music";
import { sports } from "./sports";
import type { Picture } from "./svg";
import { toys } from "./toys";

export { renderPicture, type Picture } from "./svg";

export const DEMO_PICTURES: readonly Picture[] = [...fashion, ...electronics, ...home, ...books, ...sports, ...toys, ...beauty, ...music];

export const demoImageUrl = (name: string) => `/demo/${name}.svg`;

const labels = new Map(DEMO_PICTURES.map((p) => [p.name, p.label]));

/** What a demo picture shows, for alt text. */
export const demoImageLabel = (name: string) => labels.get(name) ?? "";
