import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

/**
 * The browser build gets app/i18n/messages/client.ts in place of the full messages: the page
 * hands the reader's language to the browser (root.tsx), so no translation ships as JavaScript.
 */
function clientMessages(): Plugin {
  const full = fileURLToPath(new URL("./app/i18n/messages/index.ts", import.meta.url));
  const client = fileURLToPath(new URL("./app/i18n/messages/client.ts", import.meta.url));
  return {
    name: "ocop-client-messages",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (options.ssr || !importer || !source.includes("messages")) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === full ? client : null;
    },
  };
}

export default defineConfig({
  plugins: [
    clientMessages(),
    tailwindcss(),
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  server: { port: 3000 },
});
