/**
 * Photo checks and processing with real images made by sharp in the test: accepted formats by
 * their bytes, the size and width limits, upright output without metadata, two WebP sizes, and
 * the upload handler that reads an oversized file to its end instead of failing the request.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  detectImageType,
  photoBytes,
  PHOTO_MAX_BYTES,
  PHOTO_TOO_LARGE,
  processPhoto,
  readPhotoForm,
  storePhoto,
} from "./photos.server";
import { createLocalStorage } from "./storage.server";

function image(width: number, height: number) {
  return sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } },
  });
}

const png = (w: number, h: number) => image(w, h).png().toBuffer();
const jpeg = (w: number, h: number) => image(w, h).jpeg().toBuffer();
const webp = (w: number, h: number) => image(w, h).webp().toBuffer();

async function ok(bytes: Uint8Array) {
  const r = await processPhoto(bytes);
  if (!r.ok) throw new Error(`refused: ${r.error}`);
  return r.photo;
}

describe("detectImageType", () => {
  it("knows JPEG, PNG and WebP by their first bytes", async () => {
    expect(detectImageType(await jpeg(10, 10))).toBe("jpeg");
    expect(detectImageType(await png(10, 10))).toBe("png");
    expect(detectImageType(await webp(10, 10))).toBe("webp");
  });

  it("refuses everything else, whatever it is called", async () => {
    expect(detectImageType(await image(10, 10).gif().toBuffer())).toBeNull();
    expect(detectImageType(await image(10, 10).tiff().toBuffer())).toBeNull();
    expect(detectImageType(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(detectImageType(Buffer.from("%PDF-1.7"))).toBeNull();
    expect(detectImageType(new Uint8Array())).toBeNull();
  });
});

describe("processPhoto", () => {
  it("writes WebP at 1200 and 480 px wide from a large JPEG, PNG or WebP", async () => {
    for (const make of [jpeg, png, webp]) {
      const photo = await ok(await make(2000, 1500));
      const large = await sharp(photo.large).metadata();
      const thumb = await sharp(photo.thumb).metadata();
      expect(large.format).toBe("webp");
      expect(thumb.format).toBe("webp");
      expect([large.width, large.height]).toEqual([1200, 900]);
      expect([thumb.width, thumb.height]).toEqual([480, 360]);
    }
  });

  it("never enlarges a smaller photo", async () => {
    const photo = await ok(await png(800, 600));
    expect((await sharp(photo.large).metadata()).width).toBe(800);
    expect((await sharp(photo.thumb).metadata()).width).toBe(480);
  });

  it("turns a photo upright from its EXIF orientation and strips its metadata", async () => {
    // Stored 900×600 with "rotate 90°": the upright photo is 600 wide and 900 tall.
    const sideways = await image(900, 600)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Copyright: "Máy ảnh của HTX", Artist: "GPS 21.0285,105.8542" } })
      .toBuffer();
    const before = await sharp(sideways).metadata();
    expect(before.orientation).toBe(6);
    expect(before.exif).toBeDefined();

    const photo = await ok(sideways);
    expect([photo.width, photo.height]).toEqual([600, 900]);
    const out = await sharp(photo.large).metadata();
    expect([out.width, out.height]).toEqual([600, 900]);
    expect(out.orientation).toBeUndefined();
    expect(out.exif).toBeUndefined();
    expect(out.xmp).toBeUndefined();
    expect(photo.large.includes(Buffer.from("Máy ảnh"))).toBe(false);
  });

  it("refuses an image narrower than 400 px, counted upright", async () => {
    expect(await processPhoto(await png(399, 1000))).toEqual({ ok: false, error: "tooSmall" });
    expect((await processPhoto(await png(400, 300))).ok).toBe(true);
    // 600 wide as stored, but 300 wide once turned upright.
    const tall = await image(600, 300).jpeg().withMetadata({ orientation: 8 }).toBuffer();
    expect(await processPhoto(tall)).toEqual({ ok: false, error: "tooSmall" });
  });

  it("refuses other formats, files over 8 MB, empty and broken files", async () => {
    const gif = await image(800, 600).gif().toBuffer();
    expect(await processPhoto(gif)).toEqual({ ok: false, error: "unsupportedType" });
    expect(await processPhoto(Buffer.from("not an image, whatever the name says"))).toEqual({
      ok: false,
      error: "unsupportedType",
    });
    const huge = new Uint8Array(PHOTO_MAX_BYTES + 1);
    huge.set([0xff, 0xd8, 0xff]);
    expect(await processPhoto(huge)).toEqual({ ok: false, error: "tooLarge" });
    expect(await processPhoto(new Uint8Array())).toEqual({ ok: false, error: "missing" });
    const real = await png(800, 600);
    const truncated = real.subarray(0, 60);
    expect(await processPhoto(truncated)).toEqual({ ok: false, error: "unreadable" });
  });

  it("refuses a decompression bomb before decoding it", async () => {
    // A tiny PNG whose header claims 10,000 × 10,000 pixels (100 megapixels).
    const bomb = Buffer.from(await png(1, 1));
    const ihdr = bomb.indexOf("IHDR");
    bomb.writeUInt32BE(10_000, ihdr + 4);
    bomb.writeUInt32BE(10_000, ihdr + 8);
    bomb.writeUInt32BE(crc32(bomb.subarray(ihdr, ihdr + 17)), ihdr + 17);
    expect(await processPhoto(bomb)).toEqual({ ok: false, error: "tooManyPixels" });
  });
});

describe("storePhoto", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "ocop-photos-"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("stores both sizes under content-named keys and returns their /media/ addresses", async () => {
    const storage = createLocalStorage(root);
    const photo = await ok(await jpeg(1600, 1200));
    const stored = await storePhoto(storage, "products/7", photo);
    expect(stored.src).toMatch(/^\/media\/products\/7\/[0-9a-f]{24}-1200\.webp$/);
    expect(stored.thumbSrc).toMatch(/^\/media\/products\/7\/[0-9a-f]{24}-480\.webp$/);
    const large = await storage.get(stored.keys[0] ?? "");
    expect(large?.contentType).toBe("image/webp");
    expect(large?.body.equals(photo.large)).toBe(true);
    // The same photo again lands on the same keys.
    expect((await storePhoto(storage, "products/7", photo)).src).toBe(stored.src);
  });
});

describe("readPhotoForm", () => {
  function upload(bytes: Uint8Array, name = "anh.jpg", extra: Record<string, string> = {}) {
    const form = new FormData();
    for (const [k, v] of Object.entries(extra)) form.append(k, v);
    form.append("photo", new File([Buffer.from(bytes)], name, { type: "image/jpeg" }));
    return new Request("http://localhost/producer/products/1", { method: "POST", body: form });
  }

  it("gives the photo and the text fields", async () => {
    const bytes = await jpeg(500, 500);
    const r = await readPhotoForm(upload(bytes, "anh.jpg", { intent: "upload" }));
    if (!r.ok) throw new Error(r.error);
    expect(r.form.get("intent")).toBe("upload");
    const got = await photoBytes(r.form);
    expect(got.ok && Buffer.from(got.bytes).equals(bytes)).toBe(true);
  });

  it("reads an oversized file to its end and says it was too large", async () => {
    const big = new Uint8Array(PHOTO_MAX_BYTES + 100_000);
    const request = upload(big, "lon.jpg", { intent: "upload" });
    const r = await readPhotoForm(request);
    if (!r.ok) throw new Error(r.error);
    expect(r.form.get("photo")).toBe(PHOTO_TOO_LARGE);
    expect(await photoBytes(r.form)).toEqual({ ok: false, error: "tooLarge" });
    // The field after the file was still read: the body was consumed to its end.
    expect(r.form.get("intent")).toBe("upload");
    expect(request.bodyUsed).toBe(true);
  });

  it("says a missing file is missing, and a form that is not multipart is a bad form", async () => {
    const form = new FormData();
    form.append("intent", "upload");
    form.append("photo", new File([], "", { type: "application/octet-stream" }));
    const r = await readPhotoForm(
      new Request("http://localhost/x", { method: "POST", body: form }),
    );
    if (!r.ok) throw new Error(r.error);
    expect(await photoBytes(r.form)).toEqual({ ok: false, error: "missing" });

    const plain = new Request("http://localhost/x", {
      method: "POST",
      body: new URLSearchParams({ intent: "upload" }),
    });
    expect(await readPhotoForm(plain)).toEqual({ ok: false, error: "badForm" });
  });

  it("refuses a form of many parts", async () => {
    const form = new FormData();
    for (let i = 0; i < 50; i++) form.append(`f${i}`, "x");
    const r = await readPhotoForm(
      new Request("http://localhost/x", { method: "POST", body: form }),
    );
    expect(r).toEqual({ ok: false, error: "tooLarge" });
  });

  it("refuses a huge text field and a request announced as larger than 40 MB", async () => {
    const form = new FormData();
    form.append("intent", "x".repeat(50_000));
    const r = await readPhotoForm(
      new Request("http://localhost/x", { method: "POST", body: form }),
    );
    expect(r).toEqual({ ok: false, error: "tooLarge" });

    const announced = new Request("http://localhost/x", {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=x", "Content-Length": "50000000" },
      body: "--x--",
    });
    expect(await readPhotoForm(announced)).toEqual({ ok: false, error: "tooLarge" });
  });
});
