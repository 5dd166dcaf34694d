import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import stylesheet from "./app.css?url";
import { errorText, RouteErrorPage } from "./components/error-page";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { useNonce } from "./components/nonce";
import { getOptionalUser } from "./web/auth.server";
import { DEFAULT_LANG, dictionaryPath, isLang, langOfMatches, makeT, type Lang } from "./i18n";
import { dictionaryHref, getLang } from "./i18n/i18n.server";
import { todayInVietnam } from "./lib/dates";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  // No query without a session cookie; one query with it.
  const [lang, user] = await Promise.all([getLang(request), getOptionalUser(request)]);
  return {
    lang,
    user: user ? { name: user.name, role: user.role } : null,
    dictionary: dictionaryHref(lang, worksInWorkspace(user?.role)),
    // The year in Vietnam, decided once on the server: the browser's clock may be elsewhere.
    year: Number(todayInVietnam().slice(0, 4)),
  };
}

// Remix renders the meta of the routes up to the one whose boundary caught an error: when it
// is this one, the error page still gets a title. Pages set their own otherwise.
export const meta: MetaFunction = ({ error, matches }) => {
  if (!error) return [];
  const t = makeT(langOfMatches(matches));
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return [
    { title: `${errorText(status, t).title} | ${t("site.name")}` },
    { name: "robots", content: "noindex" },
  ];
};

/** Whether the signed-in person can open a workspace (and so needs its messages). */
function worksInWorkspace(role: string | undefined): boolean {
  return role === "producer_member" || role === "official" || role === "administrator";
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const lang: Lang = isLang(data?.lang) ? data.lang : DEFAULT_LANG;
  const t = makeT(lang);
  const nonce = useNonce();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#2f6f2c" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("nav.skip")}
        </a>
        <SiteHeader lang={lang} user={data?.user ?? null} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter lang={lang} year={data?.year ?? Number(todayInVietnam().slice(0, 4))} />
        {/* The reader's language for the browser's JavaScript (decision 0010): a file the
            browser keeps across pages. A classic script here, after the content (so it does not
            hold up the first paint) and before Remix's modules, which are async: they must find
            the dictionary when they run, or the page would hydrate in no language at all. */}
        <script src={data?.dictionary ?? dictionaryPath(lang, false)} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <RouteErrorPage />;
}
