/**
 * A producer's product photos: the main one first, make another the main one, remove one,
 * and upload a new one (up to the maximum) with the file's problem shown under the field.
 */
import { Form } from "@remix-run/react";
import { FormAlert } from "~/components/form/form-alert";
import { secondaryButtonClass } from "~/components/workspace/page-header";
import type { FieldErrors } from "~/domain/account/schemas";
import type { ProducerProductDetail } from "~/domain/product/listing.server";
import { pick, type MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";

export function ProductPhotos({
  product,
  here,
  version,
  maxPhotos,
  errors,
  photoMessage,
}: {
  product: Pick<ProducerProductDetail, "images">;
  here: string;
  version: string;
  maxPhotos: number;
  errors: FieldErrors;
  photoMessage: MessageKey | undefined;
}) {
  const { t, lang } = useT();
  return (
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
      <p className="mt-1 text-sm text-stone-700">{t("pws.photos.intro", { max: maxPhotos })}</p>
      {photoMessage && (
        <div className="mt-4">
          <FormAlert>{t(photoMessage)}</FormAlert>
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
          <p role={errors.photo ? "alert" : undefined} className="mt-2 text-sm text-stone-700">
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
  );
}
