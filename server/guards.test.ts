import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { currentRequestId } from "../app/infra/logger";
import { bodyLimit, requestContext, sameOriginOnly } from "./guards";

const SITE = "https://cho-ocop.example";
const FORM_MAX = 64 * 1024;

/** The guards in front of routes that read the whole body, as Remix's form parsing does. */
async function serve() {
  const seen: { path: string; bytes: number; requestId: string | undefined }[] = [];
  const app = express();
  app.use(requestContext());
  app.use(bodyLimit(FORM_MAX, [{ path: /^\/upload$/, maxBytes: 1024 * 1024 }]));
  app.use(sameOriginOnly(SITE, [/^\/webhooks\/stripe$/]));
  const answer = async (req: express.Request, res: express.Response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    // After awaiting the body, as a loader or action does, the log still knows the request.
    seen.push({
      path: req.path,
      bytes: Buffer.concat(chunks).length,
      requestId: currentRequestId(),
    });
    res.type("text").send("ok");
  };
  // Express 4 ignores a handler's promise: a failed read goes to its error handler instead.
  app.all("*", (req, res, next) => {
    answer(req, res).catch(next);
  });
  const server = await new Promise<http.Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  return { port, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}

type Answer = { status: number; text: string; headers: http.IncomingHttpHeaders };

/**
 * Sends `total` bytes in 64 kB pieces without ever holding them, and stops sending as soon as
 * the server answers (as a browser does when a server refuses an upload early).
 */
function post(
  port: number,
  path: string,
  opts: { total: number; headers?: Record<string, string>; chunked?: boolean },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: SITE,
      ...opts.headers,
    };
    if (!opts.chunked) headers["Content-Length"] = String(opts.total);
    const req = http.request({ host: "127.0.0.1", port, path, method: "POST", headers });
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        resolve({
          status: res.statusCode ?? 0,
          text: Buffer.concat(chunks).toString(),
          headers: res.headers,
        });
        req.destroy();
      });
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const piece = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    const pump = () => {
      while (!answered && sent < opts.total) {
        const n = Math.min(piece.length, opts.total - sent);
        sent += n;
        if (!req.write(n === piece.length ? piece : piece.subarray(0, n)))
          return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe("body limit", () => {
  it("refuses a 100 MB form before reading it: 413, translated, memory flat", async () => {
    const s = await serve();
    close = s.close;
    global.gc?.();
    const before = process.memoryUsage().rss;
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => post(s.port, "/login", { total: 100 * 1024 * 1024 })),
    );
    const grown = process.memoryUsage().rss - before;
    for (const a of answers) {
      expect(a.status).toBe(413);
      expect(a.text).toContain("quá lớn");
      expect(a.headers.connection).toBe("close");
    }
    expect(s.seen).toEqual([]);
    // Four bodies of 100 MB each, buffered, would add 400 MB; refused unread they add nothing
    // like it (what remains is sockets and the test's own buffers).
    expect(grown).toBeLessThan(40 * 1024 * 1024);
  });

  it("answers in the reader's language", async () => {
    const s = await serve();
    close = s.close;
    const a = await post(s.port, "/login", {
      total: FORM_MAX + 1,
      headers: { Cookie: `lang=${Buffer.from(JSON.stringify("en")).toString("base64")}` },
    });
    expect(a.status).toBe(413);
    expect(a.text).toBe(
      "What you sent is too large (at most 64 kB). Shorten it and send it again.",
    );
  });

  it("lets a form up to the limit through, and single-fetch posts are held to their page's limit", async () => {
    const s = await serve();
    close = s.close;
    expect((await post(s.port, "/login", { total: FORM_MAX })).status).toBe(200);
    expect(s.seen).toEqual([expect.objectContaining({ path: "/login", bytes: FORM_MAX })]);
    expect((await post(s.port, "/login.data", { total: FORM_MAX + 1 })).status).toBe(413);
  });

  it("gives an upload route its own limit, and no other route that limit", async () => {
    const s = await serve();
    close = s.close;
    expect((await post(s.port, "/upload", { total: 512 * 1024 })).status).toBe(200);
    expect((await post(s.port, "/upload.data", { total: 512 * 1024 })).status).toBe(200);
    expect((await post(s.port, "/upload", { total: 1024 * 1024 + 1 })).status).toBe(413);
    expect((await post(s.port, "/uploads", { total: 512 * 1024 })).status).toBe(413);
  });

  it("refuses a body of unknown length (411)", async () => {
    const s = await serve();
    close = s.close;
    expect((await post(s.port, "/login", { total: 10, chunked: true })).status).toBe(411);
    expect(s.seen).toEqual([]);
  });
});

describe("same origin", () => {
  it("refuses a cross-site post to any route with a translated 403, and lets the site's own through", async () => {
    const s = await serve();
    close = s.close;
    const evil = await post(s.port, "/login", {
      total: 10,
      headers: { Origin: "https://evil.example" },
    });
    expect(evil.status).toBe(403);
    expect(evil.text).toContain("trang khác");
    const none = await post(s.port, "/checkout", { total: 10, headers: { Origin: "" } });
    expect(none.status).toBe(403);
    const own = await post(s.port, "/login", { total: 10 });
    expect(own.status).toBe(200);
    const local = await post(s.port, "/login", {
      total: 10,
      headers: { Origin: `http://127.0.0.1:${s.port}` },
    });
    expect(local.status).toBe(200);
    expect(s.seen.map((x) => x.path)).toEqual(["/login", "/login"]);
  });

  it("leaves the webhooks that sign their requests to check their signature", async () => {
    const s = await serve();
    close = s.close;
    const hook = await post(s.port, "/webhooks/stripe", { total: 10, headers: { Origin: "" } });
    expect(hook.status).toBe(200);
  });
});

describe("request context", () => {
  it("gives every request its own id, in the response header and in the log's context", async () => {
    const s = await serve();
    close = s.close;
    const a = await post(s.port, "/login", { total: 1 });
    const b = await post(s.port, "/login", { total: 1 });
    const ids = [a.headers["x-request-id"], b.headers["x-request-id"]];
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).not.toBe(ids[0]);
    expect(s.seen.map((x) => x.requestId)).toEqual(ids);
  });
});
