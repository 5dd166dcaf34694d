import type { MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { langOfMatches, makeT } from "~/i18n";
import { useT } from "~/i18n/use-t";

/** Unknown URLs answer a real 404. */
export function loader() {
  throw new Response("Not Found", { status: 404 });
}

// Remix renders the meta of the routes up to the one whose boundary caught the error: with
// the boundary here (not the root's, which has no meta), the page gets its <title>.
export const meta: MetaFunction = ({ matches }) => {
  const t = makeT(langOfMatches(matches));
  return [
    { title: `${t("error.notFound.title")} | ${t("site.name")}` },
    { name: "robots", content: "noindex" },
  ];
};

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useT();
  if (!isRouteErrorResponse(error) || error.status !== 404) throw error;
  return (
    <ErrorPage
      status={404}
      title={t("error.notFound.title")}
      body={t("error.notFound.body")}
      backHome={t("error.backHome")}
    />
  );
}
