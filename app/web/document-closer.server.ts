import { Transform, type TransformCallback } from "node:stream";

const CLOSE = Buffer.from("</body></html>");

/**
 * Keeps a streamed HTML document whole. React renders the document's shell, closing tags
 * included, before the data Remix streams for hydration (and any Suspense content resolved
 * later); those scripts would follow `</html>`, which is invalid HTML. This stream holds the
 * closing `</body></html>` back and writes it after everything else, so the scripts end up
 * inside the body, where a browser would move them anyway.
 *
 * It works on bytes, never decoding: the marker is ASCII, so a multi-byte character split
 * across chunks passes through untouched. React escapes `<` in text and the streamed data
 * escapes it in scripts, so the first marker is the shell's own.
 */
export function documentCloser(): Transform {
  let carry = Buffer.alloc(0);
  let closed = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      if (closed) return callback(null, chunk);
      const joined = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      const at = joined.indexOf(CLOSE);
      if (at >= 0) {
        closed = true;
        carry = Buffer.alloc(0);
        const rest = joined.subarray(at + CLOSE.length);
        if (at > 0) this.push(joined.subarray(0, at));
        return callback(null, rest.length ? rest : undefined);
      }
      // The marker may be split across chunks: keep back what could be its beginning.
      const keep = Math.min(joined.length, CLOSE.length - 1);
      carry = Buffer.from(joined.subarray(joined.length - keep));
      callback(null, joined.subarray(0, joined.length - keep));
    },
    flush(callback: TransformCallback) {
      if (carry.length) this.push(carry);
      if (closed) this.push(CLOSE);
      callback();
    },
  });
}
