import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  contentTypeOf,
  createLocalStorage,
  isValidKey,
  keyFromMediaUrl,
  mediaUrl,
  type FileStorage,
} from "./storage.server";

let root: string;
let storage: FileStorage;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "ocop-storage-"));
  storage = createLocalStorage(path.join(root, "media"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("local folder storage", () => {
  it("puts, gets and deletes a file by key", async () => {
    const bytes = new Uint8Array([1, 2, 3, 4]);
    await storage.put("products/12/abc-1200.webp", bytes, "image/webp");
    const file = await storage.get("products/12/abc-1200.webp");
    expect(file?.contentType).toBe("image/webp");
    expect([...(file?.body ?? [])]).toEqual([1, 2, 3, 4]);
    // No temporary file is left beside it.
    expect(await readdir(path.join(root, "media", "products", "12"))).toEqual(["abc-1200.webp"]);

    await storage.delete("products/12/abc-1200.webp");
    expect(await storage.get("products/12/abc-1200.webp")).toBeNull();
    // Deleting again is not an error.
    await storage.delete("products/12/abc-1200.webp");
  });

  it("replaces what a key held", async () => {
    await storage.put("a/b.png", new Uint8Array([1]), "image/png");
    await storage.put("a/b.png", new Uint8Array([2, 2]), "image/png");
    expect([...((await storage.get("a/b.png"))?.body ?? [])]).toEqual([2, 2]);
  });

  it("answers null for a missing key and for a key that is not a key", async () => {
    expect(await storage.get("products/1/none.webp")).toBeNull();
    expect(await storage.get("../secret.txt")).toBeNull();
    expect(await storage.get("products")).toBeNull();
  });

  it("never reads or writes outside its folder", async () => {
    await writeFile(path.join(root, "secret.txt"), "do not serve");
    for (const key of ["../secret.txt", "a/../../secret.txt", "/etc/passwd", "a//b", "A/B.webp"]) {
      expect(isValidKey(key), key).toBe(false);
      expect(await storage.get(key)).toBeNull();
      await expect(storage.put(key, new Uint8Array([1]), "image/webp")).rejects.toThrow();
      await expect(storage.delete(key)).rejects.toThrow();
    }
    expect(await readdir(root)).toEqual(["secret.txt"]);
  });
});

describe("keys and addresses", () => {
  it("accepts the keys the app writes and refuses odd ones", () => {
    expect(isValidKey("products/12/3f9c0a-1200.webp")).toBe(true);
    expect(isValidKey("products/12/.hidden")).toBe(false);
    expect(isValidKey("products/12/a b.webp")).toBe(false);
    expect(isValidKey("products\\12\\a.webp")).toBe(false);
    expect(isValidKey("")).toBe(false);
  });

  it("maps keys to /media/ addresses and back", () => {
    expect(mediaUrl("products/1/a-480.webp")).toBe("/media/products/1/a-480.webp");
    expect(keyFromMediaUrl("/media/products/1/a-480.webp")).toBe("products/1/a-480.webp");
    expect(keyFromMediaUrl("/art/honey/abc.svg")).toBeNull();
    expect(keyFromMediaUrl("/media/../x.webp")).toBeNull();
  });

  it("names content types by extension", () => {
    expect(contentTypeOf("a/b.webp")).toBe("image/webp");
    expect(contentTypeOf("a/b.JPG")).toBe("image/jpeg");
    expect(contentTypeOf("a/b.exe")).toBe("application/octet-stream");
  });
});
