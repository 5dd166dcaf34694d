import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { documentCloser } from "./document-closer.server";

async function run(chunks: (string | Buffer)[]): Promise<string> {
  const out = Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c))).pipe(
    documentCloser(),
  );
  return (await buffer(out)).toString("utf8");
}

describe("documentCloser", () => {
  it("moves what follows </html> inside the body", async () => {
    const html = await run([
      "<!DOCTYPE html><html><body><p>một sản phẩm</p></body></html>",
      "<!--$--><script>a()</script><!--/$-->",
    ]);
    expect(html).toBe(
      "<!DOCTYPE html><html><body><p>một sản phẩm</p><!--$--><script>a()</script><!--/$--></body></html>",
    );
  });

  it("finds the closing tags split across chunks, at every split point", async () => {
    const doc = "<html><body>mỗi xã</body></html><script>b()</script>";
    const bytes = Buffer.from(doc);
    for (let i = 1; i < bytes.length; i++) {
      const html = await run([bytes.subarray(0, i), bytes.subarray(i)]);
      expect(html, `split at ${i}`).toBe("<html><body>mỗi xã<script>b()</script></body></html>");
    }
  });

  it("passes multi-byte characters split across chunks untouched", async () => {
    const bytes = Buffer.from("<html><body>ước</body></html>");
    const split = bytes.indexOf(0xbb); // inside "ớ"
    const html = await run([bytes.subarray(0, split), bytes.subarray(split)]);
    expect(html).toBe("<html><body>ước</body></html>");
  });

  it("leaves a body without the closing tags as it is", async () => {
    expect(await run(["<p>a</p>", "<p>b</p>"])).toBe("<p>a</p><p>b</p>");
    expect(await run(["x"])).toBe("x");
  });
});
