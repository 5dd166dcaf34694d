/**
 * Where uploaded files (product photos) live, behind one small interface: put, get and delete
 * by key. The default keeps them in a folder (DATA_DIR/media); an object store (S3, R2, MinIO)
 * only needs another implementation of `FileStorage` returned by `getStorage()`.
 *
 * Keys are relative paths of lower-case letters, digits, "-", "_" and "." segments separated
 * by "/" (e.g. "products/12/3f9c…-1200.webp"); anything else is refused before it reaches the
 * disk, so no key can climb out of the folder.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { getConfig } from "~/infra/config.server";

export type StoredFile = { body: Buffer; contentType: string };

export interface FileStorage {
  /** Stores the bytes under the key, replacing what was there. */
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** The file, or null when there is none (or the key is not a valid key). */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}

const SEGMENT = /^[a-z0-9_][a-z0-9_.-]{0,127}$/;

/** Whether a key is one this module would ever write: no "..", no absolute path, no odd characters. */
export function isValidKey(key: string): boolean {
  if (key.length === 0 || key.length > 512) return false;
  const segments = key.split("/");
  return segments.every((s) => SEGMENT.test(s) && !s.includes(".."));
}

function assertKey(key: string): void {
  if (!isValidKey(key)) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
}

/** The content types we store, by file extension (a local folder keeps no metadata). */
const CONTENT_TYPES: Record<string, string> = {
  ".webp": "image/webp",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export function contentTypeOf(key: string): string {
  return CONTENT_TYPES[path.extname(key).toLowerCase()] ?? "application/octet-stream";
}

/** Files in a folder on this machine: the default, fine for one server with a persistent disk. */
export function createLocalStorage(root: string): FileStorage {
  const base = path.resolve(root);
  const fileOf = (key: string) => {
    assertKey(key);
    const file = path.resolve(base, ...key.split("/"));
    // Belt and braces: the key check already rules this out.
    if (!file.startsWith(base + path.sep)) throw new Error("storage key escapes the folder");
    return file;
  };
  return {
    async put(key, body) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
      await writeFile(temp, body);
      await rename(temp, file);
    },
    async get(key) {
      if (!isValidKey(key)) return null;
      try {
        return { body: await readFile(fileOf(key)), contentType: contentTypeOf(key) };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}

function isMissing(error: unknown): boolean {
  return (
    !!error &&
    typeof error === "object" &&
    "code" in error &&
    (error.code === "ENOENT" || error.code === "ENOTDIR" || error.code === "EISDIR")
  );
}

declare global {
  // Tests point the app at a temporary folder; the app opens DATA_DIR/media once.
  var __ocopStorage: FileStorage | undefined;
}

/** The app's storage: DATA_DIR/media unless a test has set another one. */
export function getStorage(): FileStorage {
  globalThis.__ocopStorage ??= createLocalStorage(path.resolve(getConfig().DATA_DIR, "media"));
  return globalThis.__ocopStorage;
}

/** The public address of a stored file (served by app/routes/media.$.ts). */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}

/** The key behind a /media/ address, or null for anything else (generated art, other sites). */
export function keyFromMediaUrl(src: string): string | null {
  if (!src.startsWith("/media/")) return null;
  const key = src.slice("/media/".length);
  return isValidKey(key) ? key : null;
}
