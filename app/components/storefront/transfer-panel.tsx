/**
 * A shipment's bank transfer on the buyer's order page: while it is awaited, the VietQR code
 * (drawn on the server as SVG) and the details written out for typing by hand, each with a
 * copy button once JavaScript is running (without it the text is plain and selectable);
 * afterwards, one line saying where it stands.
 */
import { useEffect, useState } from "react";
import type { BankTransferStatus } from "~/domain/payment/transfer-lifecycle";
import { formatVnd, type MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";

export type TransferPanelData = {
  partId: number;
  status: BankTransferStatus;
  bankName: string;
  bankFullName: string;
  accountNumber: string;
  accountHolder: string;
  amountVnd: number;
  memo: string;
  /** The QR code as an SVG element (from our own qrSvg), only while awaited. */
  qrSvg: string | null;
};

function CopyButton({ value }: { value: string }) {
  const { t } = useT();
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setReady(typeof navigator !== "undefined" && !!navigator.clipboard), []);
  if (!ready) return null;
  return (
    <button
      type="button"
      className="min-h-11 shrink-0 rounded-lg border border-stone-300 px-3 text-sm font-semibold text-brand-800 hover:bg-stone-50"
      onClick={() => {
        void navigator.clipboard.writeText(value).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        });
      }}
    >
      <span aria-live="polite">{copied ? t("transfer.view.copied") : t("transfer.view.copy")}</span>
    </button>
  );
}

export function TransferPanel({ transfer }: { transfer: TransferPanelData }) {
  const { t, lang } = useT();
  if (transfer.status !== "awaiting" || !transfer.qrSvg) {
    return (
      <p
        className="mt-3 rounded-lg bg-stone-50 p-3 text-sm font-semibold text-stone-800"
        data-testid="transfer-status"
      >
        {t(`transfer.status.${transfer.status}`)}
      </p>
    );
  }
  // Digits and codes in a fixed-width face (easy to check against the banking app).
  const rows: {
    label: MessageKey;
    shown: string;
    copy: string | null;
    testId: string;
    mono?: boolean;
  }[] = [
    {
      label: "transfer.field.bank",
      shown: `${transfer.bankName} — ${transfer.bankFullName}`,
      copy: null,
      testId: "transfer-bank",
    },
    {
      label: "transfer.field.account",
      shown: transfer.accountNumber,
      copy: transfer.accountNumber,
      testId: "transfer-account",
      mono: true,
    },
    {
      label: "transfer.field.holder",
      shown: transfer.accountHolder,
      copy: null,
      testId: "transfer-holder",
    },
    {
      label: "transfer.field.amount",
      shown: formatVnd(lang, transfer.amountVnd),
      copy: String(transfer.amountVnd),
      testId: "transfer-amount",
      mono: true,
    },
    {
      label: "transfer.field.memo",
      shown: transfer.memo,
      copy: transfer.memo,
      testId: "transfer-memo",
      mono: true,
    },
  ];
  return (
    <div
      className="mt-4 rounded-lg border border-brand-200 bg-brand-50 p-4"
      data-testid="transfer-panel"
    >
      <h3 className="font-bold">{t("transfer.view.title")}</h3>
      <p className="mt-1 text-sm text-stone-700">{t("transfer.view.intro")}</p>
      <div className="mt-3 grid gap-4 sm:grid-cols-[14rem_1fr] sm:items-start">
        <div
          className="mx-auto w-56 max-w-full rounded-lg bg-white p-2 sm:mx-0"
          data-testid="transfer-qr"
          // Our own SVG (qrSvg): no user text inside, the label is escaped there.
          dangerouslySetInnerHTML={{ __html: transfer.qrSvg }}
        />
        <div>
          <p className="text-sm font-medium text-stone-700">{t("transfer.view.manual")}</p>
          <dl className="mt-1 text-sm">
            {rows.map((r) => (
              <div
                key={r.label}
                className="flex items-center justify-between gap-2 border-t border-brand-100 py-1.5 first:border-t-0"
              >
                <div className="min-w-0">
                  <dt className="text-stone-600">{t(r.label)}</dt>
                  <dd
                    className={`break-words font-semibold ${r.mono ? "font-mono" : ""}`}
                    data-testid={r.testId}
                  >
                    {r.shown}
                  </dd>
                </div>
                {r.copy !== null && <CopyButton value={r.copy} />}
              </div>
            ))}
          </dl>
          <p className="mt-2 text-sm text-stone-700">{t("transfer.view.keepMemo")}</p>
        </div>
      </div>
    </div>
  );
}
