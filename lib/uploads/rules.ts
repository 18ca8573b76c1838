// What each kind of upload may be. One table, applied identically in local and UploadThing mode.
// No SVG anywhere: an SVG is a document that can carry script, and these files are served from our origin.
import type { ImageType } from "./sniff";

export const uploadPurposes = ["product-image", "avatar", "store-logo"] as const;
export type UploadPurpose = (typeof uploadPurposes)[number];

export interface UploadRule {
  types: readonly ImageType[];
  maxBytes: number;
}

const MB = 1024 * 1024;
const images = ["image/jpeg", "image/png", "image/webp"] as const;

export const uploadRules: Record<UploadPurpose, UploadRule> = {
  "product-image": { types: images, maxBytes: 8 * MB },
  avatar: { types: images, maxBytes: 5 * MB },
  "store-logo": { types: images, maxBytes: 2 * MB },
};

export const isUploadPurpose = (value: unknown): value is UploadPurpose =>
  typeof value === "string" && (uploadPurposes as readonly string[]).includes(value);

export function formatBytes(bytes: number): string {
  return bytes >= MB && bytes % MB === 0 ? `${bytes / MB} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
