/**
 * Keeps an uploaded file for a short while between a dry run and the import that follows it,
 * so the official does not have to choose the file again (a page without JavaScript cannot
 * keep a file input's choice across a reload). The import reads the file back and checks it
 * all over again: the stash only saves the upload, never the verdict.
 *
 * Files sit in DATA_DIR/import-stash (never under the public media folder), named by a random
 * token and owned by the user who uploaded them; they expire after an hour and are swept on
 * the next upload. One server's local folder: several app servers need a shared volume.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { getConfig } from "~/infra/config.server";
import { logger } from "./logger";

declare global {
  // Tests point the stash at a temporary folder.
  var __ocopImportStashDir: string | undefined;
}

export const STASH_TTL_MS = 60 * 60 * 1000;
const TOKEN = /^[a-f0-9]{32}$/;

function folder(): string {
  return globalThis.__ocopImportStashDir ?? path.resolve(getConfig().DATA_DIR, "import-stash");
}

type Meta = { owner: number; name: string; createdAt: number };

function isMeta(v: unknown): v is Meta {
  return (
    !!v &&
    typeof v === "object" &&
    "owner" in v &&
    typeof v.owner === "number" &&
    "name" in v &&
    typeof v.name === "string" &&
    "createdAt" in v &&
    typeof v.createdAt === "number"
  );
}

async function sweep(dir: string, now: number): Promise<void> {
  try {
    for (const entry of await readdir(dir)) {
      const file = path.join(dir, entry);
      const info = await stat(file);
      if (now - info.mtimeMs > STASH_TTL_MS) await rm(file, { force: true });
    }
  } catch (error) {
    logger.warn("import stash: sweep failed", error);
  }
}

/** Keeps the file for its owner; returns the token that reads it back. */
export async function stashUpload(
  owner: number,
  file: { name: string; bytes: Uint8Array },
  now: number = Date.now(),
): Promise<string> {
  const dir = folder();
  await mkdir(dir, { recursive: true });
  await sweep(dir, now);
  const token = randomBytes(16).toString("hex");
  const meta: Meta = { owner, name: file.name.slice(0, 200), createdAt: now };
  await writeFile(path.join(dir, `${token}.bin`), file.bytes);
  await writeFile(path.join(dir, `${token}.json`), JSON.stringify(meta));
  return token;
}

/** The stashed file, if the token is well formed, the owner is the same and it has not expired. */
export async function readStash(
  owner: number,
  token: string,
  now: number = Date.now(),
): Promise<{ name: string; bytes: Uint8Array } | null> {
  if (!TOKEN.test(token)) return null;
  const dir = folder();
  try {
    const meta: unknown = JSON.parse(await readFile(path.join(dir, `${token}.json`), "utf8"));
    if (!isMeta(meta) || meta.owner !== owner || now - meta.createdAt > STASH_TTL_MS) return null;
    const bytes = await readFile(path.join(dir, `${token}.bin`));
    return { name: meta.name, bytes: new Uint8Array(bytes) };
  } catch {
    return null;
  }
}

export async function dropStash(token: string): Promise<void> {
  if (!TOKEN.test(token)) return;
  const dir = folder();
  await rm(path.join(dir, `${token}.bin`), { force: true });
  await rm(path.join(dir, `${token}.json`), { force: true });
}
