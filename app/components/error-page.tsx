import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import type { MessageKey, T } from "~/i18n";
import { useT } from "~/i18n/use-t";

/** The title and sentence an error page shows for a status. */
export function errorText(status: number, t: T): { title: string; body: string } {
  if (status === 404 || status === 410)
    return { title: t("error.notFound.title"), body: t("error.notFound.body") };
  if (status === 400 || status === 413 || status === 415)
    return { title: t("error.badRequest.title"), body: t("error.badRequest.body") };
  if (status === 403)
    return { title: t("accounts.forbidden.title"), body: t("accounts.forbidden.body") };
  return { title: t("error.generic.title"), body: t("error.generic.body") };
}

/**
 * What a refused request named (app/web/request-input.server.ts throws `{ errors: { field:
 * key } }` or `{ formError: key }`): each translated sentence, with the field it is about.
 * Anything that is not a known message is left out, so no raw text reaches the page.
 */
export function problemsOf(payload: unknown, t: T): string[] {
  if (typeof payload !== "object" || payload === null) return [];
  const out: string[] = [];
  const say = (key: unknown, field?: string) => {
    if (typeof key !== "string") return;
    const text = t(key as MessageKey);
    if (text === key) return;
    out.push(field ? `${field}: ${text}` : text);
  };
  const { errors, formError } = payload as { errors?: unknown; formError?: unknown };
  say(formError);
  if (typeof errors === "object" && errors !== null)
    for (const [field, key] of Object.entries(errors)) say(key, field);
  return out;
}

/** The body of an error page: the status, what happened, and a way back home. */
export function ErrorPage({
  status,
  title,
  body,
  backHome,
  problems = [],
}: {
  status: number;
  title: string;
  body: string;
  backHome: string;
  problems?: string[];
}) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">{status}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-4 text-stone-600">{body}</p>
      {problems.length > 0 ? (
        <ul className="mx-auto mt-4 max-w-md list-disc text-left text-stone-700">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <a
        href="/"
        className="mt-8 inline-block rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700"
      >
        {backHome}
      </a>
    </div>
  );
}

/**
 * The error a route's boundary caught, as a page: what the root shows inside the site's
 * frame, and what each workspace shows inside its own (so its navigation stays).
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const { title, body } = errorText(status, t);
  return (
    <ErrorPage
      status={status}
      title={title}
      body={body}
      backHome={t("error.backHome")}
      problems={isRouteErrorResponse(error) ? problemsOf(error.data, t) : []}
    />
  );
}
