// The checks every upload passes before anything is stored, in either mode.
import { AppError } from "../errors";
import { formatBytes, isUploadPurpose, uploadPurposes, uploadRules, type UploadPurpose } from "./rules";
import { extensionFor, normalizeDeclaredType, sniffContentType, typeLabel, type ImageType } from "./sniff";

export interface CheckedUpload {
  purpose: UploadPurpose;
  bytes: Uint8Array;
  contentType: ImageType;
  extension: string;
}

export type UploadData = Blob | Uint8Array;

export async function checkUpload(input: { data: UploadData; purpose: string; declaredType?: string }): Promise<CheckedUpload> {
  const { data, purpose } = input;
  if (!isUploadPurpose(purpose)) {
    throw new AppError("BAD_REQUEST", `Unknown upload purpose "${purpose}" (expected one of: ${uploadPurposes.join(", ")})`);
  }
  const rule = uploadRules[purpose];
  const allowed = rule.types.map((t) => typeLabel[t]).join(", ");

  // Size first: an oversize Blob is refused without reading it into memory.
  const size = data instanceof Uint8Array ? data.byteLength : data.size;
  if (size === 0) throw new AppError("BAD_REQUEST", "The file is empty");
  if (size > rule.maxBytes) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The file is ${formatBytes(size)}; ${purposeLabel(purpose)} may be at most ${formatBytes(rule.maxBytes)}`);
  }

  const bytes = data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
  const sniffed = sniffContentType(bytes);
  if (!sniffed || !(rule.types as readonly string[]).includes(sniffed)) {
    const what = sniffed ? `a ${typeLabel[sniffed]} file` : "not a recognised image";
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", `This file is ${what}; ${purposeLabel(purpose)} must be one of: ${allowed}`);
  }
  const contentType = sniffed as ImageType;

  const declared = normalizeDeclaredType(input.declaredType);
  if (declared && declared !== contentType) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `The file was sent as ${declared} but its content is ${typeLabel[contentType]}; ${purposeLabel(purpose)} must be one of: ${allowed}`,
    );
  }
  return { purpose, bytes, contentType, extension: extensionFor[contentType] };
}

/** "a product image", "an avatar", "a store logo": for messages people read. */
function purposeLabel(purpose: string): string {
  const words = purpose.replaceAll("-", " ");
  return `${/^[aeiou]/.test(words) ? "an" : "a"} ${words}`;
}
