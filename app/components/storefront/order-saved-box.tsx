/**
 * For a guest who ordered without email: the order number and the private link, written out
 * large, with a way to find the order again. The copy buttons appear only once JavaScript runs
 * (the text can always be selected and copied by hand).
 */
import { Link } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useT } from "~/i18n/use-t";

function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useT();
  const [canCopy, setCanCopy] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setCanCopy(typeof navigator !== "undefined" && !!navigator.clipboard), []);
  if (!canCopy) return null;
  return (
    <button
      type="button"
      aria-label={`${t("orders.saved.copy")}: ${label}`}
      className="min-h-11 shrink-0 rounded-lg border border-brand-600 px-3 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      onClick={() => {
        navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      <span aria-live="polite">{copied ? t("orders.saved.copied") : t("orders.saved.copy")}</span>
    </button>
  );
}

export function OrderSavedBox({ number, link }: { number: string; link: string }) {
  const { t } = useT();
  return (
    <section
      className="mt-4 rounded-xl border-2 border-brand-600 bg-brand-50 p-5"
      aria-labelledby="order-saved-title"
      data-testid="order-saved"
    >
      <h2 id="order-saved-title" className="text-lg font-bold">
        {t("orders.saved.title")}
      </h2>
      <p className="mt-1 text-sm text-stone-700">{t("orders.saved.body")}</p>
      <dl className="mt-3 space-y-3">
        <div>
          <dt className="text-sm font-medium text-stone-700">{t("orders.saved.number")}</dt>
          <dd className="mt-1 flex items-center gap-3">
            <span
              className="select-all font-mono text-2xl font-bold tracking-wider"
              data-testid="order-saved-number"
            >
              {number}
            </span>
            <CopyButton text={number} label={t("orders.saved.number")} />
          </dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-stone-700">{t("orders.saved.link")}</dt>
          <dd className="mt-1 flex items-center gap-3">
            <span
              className="min-w-0 select-all break-all font-mono text-sm"
              data-testid="order-saved-link"
            >
              {link}
            </span>
            <CopyButton text={link} label={t("orders.saved.link")} />
          </dd>
        </div>
      </dl>
      <p className="mt-3 text-sm">
        <Link to="/orders/lookup" className="font-semibold text-brand-700 underline">
          {t("orders.saved.lookup")}
        </Link>
      </p>
    </section>
  );
}
