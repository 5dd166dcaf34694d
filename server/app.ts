import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { getConfig } from "../app/config.server";
import { getDb } from "../app/db.server";
import { todayInVietnam } from "../app/lib/dates";
import { searchDataVersion } from "../search/facet-cache";
import { pageCache } from "./page-cache";

/** The production HTTP server: static assets with long caching, everything else to Remix. */
export async function createApp(buildDir: string) {
  const serverBuildPath = path.join(buildDir, "server", "index.js");
  const build = (await import(serverBuildPath)) as ServerBuild;
  const app = express();
  app.disable("x-powered-by");
  app.use(compression());
  app.use(
    "/assets",
    express.static(path.join(buildDir, "client", "assets"), { immutable: true, maxAge: "1y" }),
  );
  app.use(express.static(path.join(buildDir, "client"), { maxAge: "1h" }));
  app.use(
    pageCache({
      ttlMs: getConfig().PAGE_CACHE_TTL_MS,
      // Same database handle as the app's (kept on globalThis by db.server).
      keyParts: async () => `${await searchDataVersion(await getDb())}|${todayInVietnam()}`,
    }),
  );
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: process.env.NODE_ENV,
      // The peer address, for log-in limits (X-Forwarded-For is only read when TRUST_PROXY is set).
      getLoadContext: (req) => ({ clientAddress: req.socket.remoteAddress }),
    }),
  );
  return app;
}
