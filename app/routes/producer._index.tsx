import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatNoticeTime } from "~/components/admin/expiry-letter";
import { PageHeader } from "~/components/workspace/page-header";
import { EXPIRY_NOTICE_MIN_STARS } from "~/domain/certificate/expiry-notice-rules";
import { getProducerOverview, type ExpiringCertificate } from "~/domain/producer/overview.server";
import { formatDate, formatNumber, makeT, pick } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { daysBetween, todayInVietnam } from "~/lib/dates";
import { enter, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang } = await enter(args, "producer");
  const today = todayInVietnam();
  const t = makeT(lang);
  const overview = await getProducerOverview(db, user.producerId, today);
  return reply({
    overview,
    today,
    meta: { title: t("pws.meta.title", { page: t("pws.overview.title") }) },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

function Tile({
  label,
  value,
  to,
  tone = "stone",
  testId,
}: {
  label: string;
  value: string;
  to: string;
  tone?: "stone" | "amber";
  testId: string;
}) {
  return (
    <li>
      <Link
        to={to}
        data-testid={testId}
        className={`flex min-h-24 flex-col justify-between rounded-xl border p-4 shadow-sm hover:border-brand-300 hover:bg-brand-50 ${
          tone === "amber" ? "border-amber-300 bg-amber-50" : "border-stone-200 bg-white"
        }`}
      >
        <span className="text-sm font-medium text-stone-700">{label}</span>
        <span className="text-3xl font-bold tabular-nums text-stone-900">{value}</span>
      </Link>
    </li>
  );
}

/** The expiry notices this certificate's producer received (issue 12), and the letter. */
function ExpiryNotices({ c }: { c: ExpiringCertificate }) {
  const { t, lang } = useT();
  const sent = [
    c.notice30At && t("pws.notice.sent30", { when: formatNoticeTime(lang, c.notice30At) }),
    c.notice7At && t("pws.notice.sent7", { when: formatNoticeTime(lang, c.notice7At) }),
    c.letterPostedAt &&
      t("pws.notice.letterPosted", { when: formatNoticeTime(lang, c.letterPostedAt) }),
  ].filter((line): line is string => !!line);
  return (
    <div data-testid={`expiry-notices-${c.certificateId}`} className="w-full text-sm">
      {sent.length > 0 && (
        <>
          <p className="font-medium text-stone-800">{t("pws.notice.heading")}</p>
          <ul className="list-disc pl-5 text-stone-700">
            {sent.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {c.stars >= EXPIRY_NOTICE_MIN_STARS && (
        <Link
          to={`/producer/certificates/${c.certificateId}/letter`}
          className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-2"
        >
          {t("pws.notice.letter")}
        </Link>
      )}
    </div>
  );
}

export default function ProducerOverviewPage() {
  const { t, lang } = useT();
  const { overview, today } = useLoaderData<typeof loader>();
  const n = (x: number) => formatNumber(lang, x);
  return (
    <>
      <PageHeader title={t("pws.overview.title")} />

      <section aria-labelledby="orders-heading">
        <h2 id="orders-heading" className="text-lg font-bold">
          {t("pws.overview.ordersHeading")}
        </h2>
        <ul className="mt-3 grid grid-cols-2 gap-3 sm:max-w-md">
          <Tile
            testId="overview-to-confirm"
            label={t("pws.overview.toConfirm")}
            value={n(overview.orders.toConfirm)}
            to="/producer/orders?status=placed"
            tone={overview.orders.toConfirm > 0 ? "amber" : "stone"}
          />
          <Tile
            testId="overview-to-ship"
            label={t("pws.overview.toShip")}
            value={n(overview.orders.toShip)}
            to="/producer/orders?status=confirmed"
            tone={overview.orders.toShip > 0 ? "amber" : "stone"}
          />
        </ul>
      </section>

      <section aria-labelledby="products-heading" className="mt-8">
        <h2 id="products-heading" className="text-lg font-bold">
          {t("pws.overview.productsHeading")}
        </h2>
        <ul className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-4">
          <Tile
            testId="overview-listed"
            label={t("pws.overview.listed")}
            value={n(overview.products.listed)}
            to="/producer/products"
          />
          <Tile
            testId="overview-unlisted"
            label={t("pws.overview.unlisted")}
            value={n(overview.products.unlisted)}
            to="/producer/products"
          />
          <Tile
            testId="overview-out-of-stock"
            label={t("pws.overview.outOfStock")}
            value={n(overview.products.outOfStock)}
            to="/producer/products"
            tone={overview.products.outOfStock > 0 ? "amber" : "stone"}
          />
          <Tile
            testId="overview-visible"
            label={t("pws.overview.visible")}
            value={n(overview.products.visible)}
            to="/producer/products"
          />
        </ul>
      </section>

      <section aria-labelledby="certificates-heading" className="mt-8">
        <h2 id="certificates-heading" className="text-lg font-bold">
          {t("pws.overview.certificatesHeading")}
        </h2>
        {overview.expiring.length === 0 ? (
          <p className="mt-3 rounded-lg border border-dashed border-stone-300 p-4 text-stone-600">
            {t("pws.overview.expiringNone")}
          </p>
        ) : (
          <>
            <ul
              data-testid="overview-expiring"
              className="mt-3 divide-y divide-stone-200 rounded-xl border border-amber-300 bg-white shadow-sm"
            >
              {overview.expiring.map((c) => {
                const days = daysBetween(today, c.validUntil);
                const date = formatDate(lang, c.validUntil);
                return (
                  <li key={c.productId} className="flex flex-wrap justify-between gap-2 p-4">
                    <div className="min-w-0">
                      <Link
                        to={`/producer/products/${c.productId}`}
                        className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900"
                      >
                        {pick(lang, c.nameVi, c.nameEn)}
                      </Link>
                      <p className="text-sm text-stone-600">
                        {t("pws.cert.decision")} {c.decisionNumber}
                      </p>
                    </div>
                    <p className="text-sm font-semibold text-amber-900">
                      {days === 0
                        ? t("pws.overview.expiresToday", { date })
                        : t("pws.overview.expiresIn", { date, days })}
                    </p>
                    <ExpiryNotices c={c} />
                  </li>
                );
              })}
            </ul>
            <p className="mt-2 text-sm text-stone-700">{t("pws.overview.renewHint")}</p>
          </>
        )}
        {overview.expired.length > 0 && (
          <>
            <h3 className="mt-6 font-bold text-red-800">{t("pws.overview.expiredHeading")}</h3>
            <ul className="mt-2 divide-y divide-stone-200 rounded-xl border border-red-300 bg-white shadow-sm">
              {overview.expired.map((c) => (
                <li key={c.productId} className="p-4">
                  <Link
                    to={`/producer/products/${c.productId}`}
                    className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900"
                  >
                    {pick(lang, c.nameVi, c.nameEn)}
                  </Link>
                  <p className="text-sm text-red-800">
                    {t("pws.overview.expiredOn", { date: formatDate(lang, c.validUntil) })}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
