// What a file really is, read from its first bytes. The filename and the type a browser declares
// are both chosen by the sender, so neither decides what we store or how we serve it.

export type ImageType = "image/jpeg" | "image/png" | "image/webp";

/** Types we recognise; only the ImageType ones are ever accepted, the rest sharpen the error message. */
export type SniffedType = ImageType | "image/gif" | "image/svg+xml" | "application/pdf" | "text/html";

export const typeLabel: Record<SniffedType, string> = {
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/webp": "WebP",
  "image/gif": "GIF",
  "image/svg+xml": "SVG",
  "application/pdf": "PDF",
  "text/html": "HTML",
};

export const extensionFor: Record<ImageType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export function sniffContentType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  // Markup has no magic number: look at the start of the text, past a BOM and whitespace.
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"))) return "image/svg+xml";
  if (head.startsWith("<!doctype html") || head.startsWith("<html")) return "text/html";
  return null;
}

/** A declared type as browsers send it, reduced to a comparable form ("image/jpg; x=y" → "image/jpeg"). */
export function normalizeDeclaredType(declared: string | undefined): string | undefined {
  const type = declared?.split(";")[0]?.trim().toLowerCase();
  if (!type || type === "application/octet-stream") return undefined; // "unknown" is not a claim
  if (type === "image/jpg" || type === "image/pjpeg") return "image/jpeg";
  return type;
}
