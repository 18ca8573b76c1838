// Avatar upload: the original passes the uploads module's checks (sniffed type, 5 MB), then is
// re-encoded as a 256×256 WebP. Only the re-encoded file is stored: it carries none of the
// original's metadata (EXIF location) and whatever else a crafted file might hide.
import sharp from "sharp";
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { AppError } from "../../errors";
import { logger } from "../../log";
import { deleteUpload, storeUpload } from "../../uploads";
import { checkUpload, type UploadData } from "../../uploads/check-upload";
import { activeUserId } from "./active-user";
import { profileSelect, toProfile, type Profile } from "./get-profile";

const log = logger("profile");

export const AVATAR_SIZE = 256;
// A 5 MB PNG can still decode to a huge bitmap: refuse more pixels than any camera produces.
const MAX_INPUT_PIXELS = 50_000_000;

async function toAvatarWebp(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    const webp = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate() // honour the camera's orientation before cropping
      .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: "cover", position: "centre" })
      .webp({ quality: 82 })
      .toBuffer();
    return new Uint8Array(webp);
  } catch (error) {
    log.warn("avatar could not be decoded", { error });
    throw new AppError("UNPROCESSABLE", "This image could not be read. Try another JPEG, PNG or WebP file.");
  }
}

export async function updateAvatar({
  actor,
  data,
  filename,
  declaredType,
}: {
  actor: Actor | null;
  data: UploadData;
  filename: string;
  declaredType?: string;
}): Promise<Profile> {
  const userId = await activeUserId(actor, "profile:update");
  const original = await checkUpload({ data, purpose: "avatar", declaredType });
  const webp = await toAvatarWebp(original.bytes);
  const upload = await storeUpload({ data: webp, filename, declaredType: "image/webp", purpose: "avatar", ownerId: userId });
  const row = await db.user.update({ where: { id: userId }, data: { image: upload.url }, select: profileSelect });

  // Earlier avatars are no longer shown anywhere: remove them (a failure only leaves a stray file).
  const previous = await db.upload.findMany({ where: { ownerId: userId, purpose: "avatar", id: { not: upload.id } }, select: { id: true } });
  for (const { id } of previous) {
    await deleteUpload({ id, actor: actor! }).catch((error: unknown) => log.warn("old avatar not removed", { uploadId: id, error }));
  }
  return toProfile(row);
}
