/**
 * A producer's product photos with their files (decision 0015): an upload is checked, resized,
 * stored and then added to the product; a removal takes the photo off the product and then
 * deletes its files. The database is the truth: a file is written before the row points at
 * it and deleted only after the row no longer does, so a failure leaves at worst an unused
 * file, never a photo without its file.
 */
import type { Db } from "../../../db/client";
import { logger } from "../../infra/logger";
import { photoBytes, processPhoto, storePhoto, type PhotoError } from "../../infra/photos.server";
import { getStorage, keyFromMediaUrl, type FileStorage } from "../../infra/storage.server";
import type { ProducerActor } from "../producer/overview.server";
import {
  addProductPhoto,
  MAX_PHOTOS,
  producerOwnsProduct,
  removeProductPhoto,
  type ProductChangeResult,
} from "./listing.server";

export type PhotoChangeError = Extract<ProductChangeResult, { ok: false }>["error"];
export type PhotoUploadResult = { ok: true } | { ok: false; error: PhotoChangeError | PhotoError };

/** Deletes stored files after the database no longer points at them (best effort). */
async function deleteFiles(storage: FileStorage, keys: (string | null)[]): Promise<void> {
  for (const key of keys) {
    if (!key) continue;
    try {
      await storage.delete(key);
    } catch (error) {
      logger.warn(`could not delete stored file ${key}`, error);
    }
  }
}

/**
 * Adds the photo uploaded in `form` ("photo") to the producer's product: refused before any
 * work when the product is not theirs or already has its six photos; the files of a photo the
 * product then refuses (a concurrent upload took the last place) are deleted again.
 */
export async function uploadProductPhoto(
  db: Db,
  actor: ProducerActor,
  productId: number,
  form: FormData,
  storage: FileStorage = getStorage(),
): Promise<PhotoUploadResult> {
  const owned = await producerOwnsProduct(db, actor.producerId, productId);
  if (!owned) return { ok: false, error: "notFound" };
  if (owned.photos >= MAX_PHOTOS) return { ok: false, error: "tooManyPhotos" };
  const bytes = await photoBytes(form);
  if (!bytes.ok) return bytes;
  const processed = await processPhoto(bytes.bytes);
  if (!processed.ok) return processed;
  const stored = await storePhoto(storage, `products/${productId}`, processed.photo);
  const result = await addProductPhoto(db, actor, productId, stored);
  if (!result.ok) {
    await deleteFiles(storage, stored.keys);
    return result;
  }
  return { ok: true };
}

/** Takes one photo off the producer's product, then deletes its files. */
export async function deleteProductPhoto(
  db: Db,
  actor: ProducerActor,
  productId: number,
  src: string,
  storage: FileStorage = getStorage(),
): Promise<{ ok: true } | { ok: false; error: PhotoChangeError }> {
  const result = await removeProductPhoto(db, actor, productId, src);
  if (!result.ok) return result;
  await deleteFiles(
    storage,
    (result.removed ?? []).flatMap((i) => [
      keyFromMediaUrl(i.src),
      i.thumbSrc ? keyFromMediaUrl(i.thumbSrc) : null,
    ]),
  );
  return { ok: true };
}
