/**
 * Reads QR codes back, as a phone's camera would, to test that printed codes really work:
 * the image (an SVG as the server draws it, or a PNG screenshot from a browser) is turned into
 * pixels with sharp and decoded with jsQR.
 */
import jsQR from "jsqr";
import sharp, { type Sharp } from "sharp";

async function decodePixels(image: Sharp): Promise<string | null> {
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const pixels = new Uint8ClampedArray(data.buffer, data.byteOffset, data.length);
  return jsQR(pixels, info.width, info.height)?.data ?? null;
}

/** The text of the QR code drawn by an SVG, or null when none can be read. */
export function decodeQrSvg(svg: string): Promise<string | null> {
  return decodePixels(
    sharp(Buffer.from(svg), { density: 300 }).resize(400, 400, { kernel: "nearest" }),
  );
}

/** The text of the QR code in a PNG (or any image sharp reads), or null when none can be read. */
export function decodeQrImage(image: Buffer): Promise<string | null> {
  return decodePixels(sharp(image).flatten({ background: "#ffffff" }));
}
