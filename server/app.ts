import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { getConfig } from "../app/infra/config.server";
import { getDb } from "../app/infra/db.server";
import { IMPORT_MAX_REQUEST_BYTES } from "../app/domain/certificate/decision-import-columns";
import { LEGAL_FORM_MAX_BYTES } from "../app/domain/legal/schemas";
import { todayInVietnam } from "../app/lib/dates";
import { UPLOAD_MAX_REQUEST_BYTES } from "../app/infra/photos.server";
import { searchDataVersion } from "../search/facet-cache";
import { bodyLimit, locals, requestContext, sameOriginOnly } from "./guards";
import { pageCache } from "./page-cache";
import { securityHeaders } from "./security-headers";

/** An ordinary form (log-in, checkout, a product's texts) fits many times over. */
export const FORM_MAX_BYTES = 64 * 1024;

/** The production HTTP server: static assets with long caching, everything else to Remix. */
export async function createApp(buildDir: string) {
  const serverBuildPath = path.join(buildDir, "server", "index.js");
  const build = (await import(serverBuildPath)) as ServerBuild;
  const config = getConfig();
  const app = express();
  app.disable("x-powered-by");
  app.use(requestContext());
  app.use(
    securityHeaders({
      production: config.NODE_ENV === "production",
      siteUrl: config.siteUrl,
      formTargets: config.STRIPE_SECRET_KEY ? ["https://checkout.stripe.com"] : [],
    }),
  );
  app.use(
    bodyLimit(FORM_MAX_BYTES, [
      { path: /^\/producer\/products\/[^/]+$/, maxBytes: UPLOAD_MAX_REQUEST_BYTES },
      { path: /^\/admin\/import$/, maxBytes: IMPORT_MAX_REQUEST_BYTES },
      { path: /^\/admin\/legal\/[^/]+$/, maxBytes: LEGAL_FORM_MAX_BYTES },
    ]),
  );
  // Stripe signs its webhook instead (checked first thing in the route).
  app.use(sameOriginOnly(config.siteUrl, [/^\/webhooks\/stripe$/]));
  app.use(compression());
  app.use(
    "/assets",
    express.static(path.join(buildDir, "client", "assets"), { immutable: true, maxAge: "1y" }),
  );
  app.use(express.static(path.join(buildDir, "client"), { maxAge: "1h" }));
  app.use(
    pageCache({
      ttlMs: config.PAGE_CACHE_TTL_MS,
      // Same database handle as the app's (kept on globalThis by db.server).
      keyParts: async () => `${await searchDataVersion(await getDb())}|${todayInVietnam()}`,
    }),
  );
  const remix = createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    // The peer address, for log-in limits (X-Forwarded-For is only read when TRUST_PROXY is set).
    getLoadContext: (req, res) => ({ clientAddress: req.socket.remoteAddress, ...locals(res) }),
  });
  // Express 4 ignores a handler's promise; Remix's handler catches its own errors and hands
  // them to next(), so nothing is left to await here.
  app.all("*", (req, res, next) => void remix(req, res, next));
  return app;
}
