/**
 * One zod schema per account form. Messages are translation keys, so the page shows each
 * field's problem in the reader's language; the server is the one that decides.
 */
import { z } from "zod";
import type { MessageKey } from "../../i18n/index";
import { privacyConsentField } from "../legal/schemas";

export const PASSWORD_MIN = 10;
/** argon2 would hash anything, but a megabyte "password" is only a way to burn CPU. */
export const PASSWORD_MAX = 200;

const key = (k: MessageKey) => k;

/** Trimmed and lower-cased: the one form an email is stored and compared in. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const email = z
  .string({ required_error: key("accounts.error.emailRequired") })
  .trim()
  .min(1, key("accounts.error.emailRequired"))
  .max(254, key("accounts.error.emailInvalid"))
  .email(key("accounts.error.emailInvalid"))
  .transform(normaliseEmail);

const newPassword = z
  .string({ required_error: key("accounts.error.passwordTooShort") })
  .min(PASSWORD_MIN, key("accounts.error.passwordTooShort"))
  .max(PASSWORD_MAX, key("accounts.error.passwordTooLong"));

/** True when the password is the account's email, whatever the case or spaces around it. */
export function passwordIsEmail(password: string, normalisedEmail: string): boolean {
  return normaliseEmail(password) === normalisedEmail;
}

export const signupSchema = z
  .object({
    name: z
      .string({ required_error: key("accounts.error.nameRequired") })
      .trim()
      .min(1, key("accounts.error.nameRequired"))
      .max(100, key("accounts.error.nameTooLong")),
    email,
    password: newPassword,
    // An explicit, unticked-by-default consent to the privacy notice (decision 0028).
    privacyConsent: privacyConsentField,
  })
  .superRefine((v, ctx) => {
    if (passwordIsEmail(v.password, v.email)) {
      ctx.addIssue({
        code: "custom",
        path: ["password"],
        message: key("accounts.error.passwordIsEmail"),
      });
    }
  });

export const loginSchema = z.object({
  email,
  password: z
    .string({ required_error: key("accounts.error.passwordRequired") })
    .min(1, key("accounts.error.passwordRequired"))
    .max(PASSWORD_MAX, key("accounts.error.passwordRequired")),
});

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z.object({ password: newPassword });

export type FieldErrors = Partial<Record<string, MessageKey>>;

/** The first problem of each field, as a translation key. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message as MessageKey;
  }
  return out;
}

/** Reads named text fields from a form (files and missing fields become undefined). */
export function formFields(
  form: FormData,
  names: readonly string[],
): Record<string, string | undefined> {
  return Object.fromEntries(
    names.map((n) => {
      const v = form.get(n);
      return [n, typeof v === "string" ? v : undefined];
    }),
  );
}
