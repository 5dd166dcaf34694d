/**
 * What the official product page's certificate actions answer, shared by the action helpers
 * (app/web/certificate-entry-actions.server.ts) and the page: the `saved` flashes of a
 * redirect, and the form data of a refusal.
 */
import type { FieldErrors } from "../account/schemas";

export type ProductActionData = {
  form: "decision" | "revoke" | "entry" | "alcohol";
  values: Record<string, string>;
  errors: FieldErrors;
  entryId?: number;
};

export const PRODUCT_SAVED = [
  "created",
  "renew",
  "regrade",
  "certify",
  "revoked",
  "prepared",
  "confirmed",
  "returned",
  "alcohol",
] as const;
export type ProductSaved = (typeof PRODUCT_SAVED)[number];
