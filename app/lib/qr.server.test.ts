import { describe, expect, it } from "vitest";
import { decodeQrSvg } from "../../tests/support/qr-decode";
import { productUrl, qrSvg } from "./qr.server";

describe("qrSvg", () => {
  it("draws a code that a scanner reads back as the product's absolute address", async () => {
    const url = productUrl("https://cho-ocop.vn", "mat-ong-bac-ha-lung-cu");
    expect(url).toBe("https://cho-ocop.vn/products/mat-ong-bac-ha-lung-cu");
    const svg = await qrSvg(url, { size: 160 });
    expect(svg).toMatch(/^<svg width="160" height="160" aria-hidden="true" xmlns=/);
    expect(await decodeQrSvg(svg)).toBe(url);
  });

  it("keeps long addresses readable and names the code when asked", async () => {
    const url = productUrl("http://127.0.0.1:3506/", `san-pham-${"a".repeat(100)}`);
    const svg = await qrSvg(url, { label: 'Mã QR "Chè" <Tân Cương>' });
    expect(svg).toContain('role="img" aria-label="Mã QR &quot;Chè&quot; &lt;Tân Cương&gt;"');
    expect(svg).toContain('width="100%"');
    expect(await decodeQrSvg(svg)).toBe(url);
  });

  it("decodes nothing from a picture without a code (the check is not vacuous)", async () => {
    const blank = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 37 37"><path fill="#fff" d="M0 0h37v37H0z"/></svg>`;
    expect(await decodeQrSvg(blank)).toBeNull();
  });
});
