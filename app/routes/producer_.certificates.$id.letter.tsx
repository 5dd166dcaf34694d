/**
 * /producer/certificates/:id/letter — the expiry notice letter of one of the producer's own
 * certificates, as the issuer prints it (read and print only). Another producer's certificate,
 * or one that is revoked, superseded, expired or below 3★: not found.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ExpiryLetterPage, printLetterLinks } from "~/components/admin/expiry-letter";
import { getExpiryLetter } from "~/domain/certificate/expiry-notices.server";
import { makeT } from "~/i18n";
import { todayInVietnam } from "~/lib/dates";
import { privatePageMeta } from "~/lib/page-meta";
import { enter, notFound, reply } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, id } = await enter(args, "producer");
  const letter = await getExpiryLetter(
    db,
    { kind: "producer", producerId: user.producerId },
    id(),
    todayInVietnam(),
  );
  if (!letter) throw notFound();
  const t = makeT(lang);
  return reply({
    letter,
    meta: { title: t("pws.meta.title", { page: t("acert.letter.title") }) },
  });
}

export const links = printLetterLinks;
export const meta: MetaFunction<typeof loader> = privatePageMeta;

export default function ProducerExpiryLetter() {
  const { letter } = useLoaderData<typeof loader>();
  return <ExpiryLetterPage letter={letter} backHref="/producer" canMarkPosted={false} />;
}
