/**
 * One product of the producer: the listing form (price, stock, unit, descriptions, on sale or
 * paused), the photos (add, remove, choose the main one) and, read-only, what the OCOP office
 * keeps (name, stars, certificate, place, legal data). Every change writes an audit entry.
 */
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { flashOf, ProductPageHeader } from "~/components/producer/product-header";
import { ProductListingForm } from "~/components/producer/product-listing-form";
import { ProductPhotos } from "~/components/producer/product-photos";
import { ProductReadOnly } from "~/components/producer/product-read-only";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { lookupStatus } from "~/domain/certificate/lookup-query";
import { PRODUCT_EDIT_FIELDS, productEditSchema } from "~/domain/product/listing-schema";
import {
  getProducerProduct,
  makeProductPhotoFirst,
  MAX_PHOTOS,
  producerOwnsProduct,
  updateProducerProduct,
} from "~/domain/product/listing.server";
import {
  deleteProductPhoto,
  uploadProductPhoto,
  type PhotoChangeError,
} from "~/domain/product/photos.server";
import { getWorkspaceProducer } from "~/domain/producer/overview.server";
import { makeT, type MessageKey } from "~/i18n";
import { readPhotoForm } from "~/infra/photos.server";
import { todayInVietnam } from "~/lib/dates";
import { byIntent, enter, enterAction, enterWrite, notFound, reply } from "~/web/route.server";
import { privatePageMeta } from "~/lib/page-meta";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, id } = await enter(args, "producer");
  const today = todayInVietnam();
  const [product, producer] = await Promise.all([
    getProducerProduct(db, user.producerId, id(), today),
    getWorkspaceProducer(db, user.producerId),
  ]);
  if (!product || !producer) throw notFound();
  const { updatedAt, ...rest } = product;
  return reply({
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
    meta: { title: makeT(lang)("pws.meta.title", { page: product.nameVi }) },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

type ActionData = {
  errors?: FieldErrors;
  values?: Record<string, string>;
  formError?: MessageKey;
  photoMessage?: MessageKey;
};

/** What our pages never send (a hidden field changed): the error page, not a form message. */
function badRequest(): Response {
  return new Response("Bad Request", { status: 400 });
}

/** A problem with the uploaded file: shown under the file field, like any field's. */
function photoReply(key: MessageKey, status = 422) {
  return reply<ActionData>({ errors: { photo: key } }, status);
}

type PhotoChange = { ok: true } | { ok: false; error: PhotoChangeError };

const isUpload = (request: Request) =>
  (request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data");

/** The photo upload: its body is read with a size limit, and only for the producer's product. */
async function upload(args: ActionFunctionArgs) {
  const { request, user, db, id } = await enterWrite(args, "producer");
  const productId = id();
  // Another producer's product is not found, and its upload is not even read.
  if (!(await producerOwnsProduct(db, user.producerId, productId))) throw notFound();
  const sent = await readPhotoForm(request);
  if (!sent.ok)
    return photoReply(
      sent.error === "tooLarge" ? "pws.photo.error.tooLarge" : "pws.photo.error.badForm",
    );
  // The upload form always says "upload": anything else is a crafted request.
  if (sent.form.get("intent") !== "upload") throw badRequest();
  const result = await uploadProductPhoto(db, user, productId, sent.form);
  if (!result.ok) {
    if (result.error === "notFound") throw notFound();
    return photoReply(`pws.photo.error.${result.error}`);
  }
  return redirect(`/producer/products/${productId}?photo=added`, 303);
}

export async function action(args: ActionFunctionArgs) {
  if (isUpload(args.request)) return upload(args);
  const { user, db, id, form, intent } = await enterAction(args, "producer");
  const productId = id();
  // Another producer's product is not found, whatever the form says.
  if (!(await producerOwnsProduct(db, user.producerId, productId))) throw notFound();
  const here = `/producer/products/${productId}`;
  const photoSrc = () => {
    const src = form.get("src");
    if (typeof src !== "string" || src.length === 0 || src.length > 500) throw badRequest();
    return src;
  };
  const photoMove = async (
    done: "first" | "removed",
    move: (...a: Parameters<typeof makeProductPhotoFirst>) => Promise<PhotoChange>,
  ) => {
    const result = await move(db, user, productId, photoSrc());
    if (!result.ok) {
      if (result.error === "notFound") throw notFound();
      return reply<ActionData>({ photoMessage: `pws.photo.error.${result.error}` }, 422);
    }
    return redirect(`${here}?photo=${done}`, 303);
  };
  return byIntent(intent, {
    first: () => photoMove("first", makeProductPhotoFirst),
    remove: () => photoMove("removed", deleteProductPhoto),
    save: async () => {
      const raw = formFields(form, PRODUCT_EDIT_FIELDS);
      const values = Object.fromEntries(PRODUCT_EDIT_FIELDS.map((f) => [f, raw[f] ?? ""]));
      const parsed = productEditSchema.safeParse(raw);
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error);
        return reply<ActionData>({ errors, values, formError: "pws.product.fixErrors" }, 400);
      }
      const result = await updateProducerProduct(db, user, productId, parsed.data);
      if (!result.ok) throw notFound();
      return redirect(`${here}?saved=${result.changed.length > 0 ? "1" : "0"}`, 303);
    },
  });
}

export default function ProducerProductPage() {
  const { product, version, certificateStatus, producer, maxPhotos } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const errors = actionData?.errors ?? {};
  const here = `/producer/products/${product.id}`;
  return (
    <>
      <ProductPageHeader product={product} flash={actionData ? null : flashOf(search)} />
      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-8">
          <ProductListingForm
            product={product}
            here={here}
            version={version}
            errors={errors}
            values={actionData?.values}
            formError={actionData?.formError}
          />
          <ProductPhotos
            product={product}
            here={here}
            version={version}
            maxPhotos={maxPhotos}
            errors={errors}
            photoMessage={actionData?.photoMessage}
          />
        </div>
        <ProductReadOnly
          product={product}
          certificateStatus={certificateStatus}
          producer={producer}
        />
      </div>
    </>
  );
}
