/**
 * The top of a producer's product page: its name, whether the storefront shows it (with the
 * link there, or why not), and the message of the change just made.
 */
import { Link } from "@remix-run/react";
import { FormAlert } from "~/components/form/form-alert";
import { PageHeader, secondaryButtonClass } from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import type { ProducerProductDetail } from "~/domain/product/listing.server";
import { pick, type MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";

export /** The message of the redirect after a change (`?saved=1`, `?photo=added`…). */
function flashOf(search: URLSearchParams): MessageKey | null {
  const saved = search.get("saved");
  if (saved === "1") return "pws.product.saved";
  if (saved === "0") return "pws.product.noChange";
  const photo = search.get("photo");
  if (photo === "added") return "pws.photos.added";
  if (photo === "removed") return "pws.photos.removed";
  if (photo === "first") return "pws.photos.madeMain";
  return null;
}

export function ProductPageHeader({
  product,
  flash,
}: {
  product: Pick<ProducerProductDetail, "nameVi" | "nameEn" | "slug" | "visible">;
  flash: MessageKey | null;
}) {
  const { t, lang } = useT();
  return (
    <>
      <PageHeader
        title={pick(lang, product.nameVi, product.nameEn)}
        back={{ to: "/producer/products", label: t("pws.product.back") }}
        badge={
          <StatusBadge tone={product.visible ? "blue" : "amber"}>
            {t(product.visible ? "pws.status.visible" : "pws.status.hidden")}
          </StatusBadge>
        }
        actions={
          product.visible ? (
            <Link to={`/products/${product.slug}`} className={secondaryButtonClass}>
              {t("pws.product.viewInStore")}
            </Link>
          ) : undefined
        }
      />
      {flash && <FormAlert tone="info">{t(flash)}</FormAlert>}
      {!product.visible && (
        <p className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("pws.product.hiddenWhy")}
        </p>
      )}
    </>
  );
}
