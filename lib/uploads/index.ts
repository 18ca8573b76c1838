// Bazaar's uploads: the one module that talks to UploadThing. Every file passes the same checks
// (purpose table, sniffed type, size) before it is stored, on local disk (embedded mode) or UploadThing.
import "server-only";
import { randomBytes } from "node:crypto";
import { UTApi, UTFile } from "uploadthing/server";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { getEnv } from "../env";
import { AppError, notFound, unauthenticated } from "../errors";
import type { Upload } from "../generated/prisma/client";
import { logger } from "../log";
import { checkUpload, type UploadData } from "./check-upload";
import { localUrl, newLocalKey, removeLocalFile, writeLocalFile } from "./local-disk";

export type { Upload } from "../generated/prisma/client";
export { uploadPurposes, uploadRules, type UploadPurpose } from "./rules";
export { readLocalUpload } from "./local-disk";

const log = logger("uploads");

const clients = new Map<string, UTApi>();
function utapi(token: string): UTApi {
  let client = clients.get(token);
  if (!client) {
    client = new UTApi({ token, logLevel: "Error" });
    clients.set(token, client);
  }
  return client;
}

export interface StoreUploadInput {
  data: UploadData;
  /** The sender's filename: logged, never used in a path or to decide the type. */
  filename: string;
  /** The type the sender claimed; refused when it contradicts the content. */
  declaredType?: string;
  purpose: string;
  ownerId: string;
}

export async function storeUpload(input: StoreUploadInput): Promise<Upload> {
  if (!input.ownerId) throw unauthenticated("Sign in to upload files");
  const file = await checkUpload(input);
  const uploads = getEnv().uploads;

  let key: string;
  let url: string;
  if (uploads.mode === "local") {
    key = newLocalKey(file.extension);
    url = localUrl(key);
    await writeLocalFile(uploads.dir, key, file.bytes);
  } else {
    // Our own name rather than the sender's: it shows in UploadThing's dashboard and in URLs.
    const name = `${file.purpose}-${randomBytes(8).toString("hex")}.${file.extension}`;
    const result = await utapi(uploads.token).uploadFiles(
      new UTFile([file.bytes as Uint8Array<ArrayBuffer>], name, { type: file.contentType }),
    );
    if (result.error) {
      log.error("uploadthing upload failed", { code: result.error.code, message: result.error.message, filename: input.filename });
      throw new AppError("SERVICE_UNAVAILABLE", "The file could not be stored right now; please try again");
    }
    key = result.data.key;
    url = result.data.ufsUrl;
  }

  try {
    const row = await db.upload.create({
      data: { key, url, ownerId: input.ownerId, purpose: file.purpose, contentType: file.contentType, size: file.bytes.byteLength, provider: uploads.mode },
    });
    log.info("upload stored", { uploadId: row.id, purpose: row.purpose, size: row.size, provider: row.provider, filename: input.filename });
    return row;
  } catch (error) {
    await discardStoredFile(uploads.mode, key);
    throw error;
  }
}

export async function deleteUpload({ id, actor }: { id: string; actor: Actor | null }): Promise<void> {
  if (!actor) throw unauthenticated();
  const row = await db.upload.findUnique({ where: { id } });
  if (!row) throw notFound("Upload");
  authorize(actor, "upload:delete", { kind: "upload", ownerId: row.ownerId });
  // The row goes first: a leftover file is harmless, a row pointing at nothing is a broken image.
  await db.upload.delete({ where: { id } });
  await discardStoredFile(row.provider, row.key);
  log.info("upload deleted", { uploadId: id, actorId: actor.userId });
}

async function discardStoredFile(provider: string, key: string): Promise<void> {
  const uploads = getEnv().uploads;
  try {
    if (provider === "local" && uploads.mode === "local") await removeLocalFile(uploads.dir, key);
    else if (provider === "uploadthing" && uploads.mode === "uploadthing") await utapi(uploads.token).deleteFiles(key);
    else log.warn("stored file left in place: its provider is not the one configured now", { provider, key });
  } catch (error) {
    log.error("could not delete a stored file", { provider, key, error });
  }
}
