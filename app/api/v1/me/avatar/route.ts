// POST /api/v1/me/avatar — upload a new avatar (multipart field "file"; JPEG, PNG or WebP, at most 5 MB)
import { NextResponse } from "next/server";
import { updateAvatar, type Profile } from "@/lib/accounts/profile";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { AppError } from "@/lib/errors";
import { uploadRules } from "@/lib/uploads";

export type PostAvatarResponse = { data: Profile };

// The form's own overhead on top of the file: anything larger cannot hold an acceptable avatar.
const MAX_BODY_BYTES = uploadRules.avatar.maxBytes + 64 * 1024;

export const POST = withAuth(async (request, { actor }) => {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "An avatar may be at most 5 MB");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("BAD_REQUEST", "Send the image as multipart/form-data in a field named \"file\"");
  }
  const file = form.get("file");
  if (!(file instanceof File)) {
    throw new AppError("VALIDATION_FAILED", "Choose an image to upload", { fields: { file: ["Choose an image to upload"] } });
  }
  const data = await updateAvatar({ actor, data: file, filename: file.name, declaredType: file.type });
  return NextResponse.json({ data } satisfies PostAvatarResponse);
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
