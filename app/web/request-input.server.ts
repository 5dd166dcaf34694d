/**
 * The one place a request's query string and form are read. Text comes out NFC-normalised;
 * control characters (NUL among them, which Postgres refuses in text) are dropped from a
 * query, since a list that is only read simply ignores them, and refuse a form with a 400
 * naming the field, since a form writes and must not store something else than was sent.
 */
import { data } from "@remix-run/node";
import type { MessageKey } from "~/i18n/index";
import { cleanText, hasControlCharacters } from "../lib/params";

/**
 * Longer than any field of ours (the longest, descriptions and stories, stop at 5,000): a
 * bigger value is refused before any schema or query sees it.
 */
export const FORM_TEXT_MAX = 20_000;

/**
 * Fields compared byte for byte with what was stored when they were set: a password is hashed
 * as typed, so normalising it now would lock out whoever typed it in the other form.
 */
const VERBATIM = /password/i;

/** The query string, every value cleaned (see cleanText); names are kept as sent. */
export function readQuery(request: Request): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of new URL(request.url).searchParams) {
    query.append(name, cleanText(value));
  }
  return query;
}

export type InputProblem = { errors: Record<string, MessageKey> };

function refuse(field: string, key: MessageKey): never {
  throw data<InputProblem>({ errors: { [field]: key } }, { status: 400 });
}

/**
 * A parsed form with its text checked and normalised: a value with a control character or
 * longer than FORM_TEXT_MAX is a 400 naming that field. Files are passed through untouched.
 */
export function cleanForm(form: FormData): FormData {
  const clean = new FormData();
  for (const [name, value] of form) {
    if (typeof value !== "string") {
      clean.append(name, value);
      continue;
    }
    if (hasControlCharacters(value) || hasControlCharacters(name))
      refuse(name, "input.error.control");
    if (value.length > FORM_TEXT_MAX) refuse(name, "input.error.tooLong");
    clean.append(name, VERBATIM.test(name) ? value : value.normalize("NFC"));
  }
  return clean;
}

/**
 * The request's form (urlencoded or multipart), cleaned. A body that is no form at all is a
 * 400 (or 415 for another content type), not the parser's exception.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = (request.headers.get("Content-Type") ?? "").toLowerCase();
  if (
    !type.startsWith("application/x-www-form-urlencoded") &&
    !type.startsWith("multipart/form-data")
  ) {
    throw data({ formError: "input.error.notAForm" satisfies MessageKey }, { status: 415 });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw data({ formError: "input.error.notAForm" satisfies MessageKey }, { status: 400 });
  }
  return cleanForm(form);
}
