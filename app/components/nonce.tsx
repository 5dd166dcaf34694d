import { createContext, useContext } from "react";

/**
 * The response's CSP nonce, for the inline scripts the document writes (root.tsx). Set on the
 * server by entry.server.tsx; empty in the browser, which hides nonces from scripts anyway.
 */
export const NonceContext = createContext("");

export function useNonce(): string {
  return useContext(NonceContext);
}
