/**
 * A tracking number, linked to its carrier's public tracking page when the carrier is one of
 * the list (app/domain/order/carriers.ts). The link leaves the site: new tab, no referrer.
 */
import { trackingFor } from "~/domain/order/carriers";
import { useT } from "~/i18n/use-t";

export function TrackingLink({
  carrier,
  trackingNumber,
}: {
  carrier: string | null;
  trackingNumber: string;
}) {
  const { t } = useT();
  const { name, url, deepLink } = trackingFor(carrier, trackingNumber);
  if (!url) return <span className="font-mono break-all">{trackingNumber}</span>;
  return (
    <>
      <a
        href={url}
        target="_blank"
        rel="external noopener noreferrer"
        className="font-mono break-all text-brand-700 underline underline-offset-2"
        data-testid="tracking-link"
      >
        {trackingNumber}
        <span className="sr-only">
          {" "}
          ({t("outcomes.tracking.opensCarrier", { carrier: name ?? "" })})
        </span>
      </a>
      {!deepLink && (
        <span className="block text-xs text-stone-600">{t("outcomes.tracking.pasteHint")}</span>
      )}
    </>
  );
}

/** The carrier's name as a person reads it: the list's name for a code, else what was typed. */
export function carrierName(carrier: string | null): string | null {
  return trackingFor(carrier, null).name;
}
