/**
 * What the HTTP server (server/app.ts) hands every loader and action besides the request.
 * All absent under the Vite dev server, which has no such server in front of Remix.
 */
declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The peer address of the connection, for log-in limits. */
    clientAddress?: string;
    /** This request's id, in the log and in the X-Request-Id header. */
    requestId?: string;
    /** The Content-Security-Policy nonce every inline script of this response must carry. */
    cspNonce?: string;
  }
}

export {};
