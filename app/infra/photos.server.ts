/**
 * Product photos from producers: read from a multipart form with a size limit, checked by
 * their bytes (never by the file name or the browser's content type), re-encoded with sharp
 * (turned upright, metadata such as GPS position stripped) into two WebP sizes, and stored.
 *
 * What is refused, each with its own message: anything but JPEG, PNG or WebP; files over
 * 8 MB; images narrower than 400 px; images too large to decode safely; broken files.
 */
import { createHash } from "node:crypto";
import {
  MaxPartSizeExceededError,
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import sharp from "sharp";
import { logger } from "./logger";
import { mediaUrl, type FileStorage } from "./storage.server";

export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;
export const PHOTO_MIN_WIDTH = 400;
/** Widths written: the product page's photo and the cards' thumbnail. */
export const PHOTO_WIDTHS = { large: 1200, thumb: 480 } as const;
/** About 50 megapixels: more than any phone camera, far less than a decompression bomb. */
export const PHOTO_MAX_PIXELS = 50_000_000;
/**
 * A request larger than this is refused without reading it. Between the photo limit and this
 * one the body is read to its end (and thrown away), so the browser gets our message instead
 * of a reset connection.
 */
export const UPLOAD_MAX_REQUEST_BYTES = 40 * 1024 * 1024;
/** Text fields of an upload form are short (an intent, an id), and few. */
const TEXT_FIELD_MAX_BYTES = 10_000;
const MAX_PARTS = 20;

export type PhotoError =
  "missing" | "tooLarge" | "unsupportedType" | "tooSmall" | "tooManyPixels" | "unreadable";

export type ImageType = "jpeg" | "png" | "webp";

/** The image format from its first bytes (magic numbers), or null for anything else. */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (bytes.length >= 3 && starts([0xff, 0xd8, 0xff])) return "jpeg";
  if (bytes.length >= 8 && starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  // "RIFF" <size> "WEBP"
  if (bytes.length >= 12 && starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8))
    return "webp";
  return null;
}

export type ProcessedPhoto = {
  /** WebP, at most 1200 px wide. */
  large: Buffer;
  /** WebP, at most 480 px wide. */
  thumb: Buffer;
  /** Of the upright original. */
  width: number;
  height: number;
  type: ImageType;
};

export type PhotoResult = { ok: true; photo: ProcessedPhoto } | { ok: false; error: PhotoError };

