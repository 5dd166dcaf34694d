/**
 * The producer workspace's frame: the producer's name and the three sections. Its loader
 * lets only producer members in, but Remix runs child loaders in parallel with this one, so
 * every /producer route checks the role (and that the record is theirs) on its own too.
 */
import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, NavLink } from "@remix-run/react";
import { workspaceLayout, type FrameProps } from "~/components/workspace/workspace-layout";
import { getWorkspaceProducer } from "~/domain/producer/overview.server";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { enter, notFound, reply } from "~/web/route.server";

const NAV: readonly { to: string; label: MessageKey; end?: boolean }[] = [
  { to: "/producer", label: "pws.nav.overview", end: true },
  { to: "/producer/products", label: "pws.nav.products" },
  { to: "/producer/orders", label: "pws.nav.orders" },
  { to: "/producer/shipping", label: "pws.nav.shipping" },
  { to: "/producer/bank-account", label: "transfer.pws.nav" },
  { to: "/producer/statements", label: "settle.nav.statements" },
];

export async function loader(args: LoaderFunctionArgs) {
  const { user, db } = await enter(args, "producer");
  const producer = await getWorkspaceProducer(db, user.producerId);
  if (!producer) throw notFound();
  return reply({
    user: { name: user.name },
    producer: { name: producer.name, slug: producer.slug, status: producer.status },
  });
}

const layout = workspaceLayout<typeof loader>("routes/producer", ProducerFrame);
export default layout.Layout;
/** An error in a section keeps the workspace's frame and sections around its message. */
export const ErrorBoundary = layout.ErrorBoundary;

function ProducerFrame({ data: { user, producer }, children }: FrameProps<typeof loader>) {
  const { t } = useT();
  return (
    <>
      <div className="border-b border-stone-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 pt-4">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
            {t("pws.layout.eyebrow")}
          </p>
          <div className="mt-1 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <p className="text-lg font-bold leading-snug text-stone-900 sm:text-xl">
              {producer.name}
            </p>
            <p className="text-sm text-stone-700">
              <span className="font-medium">{user.name}</span>
              {producer.status === "active" && (
                <>
                  <span aria-hidden="true"> · </span>
                  <Link
                    to={`/producers/${producer.slug}`}
                    className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900"
                  >
                    {t("pws.layout.publicPage")}
                  </Link>
                </>
              )}
            </p>
          </div>
        </div>
        <nav aria-label={t("pws.nav.label")} className="mx-auto max-w-6xl">
          <ul className="flex gap-1 overflow-x-auto px-2 pt-1 text-sm sm:px-4">
            {NAV.map((item) => (
              <li key={item.to} className="shrink-0">
                <NavLink
                  to={item.to}
                  end={item.end}
                  className={({ isActive }) =>
                    `inline-flex min-h-12 items-center whitespace-nowrap border-b-4 px-3 font-semibold ${
                      isActive
                        ? "border-brand-600 text-brand-800"
                        : "border-transparent text-stone-600 hover:border-stone-300 hover:text-stone-900"
                    }`
                  }
                >
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        {producer.status === "suspended" && (
          <p
            role="status"
            className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900"
          >
            {t("pws.layout.suspended")}
          </p>
        )}
        {children}
      </div>
    </>
  );
}
