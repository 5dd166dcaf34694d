/**
 * The buyer's cancel, in two steps. Without JavaScript the button opens the confirmation page
 * (GET ?cancel=<part>, see CancelConfirmation); with it, the same question in a modal
 * <dialog>: focus goes to "Go back" (the safe choice), Escape closes it, and focus returns to
 * the button that opened it.
 */
import { Form } from "@remix-run/react";
import { useRef } from "react";
import { formatVnd } from "~/i18n";
import { useT } from "~/i18n/use-t";

type Props = {
  partId: number;
  producer: string;
  partTotalVnd: number;
  /** The amount due once this part is cancelled. */
  totalAfterVnd: number;
  accessKey: string | null;
};

export function CancelPartButton(props: Props) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  const titleId = `cancel-title-${props.partId}`;
  return (
    <>
      <form
        method="get"
        className="mt-3"
        onSubmit={(e) => {
          if (!dialog.current?.showModal) return;
          e.preventDefault();
          dialog.current.showModal();
          // React does not write autoFocus into the page, so the dialog would focus its first
          // button (the cancel): the safe choice gets the focus instead.
          back.current?.focus();
        }}
      >
        <input type="hidden" name="cancel" value={props.partId} />
        {props.accessKey && <input type="hidden" name="key" value={props.accessKey} />}
        <button
          ref={trigger}
          type="submit"
          className="min-h-11 text-sm font-semibold text-red-700 underline"
        >
          {t("orders.view.cancel")}
        </button>
      </form>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => trigger.current?.focus()}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl p-0 shadow-xl backdrop:bg-stone-900/50"
      >
        <CancelQuestion {...props} titleId={titleId}>
          <button
            ref={back}
            type="button"
            onClick={() => dialog.current?.close()}
            className="inline-flex min-h-12 items-center justify-center rounded-lg border border-stone-300 bg-white px-5 font-semibold text-stone-800"
          >
            {t("outcomes.cancel.back")}
          </button>
        </CancelQuestion>
      </dialog>
    </>
  );
}

/** The question and its POST form; `children` is the way back (a button or a link). */
export function CancelQuestion({
  partId,
  producer,
  partTotalVnd,
  totalAfterVnd,
  accessKey,
  titleId,
  pageHeading = false,
  children,
}: Props & { titleId: string; pageHeading?: boolean; children: React.ReactNode }) {
  const { t, lang } = useT();
  const Heading = pageHeading ? "h1" : "h2";
  return (
    <div className="p-5" data-testid="cancel-confirmation">
      <Heading id={titleId} className="text-lg font-bold">
        {t("outcomes.cancel.question")}
      </Heading>
      <p className="mt-2 text-stone-700">
        {t("outcomes.cancel.explain", {
          producer,
          amount: formatVnd(lang, partTotalVnd),
          total: formatVnd(lang, totalAfterVnd),
        })}
      </p>
      <Form method="post" className="mt-4 flex flex-wrap gap-3">
        <input type="hidden" name="intent" value="cancel" />
        <input type="hidden" name="partId" value={partId} />
        {accessKey && <input type="hidden" name="key" value={accessKey} />}
        <button
          type="submit"
          className="inline-flex min-h-12 items-center justify-center rounded-lg bg-red-700 px-5 font-semibold text-white hover:bg-red-800"
        >
          {t("outcomes.cancel.confirm")}
        </button>
        {children}
      </Form>
    </div>
  );
}
