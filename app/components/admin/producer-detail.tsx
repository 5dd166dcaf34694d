/**
 * The official's producer page: the producer's facts, its products with their certificates
 * and public state, and its members with the invitation form.
 */
import { Form, Link, useLocation } from "@remix-run/react";
import { ProducerForm, type PlaceOption } from "~/components/admin/producer-form";
import { errorText, TextField } from "~/components/form/field";
import { FormAlert } from "~/components/form/form-alert";
import { StarBadge } from "~/components/star-badge";
import { DataTable } from "~/components/workspace/data-table";
import {
  dangerButtonClass,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import { StatusBadge } from "~/components/workspace/status-badge";
import type { FieldErrors } from "~/domain/account/schemas";
import type { getAdminProducerDetail } from "~/domain/producer/register.server";
import { legalFormLabel } from "~/domain/producer/legal-form";
import { formatDate, pick, type Lang, type T } from "~/i18n";

type Detail = NonNullable<Awaited<ReturnType<typeof getAdminProducerDetail>>>;
type Producer = Omit<Detail["producer"], "createdAt"> & { createdAt: Date | string };

export function ProducerInfo({ t, producer }: { t: T; producer: Producer }) {
  const info: [string, string | null][] = [
    [t("admin.field.legalForm"), legalFormLabel(t, producer.legalForm)],
    [t("admin.producer.place"), `${producer.communeName}, ${producer.provinceName}`],
    [t("admin.field.address"), producer.addressPrinted],
    [t("admin.field.representative"), producer.representative],
    [t("admin.field.phone"), producer.phone],
    [t("admin.field.email"), producer.email],
    [t("admin.field.website"), producer.website],
  ];
  return (
    <section
      aria-labelledby="info-heading"
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id="info-heading" className="mb-4 text-lg font-bold">
        {t("admin.producer.info")}
      </h2>
      <dl className="grid grid-cols-[6.5rem_1fr] gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr] sm:gap-x-6">
        {info.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-sm font-medium text-stone-600">{label}</dt>
            <dd className="break-words">{value || "—"}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-5 text-sm font-medium text-stone-600">{t("admin.field.storyVi")}</h3>
      <p className="mt-1 whitespace-pre-line text-stone-800">{producer.storyVi}</p>
      {producer.storyEn && (
        <>
          <h3 className="mt-4 text-sm font-medium text-stone-600">{t("admin.field.storyEn")}</h3>
          <p className="mt-1 whitespace-pre-line text-stone-800" lang="en">
            {producer.storyEn}
          </p>
        </>
      )}
    </section>
  );
}

export function ProducerProducts({
  t,
  lang,
  products,
}: {
  t: T;
  lang: Lang;
  products: Detail["products"];
}) {
  return (
    <section aria-labelledby="products-heading">
      <h2 id="products-heading" className="mb-3 text-lg font-bold">
        {t("admin.producer.products", { count: products.length })}
      </h2>
      <DataTable
        caption={t("admin.producer.productsCaption")}
        captionHidden
        rows={products}
        rowKey={(p) => p.id}
        empty={t("admin.producer.noProducts")}
        columns={[
          {
            key: "name",
            header: t("admin.producer.product"),
            rowHeader: true,
            cell: (p) => (
              <Link
                to={`/admin/products/${p.id}`}
                className="font-semibold text-brand-700 underline-offset-2 hover:underline"
              >
                {pick(lang, p.nameVi, p.nameEn)}
              </Link>
            ),
          },
          {
            key: "stars",
            header: t("admin.producer.rating"),
            cell: (p) =>
              p.stars ? (
                <>
                  {/* A phone has no room for the badge beside the name. */}
                  <span className="whitespace-nowrap font-semibold text-amber-900 sm:hidden">
                    {t("stars.short", { stars: p.stars })}
                  </span>
                  <span className="hidden sm:inline">
                    <StarBadge stars={p.stars} />
                  </span>
                </>
              ) : (
                t("admin.producer.noCertificate")
              ),
          },
          {
            key: "valid",
            header: t("admin.producer.validUntil"),
            wide: true,
            cell: (p) => (p.validUntil ? formatDate(lang, p.validUntil) : "—"),
          },
          {
            key: "public",
            header: t("admin.producer.storefront"),
            cell: (p) =>
              p.visible ? (
                <StatusBadge tone="green">{t("admin.producer.shown")}</StatusBadge>
              ) : (
                <StatusBadge tone="stone">{t("admin.producer.hidden")}</StatusBadge>
              ),
          },
        ]}
      />
    </section>
  );
}

export function ProducerMembers({
  t,
  members,
  invite,
}: {
  t: T;
  members: Detail["members"];
  /** The invitation form's values and errors after a refused submission. */
  invite: { values: Record<string, string>; errors: FieldErrors } | null;
}) {
  const location = useLocation();
  const inviteError = errorText(t, invite?.errors ?? {});
  return (
    <section
      id="members"
      aria-labelledby="members-heading"
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
    >
      <h2 id="members-heading" className="text-lg font-bold">
        {t("admin.producer.members")}
      </h2>
      {members.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">{t("admin.producer.noMembers")}</p>
      ) : (
        <ul className="mt-3 divide-y divide-stone-100">
          {members.map((m) => (
            <li key={m.id} className="py-2">
              <p className="font-medium">{m.name}</p>
              <p className="break-all text-sm text-stone-600">{m.email}</p>
              <p className="mt-1">
                {m.active ? (
                  <StatusBadge tone="green">{t("admin.member.active")}</StatusBadge>
                ) : (
                  <StatusBadge tone="amber">{t("admin.member.pending")}</StatusBadge>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-5 font-bold">{t("admin.producer.invite")}</h3>
      <p className="mb-3 mt-1 text-sm text-stone-600">{t("admin.producer.inviteLead")}</p>
      {/* A new form after each navigation: a sent invitation leaves the fields empty. */}
      <Form method="post" noValidate key={location.key}>
        {invite && <FormAlert>{t("admin.error.form")}</FormAlert>}
        <TextField
          name="memberName"
          label={t("admin.field.memberName")}
          defaultValue={invite?.values.memberName}
          error={inviteError("memberName")}
          autoComplete="off"
          required
        />
        <TextField
          name="memberEmail"
          type="email"
          label={t("admin.field.memberEmail")}
          defaultValue={invite?.values.memberEmail}
          error={inviteError("memberEmail")}
          autoComplete="off"
          required
        />
        <button
          type="submit"
          name="intent"
          value="invite"
          className={`${primaryButtonClass} w-full`}
        >
          {t("admin.producer.sendInvite")}
        </button>
      </Form>
    </section>
  );
}

/** The public page (while the producer is active) and suspend / reactivate. */
export function ProducerStatusActions({
  t,
  slug,
  active,
}: {
  t: T;
  slug: string;
  active: boolean;
}) {
  return (
    <>
      {active && (
        <Link to={`/producers/${slug}`} className={secondaryButtonClass}>
          {t("admin.producer.publicPage")}
        </Link>
      )}
      <Form method="post">
        <button
          type="submit"
          name="intent"
          value={active ? "suspend" : "reactivate"}
          className={active ? dangerButtonClass : primaryButtonClass}
        >
          {active ? t("admin.producer.suspend") : t("admin.producer.reactivate")}
        </button>
      </Form>
    </>
  );
}

/** The producer form, folded away until it is opened or comes back with errors. */
export function ProducerEditPanel({
  t,
  producer,
  edit,
  options,
}: {
  t: T;
  producer: Producer;
  /** The form's values, errors and communes after a submission that came back. */
  edit: { values: Record<string, string>; errors: FieldErrors; communes: PlaceOption[] } | null;
  options: { provinces: readonly PlaceOption[]; communes: readonly PlaceOption[] };
}) {
  const producerAction = edit;
  return (
    <details
      open={producerAction !== null}
      className="group rounded-xl border border-stone-200 bg-white shadow-sm"
    >
      <summary className="flex min-h-12 cursor-pointer items-center justify-between px-5 py-3 text-lg font-bold sm:px-6">
        {t("admin.producer.edit")}
        <span aria-hidden="true" className="text-stone-500 group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="border-t border-stone-200 p-5 sm:p-6">
        <ProducerForm
          t={t}
          values={producerAction?.values ?? { ...producer, id: undefined, createdAt: undefined }}
          errors={producerAction?.errors ?? {}}
          provinces={options.provinces}
          communes={producerAction?.communes ?? options.communes}
          submitLabel={t("admin.producer.save")}
        />
      </div>
    </details>
  );
}