/** Checks and re-encodes one uploaded image. Never throws for bad input. */
export async function processPhoto(bytes: Uint8Array): Promise<PhotoResult> {
  if (bytes.length === 0) return { ok: false, error: "missing" };
  if (bytes.length > PHOTO_MAX_BYTES) return { ok: false, error: "tooLarge" };
  const type = detectImageType(bytes);
  if (!type) return { ok: false, error: "unsupportedType" };
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const options = { limitInputPixels: PHOTO_MAX_PIXELS, failOn: "error" as const };
  let width: number;
  let height: number;
  try {
    // The header only (no pixels are decoded), without the limit, so an oversized image is
    // named as such rather than as unreadable; decoding below keeps the limit.
    const meta = await sharp(input, { failOn: "error", limitInputPixels: false }).metadata();
    // The format sharp sees must be the one the bytes announced (no polyglot files).
    if (meta.format !== type) return { ok: false, error: "unsupportedType" };
    if (meta.width * meta.height > PHOTO_MAX_PIXELS) return { ok: false, error: "tooManyPixels" };
    width = meta.autoOrient.width;
    height = meta.autoOrient.height;
  } catch {
    return { ok: false, error: "unreadable" };
  }
  if (width < PHOTO_MIN_WIDTH) return { ok: false, error: "tooSmall" };
  try {
    // No withMetadata()/keepMetadata(): sharp writes no EXIF, XMP or ICC beyond sRGB.
    const encode = (w: number) =>
      sharp(input, { ...options, autoOrient: true })
        .resize({ width: w, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer();
    const [large, thumb] = await Promise.all([
      encode(PHOTO_WIDTHS.large),
      encode(PHOTO_WIDTHS.thumb),
    ]);
    return { ok: true, photo: { large, thumb, width, height, type } };
  } catch (error) {
    logger.warn("photo could not be encoded", error);
    return { ok: false, error: "unreadable" };
  }
}

/** The two sizes' addresses once stored. */
export type StoredPhoto = { src: string; thumbSrc: string; keys: string[] };

/**
 * Writes both sizes under keys named by their content (so a file never changes once written
 * and may be cached for ever).
 */
export async function storePhoto(
  storage: FileStorage,
  folder: string,
  photo: ProcessedPhoto,
): Promise<StoredPhoto> {
  const id = createHash("sha256").update(photo.large).digest("hex").slice(0, 24);
  const largeKey = `${folder}/${id}-${PHOTO_WIDTHS.large}.webp`;
  const thumbKey = `${folder}/${id}-${PHOTO_WIDTHS.thumb}.webp`;
  await storage.put(largeKey, photo.large, "image/webp");
  await storage.put(thumbKey, photo.thumb, "image/webp");
  return { src: mediaUrl(largeKey), thumbSrc: mediaUrl(thumbKey), keys: [largeKey, thumbKey] };
}

/** What the upload handler puts in the form instead of a file that went over the limit. */
export const PHOTO_TOO_LARGE = "\u0000photo-too-large";

/**
 * Keeps the file of `field` in memory up to `maxBytes`. A bigger file is read to its end and
 * dropped (the form gets PHOTO_TOO_LARGE instead), so the request is consumed and the page
 * can answer with a message.
 */
export function limitedFileHandler(field: string, maxBytes: number): UploadHandler {
  return async ({ name, filename, contentType, data }) => {
    if (name !== field || filename === undefined) return undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size <= maxBytes) chunks.push(Buffer.from(chunk));
      // Reading on is for an honest oversized photo; an endless stream is cut off.
      else if (size > UPLOAD_MAX_REQUEST_BYTES) throw new MaxPartSizeExceededError(name, maxBytes);
    }
    if (size > maxBytes) return PHOTO_TOO_LARGE;
    return new File([Buffer.concat(chunks)], filename, { type: contentType });
  };
}

export type UploadFormResult =
  { ok: true; form: FormData } | { ok: false; error: "tooLarge" | "badForm" };

/** Reads a multipart form carrying one photo in `field`; short text fields alongside it. */
export async function readPhotoForm(request: Request, field = "photo"): Promise<UploadFormResult> {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (Number.isFinite(length) && length > UPLOAD_MAX_REQUEST_BYTES)
    return { ok: false, error: "tooLarge" };
  let parts = 0;
  const countParts: UploadHandler = () => {
    // Our form has three parts; thousands of small ones would only fill memory.
    if (++parts > MAX_PARTS) throw new MaxPartSizeExceededError("(parts)", MAX_PARTS);
    return Promise.resolve(undefined);
  };
  try {
    const form = await parseMultipartFormData(
      request,
      composeUploadHandlers(
        countParts,
        limitedFileHandler(field, PHOTO_MAX_BYTES),
        createMemoryUploadHandler({ maxPartSize: TEXT_FIELD_MAX_BYTES }),
      ),
    );
    return { ok: true, form };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, error: "tooLarge" };
    // Not multipart, or malformed: the browser never sends that from our form.
    return { ok: false, error: "badForm" };
  }
}

/** The uploaded photo's bytes, or why there are none. */
export async function photoBytes(
  form: FormData,
  field = "photo",
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: PhotoError }> {
  const value = form.get(field);
  if (value === PHOTO_TOO_LARGE) return { ok: false, error: "tooLarge" };
  if (!(value instanceof File) || value.size === 0) return { ok: false, error: "missing" };
  return { ok: true, bytes: new Uint8Array(await value.arrayBuffer()) };
}
