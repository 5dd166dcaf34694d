/**
 * One product of the producer: the listing form (price, stock, unit, descriptions, on sale or
 * paused), the photos (add, remove, choose the main one) and, read-only, what the OCOP office
 * keeps (name, stars, certificate, place, legal data). Every change writes an audit entry.
 */
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import type { ReactNode } from "react";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormAlert } from "~/components/account-form";
import { StarBadge } from "~/components/star-badge";
import { TextAreaField, TextField } from "~/components/workspace/field";
import {
  PageHeader,
  primaryButtonClass,
  secondaryButtonClass,
} from "~/components/workspace/page-header";
import { StatusBadge, type BadgeTone } from "~/components/workspace/status-badge";
import { getDb } from "~/infra/db.server";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { lookupStatus, type LookupStatus } from "~/domain/certificate/lookup-query";
import { PRODUCT_EDIT_FIELDS, productEditSchema } from "~/domain/product/listing-schema";
import {
  addProductPhoto,
  getProducerProduct,
  makeProductPhotoFirst,
  MAX_PHOTOS,
  producerOwnsProduct,
  removeProductPhoto,
  updateProducerProduct,
} from "~/domain/product/listing.server";
import { getWorkspaceProducer } from "~/domain/producer/overview.server";
import { formatDate, makeT, pick, type MessageKey } from "~/i18n";
import { getLang } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { legalFormLabel } from "~/domain/producer/legal-form";
import { logger } from "~/infra/logger";
import { photoBytes, processPhoto, readPhotoForm, storePhoto } from "~/infra/photos.server";
import { notFound, requireProducerWorkspace } from "~/web/producer-access.server";
import { assertSameOrigin } from "~/web/same-origin.server";
import { getStorage, keyFromMediaUrl, type FileStorage } from "~/infra/storage.server";
import { todayInVietnam } from "~/lib/dates";
import { readForm } from "~/web/request-input.server";
import { requireIdParam } from "~/lib/params";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireProducerWorkspace(request);
  const productId = requireIdParam(params.id);
  const db = await getDb();
  const today = todayInVietnam();
  const [product, producer] = await Promise.all([
    getProducerProduct(db, actor.producerId, productId, today),
    getWorkspaceProducer(db, actor.producerId),
  ]);
  if (!product || !producer) throw notFound();
  const t = makeT(await getLang(request));
  const { updatedAt, ...rest } = product;
  return data(
    {
      product: rest,
      /** Remounts the form after a save, so its fields show what was stored (e.g. "120000"). */
      version: updatedAt.toISOString(),
      certificateStatus: product.certificate ? lookupStatus(product.certificate, today) : null,
      producer: {
        legalForm: producer.legalForm,
        place: `${producer.communeName}, ${producer.provinceName}`,
        addressPrinted: producer.addressPrinted,
        representative: producer.representative,
      },
      maxPhotos: MAX_PHOTOS,
      meta: { title: t("pws.meta.title", { page: product.nameVi }) },
    },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export const meta: MetaFunction<typeof loader> = ({ data: d }) =>
  d ? [{ title: d.meta.title }, { name: "robots", content: "noindex" }] : [];

type ActionData = {
  errors?: FieldErrors;
  values?: Record<string, string>;
  formError?: MessageKey;
  photoMessage?: MessageKey;
};

function reply(d: ActionData, status: number) {
  return data<ActionData>(d, { status });
}

/** What our pages never send (a hidden field changed): the error page, not a form message. */
function badRequest(): Response {
  return new Response("Bad Request", { status: 400 });
}

/** A problem with the uploaded file: shown under the file field, like any field's. */
function photoReply(key: MessageKey, status = 422) {
  return reply({ errors: { photo: key } }, status);
}

/** Deletes stored files after the database no longer points at them (best effort). */
async function deleteFiles(storage: FileStorage, keys: (string | null)[]) {
  for (const key of keys) {
    if (!key) continue;
    try {
      await storage.delete(key);
    } catch (error) {
      logger.warn(`could not delete stored file ${key}`, error);
    }
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const actor = await requireProducerWorkspace(request);
  const productId = requireIdParam(params.id);
  const db = await getDb();
  // Another producer's product is not found, whatever the form says (and before it is read).
  const owned = await producerOwnsProduct(db, actor.producerId, productId);
  if (!owned) throw notFound();
  const here = `/producer/products/${productId}`;
  const storage = getStorage();

  if ((request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    const upload = await readPhotoForm(request);
    if (!upload.ok)
      return photoReply(
        upload.error === "tooLarge" ? "pws.photo.error.tooLarge" : "pws.photo.error.badForm",
      );
    // The upload form always says "upload": anything else is a crafted request.
    if (upload.form.get("intent") !== "upload") throw badRequest();
    if (owned.photos >= MAX_PHOTOS) return photoReply("pws.photo.error.tooManyPhotos", 422);
    const bytes = await photoBytes(upload.form);
    if (!bytes.ok) return photoReply(`pws.photo.error.${bytes.error}`);
    const processed = await processPhoto(bytes.bytes);
    if (!processed.ok) return photoReply(`pws.photo.error.${processed.error}`);
    const stored = await storePhoto(storage, `products/${productId}`, processed.photo);
    const result = await addProductPhoto(db, actor, productId, stored);
    if (!result.ok) {
      await deleteFiles(storage, stored.keys);
      if (result.error === "notFound") throw notFound();
      return photoReply(`pws.photo.error.${result.error}`);
    }
    return redirect(`${here}?photo=added`, 303);
  }

  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "remove" || intent === "first") {
    const src = form.get("src");
    if (typeof src !== "string" || src.length === 0 || src.length > 500) throw badRequest();
    if (intent === "first") {
      const result = await makeProductPhotoFirst(db, actor, productId, src);
      if (!result.ok) {
        if (result.error === "notFound") throw notFound();
        return reply({ photoMessage: `pws.photo.error.${result.error}` }, 422);
      }
      return redirect(`${here}?photo=first`, 303);
    }
    const result = await removeProductPhoto(db, actor, productId, src);
    if (!result.ok) {
      if (result.error === "notFound") throw notFound();
      return reply({ photoMessage: `pws.photo.error.${result.error}` }, 422);
    }
    await deleteFiles(
      storage,
      (result.removed ?? []).flatMap((i) => [
        keyFromMediaUrl(i.src),
        i.thumbSrc ? keyFromMediaUrl(i.thumbSrc) : null,
      ]),
    );
    return redirect(`${here}?photo=removed`, 303);
  }

  if (intent !== "save") throw badRequest();
  const raw = formFields(form, PRODUCT_EDIT_FIELDS);
  const values = Object.fromEntries(PRODUCT_EDIT_FIELDS.map((f) => [f, raw[f] ?? ""]));
  const parsed = productEditSchema.safeParse(raw);
  if (!parsed.success)
    return reply(
      { errors: fieldErrors(parsed.error), values, formError: "pws.product.fixErrors" },
      400,
    );
  const result = await updateProducerProduct(db, actor, productId, parsed.data);
  if (!result.ok) throw notFound();
  return redirect(`${here}?saved=${result.changed.length > 0 ? "1" : "0"}`, 303);
}

const CERT_TONES: Record<LookupStatus, BadgeTone> = {
  valid: "green",
  expiring: "amber",
  expired: "red",
  revoked: "red",
  superseded: "stone",
};

function Term({ children }: { children: ReactNode }) {
  return <dt className="text-sm font-medium text-stone-600">{children}</dt>;
}

export default function ProducerProductPage() {
  const { t, lang } = useT();
  const { product, version, certificateStatus, producer, maxPhotos } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const errors = actionData?.errors ?? {};
  const err = (field: string) => {
    const k = errors[field];
    return k ? t(k) : undefined;
  };
  const values = actionData?.values;
  const v = (field: (typeof PRODUCT_EDIT_FIELDS)[number], fallback: string | number | null) =>
    values?.[field] ?? (fallback === null ? "" : String(fallback));
  const name = pick(lang, product.nameVi, product.nameEn);
  const here = `/producer/products/${product.id}`;
  const flash: MessageKey | null = actionData
    ? null
    : search.get("saved") === "1"
      ? "pws.product.saved"
      : search.get("saved") === "0"
        ? "pws.product.noChange"
        : search.get("photo") === "added"
          ? "pws.photos.added"
          : search.get("photo") === "removed"
            ? "pws.photos.removed"
            : search.get("photo") === "first"
              ? "pws.photos.madeMain"
              : null;
  const listing = v("listingStatus", product.listingStatus);
  const cert = product.certificate;

  return (
    <>
      <PageHeader
        title={name}
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

      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-8">
          <section
            aria-labelledby="listing-heading"
            className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
          >
            <h2 id="listing-heading" className="mb-4 text-lg font-bold">
              {t("pws.product.listingHeading")}
            </h2>
            {actionData?.formError && <FormAlert>{t(actionData.formError)}</FormAlert>}
            <Form key={version} method="post" action={here} noValidate>
              <input type="hidden" name="intent" value="save" />
              <div className="grid gap-x-4 sm:grid-cols-2">
                <TextField
                  name="priceVnd"
                  label={t("pws.field.priceVnd")}
                  hint={t("pws.field.priceVndHint")}
                  inputMode="numeric"
                  defaultValue={v("priceVnd", product.priceVnd)}
                  error={err("priceVnd")}
                  required
                />
                <TextField
                  name="stock"
                  label={t("pws.field.stock")}
                  hint={t("pws.field.stockHint")}
                  inputMode="numeric"
                  defaultValue={v("stock", product.stock)}
                  error={err("stock")}
                  required
                />
                <TextField
                  name="unitVi"
                  label={t("pws.field.unitVi")}
                  hint={t("pws.field.unitViHint")}
                  defaultValue={v("unitVi", product.unitVi)}
                  error={err("unitVi")}
                  maxLength={60}
                  required
                />
                <TextField
                  name="unitEn"
                  label={t("pws.field.unitEn")}
                  optional={t("pws.field.optional")}
                  defaultValue={v("unitEn", product.unitEn)}
                  error={err("unitEn")}
                  maxLength={60}
                />
              </div>
              <TextAreaField
                name="descriptionVi"
                label={t("pws.field.descriptionVi")}
                rows={6}
                defaultValue={v("descriptionVi", product.descriptionVi)}
                error={err("descriptionVi")}
                required
              />
              <TextAreaField
                name="descriptionEn"
                label={t("pws.field.descriptionEn")}
                optional={t("pws.field.optional")}
                rows={6}
                defaultValue={v("descriptionEn", product.descriptionEn)}
                error={err("descriptionEn")}
              />
              <fieldset
                className="mb-5"
                aria-describedby={errors.listingStatus ? "listing-error" : undefined}
              >
                <legend className="text-sm font-medium text-stone-800">
                  {t("pws.field.listingStatus")}
                </legend>
                <div className="mt-2 grid gap-2 sm:grid-cols-2">
                  {(["listed", "unlisted"] as const).map((status) => (
                    <label
                      key={status}
                      className="flex min-h-12 cursor-pointer items-start gap-3 rounded-lg border border-stone-300 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                    >
                      <input
                        type="radio"
                        name="listingStatus"
                        value={status}
                        defaultChecked={listing === status}
                        className="mt-1 h-4 w-4 accent-brand-600"
                      />
                      <span>
                        <span className="block font-semibold">{t(`pws.field.${status}`)}</span>
                        <span className="block text-sm text-stone-600">
                          {t(`pws.field.${status}Hint`)}
                        </span>
                      </span>
                    </label>
                  ))}
                </div>
                {errors.listingStatus && (
                  <p id="listing-error" className="mt-1 text-sm font-medium text-red-700">
                    {t(errors.listingStatus)}
                  </p>
                )}
              </fieldset>
              <button type="submit" className={`${primaryButtonClass} w-full sm:w-auto`}>
                {t("pws.product.save")}
              </button>
            </Form>
          </section>

          <section
            aria-labelledby="photos-heading"
            className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="photos-heading" className="text-lg font-bold">
                {t("pws.photos.heading")}
              </h2>
              <p className="text-sm text-stone-600">
                {t("pws.photos.count", { count: product.images.length, max: maxPhotos })}
              </p>
            </div>
            <p className="mt-1 text-sm text-stone-700">
              {t("pws.photos.intro", { max: maxPhotos })}
            </p>
            {actionData?.photoMessage && (
              <div className="mt-4">
                <FormAlert>{t(actionData.photoMessage)}</FormAlert>
              </div>
            )}
            {product.images.length === 0 ? (
              <p className="mt-4 rounded-lg border border-dashed border-stone-300 p-4 text-stone-600">
                {t("pws.photos.empty")}
              </p>
            ) : (
              <ul className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3">
                {product.images.map((image, index) => {
                  const isArt = !image.src.startsWith("/media/");
                  return (
                    <li key={image.src} data-testid="product-photo">
                      <figure>
                        <div className="relative aspect-square overflow-hidden rounded-lg bg-rice-100 ring-1 ring-stone-200">
                          <img
                            src={image.thumbSrc ?? image.src}
                            alt={pick(lang, image.altVi, image.altEn)}
                            width={240}
                            height={240}
                            loading="lazy"
                            className="h-full w-full object-cover"
                          />
                          {index === 0 && (
                            <span className="absolute left-2 top-2 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white">
                              {t("pws.photos.main")}
                            </span>
                          )}
                        </div>
                        <figcaption className="mt-1 text-xs text-stone-600">
                          {isArt
                            ? t("pws.photos.illustration")
                            : t("pws.photos.photoNumber", { n: index + 1 })}
                        </figcaption>
                      </figure>
                      <div className="mt-1 flex flex-col gap-1">
                        {index > 0 && (
                          <Form method="post" action={here}>
                            <input type="hidden" name="intent" value="first" />
                            <input type="hidden" name="src" value={image.src} />
                            <button
                              type="submit"
                              className="min-h-11 w-full rounded-lg border border-stone-300 px-2 text-sm font-semibold text-stone-800 hover:bg-stone-50"
                            >
                              {t("pws.photos.makeMain")}
                            </button>
                          </Form>
                        )}
                        <Form method="post" action={here}>
                          <input type="hidden" name="intent" value="remove" />
                          <input type="hidden" name="src" value={image.src} />
                          <button
                            type="submit"
                            className="min-h-11 w-full rounded-lg px-2 text-sm font-semibold text-red-700 underline underline-offset-2 hover:bg-red-50"
                          >
                            {t("pws.photos.remove")}
                          </button>
                        </Form>
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
            <div className="mt-6 border-t border-stone-200 pt-5">
              <h3 className="font-bold">{t("pws.photos.uploadHeading")}</h3>
              {product.images.length >= maxPhotos ? (
                <p
                  role={errors.photo ? "alert" : undefined}
                  className="mt-2 text-sm text-stone-700"
                >
                  {t("pws.photos.full", { max: maxPhotos })}
                </p>
              ) : (
                <Form
                  key={version}
                  method="post"
                  action={here}
                  encType="multipart/form-data"
                  className="mt-2"
                >
                  <input type="hidden" name="intent" value="upload" />
                  <label htmlFor="photo-file" className="block text-sm font-medium text-stone-800">
                    {t("pws.photos.file")}
                  </label>
                  <input
                    id="photo-file"
                    name="photo"
                    type="file"
                    accept="image/jpeg,image/png,image/webp"
                    required
                    aria-invalid={errors.photo ? true : undefined}
                    aria-describedby={
                      errors.photo ? "photo-file-hint photo-file-error" : "photo-file-hint"
                    }
                    className="mt-1 block w-full rounded-lg border border-stone-300 bg-white text-sm file:mr-3 file:min-h-12 file:border-0 file:bg-stone-100 file:px-4 file:font-semibold file:text-stone-800"
                  />
                  <p id="photo-file-hint" className="mt-1 text-sm text-stone-600">
                    {t("pws.photos.fileHint")}
                  </p>
                  {errors.photo && (
                    <p
                      id="photo-file-error"
                      role="alert"
                      className="mt-1 text-sm font-medium text-red-700"
                    >
                      {t(errors.photo)}
                    </p>
                  )}
                  <button type="submit" className={`${secondaryButtonClass} mt-3 w-full sm:w-auto`}>
                    {t("pws.photos.upload")}
                  </button>
                </Form>
              )}
            </div>
          </section>
        </div>

        <aside aria-labelledby="readonly-heading" className="space-y-4">
          <div className="rounded-xl border border-stone-200 bg-stone-50 p-5">
            <h2 id="readonly-heading" className="text-lg font-bold">
              {t("pws.product.readOnlyHeading")}
            </h2>
            <p className="mt-1 text-sm text-stone-700">{t("pws.product.readOnlyHint")}</p>
            <dl className="mt-4 space-y-3">
              <div>
                <Term>{t("pws.product.name")}</Term>
                <dd className="font-semibold">{name}</dd>
              </div>
              <div>
                <Term>{t("pws.product.group")}</Term>
                <dd>
                  {pick(lang, product.groupVi, product.groupEn)} ·{" "}
                  {pick(lang, product.setVi, product.setEn)}
                </dd>
              </div>
            </dl>
          </div>

          <section
            aria-labelledby="cert-heading"
            className="rounded-xl border border-stone-200 bg-stone-50 p-5"
            data-testid="readonly-certificate"
          >
            <h3 id="cert-heading" className="font-bold">
              {t("pws.cert.heading")}
            </h3>
            {cert && certificateStatus ? (
              <dl className="mt-3 space-y-3">
                <div>
                  <Term>{t("pws.cert.stars")}</Term>
                  <dd className="mt-1">
                    <StarBadge stars={cert.stars} />
                  </dd>
                </div>
                {cert.score !== null && (
                  <div>
                    <Term>{t("pws.cert.score")}</Term>
                    <dd>{cert.score}/100</dd>
                  </div>
                )}
                <div>
                  <Term>{t("pws.cert.decision")}</Term>
                  <dd>
                    {cert.decisionNumber} · {formatDate(lang, cert.decisionDate)}
                  </dd>
                </div>
                <div>
                  <Term>{t("pws.cert.issuer")}</Term>
                  <dd>{cert.issuingBody}</dd>
                </div>
                <div>
                  <Term>{t("pws.cert.validUntil")}</Term>
                  <dd className="flex flex-wrap items-center gap-2">
                    {formatDate(lang, cert.validUntil)}
                    <StatusBadge tone={CERT_TONES[certificateStatus]}>
                      {t(`pws.cert.status.${certificateStatus}`)}
                    </StatusBadge>
                  </dd>
                </div>
                <div>
                  <Term>{t("pws.cert.legalBasis")}</Term>
                  <dd className="text-sm">{pick(lang, cert.legalBasisVi, cert.legalBasisEn)}</dd>
                </div>
              </dl>
            ) : (
              <p className="mt-2 text-sm text-stone-700">{t("pws.cert.none")}</p>
            )}
          </section>

          <section
            aria-labelledby="producer-heading"
            className="rounded-xl border border-stone-200 bg-stone-50 p-5"
          >
            <h3 id="producer-heading" className="font-bold">
              {t("pws.producer.heading")}
            </h3>
            <dl className="mt-3 space-y-3">
              <div>
                <Term>{t("pws.producer.legalForm")}</Term>
                <dd>{legalFormLabel(t, producer.legalForm)}</dd>
              </div>
              <div>
                <Term>{t("pws.producer.place")}</Term>
                <dd>{producer.place}</dd>
              </div>
              <div>
                <Term>{t("pws.producer.address")}</Term>
                <dd>{producer.addressPrinted}</dd>
              </div>
              {producer.representative && (
                <div>
                  <Term>{t("pws.producer.representative")}</Term>
                  <dd>{producer.representative}</dd>
                </div>
              )}
            </dl>
          </section>
        </aside>
      </div>
    </>
  );
}
