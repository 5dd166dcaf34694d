/**
 * /admin/certificates/:id/letter — the printable expiry notice letter of a certificate in the
 * official's scope (a producer without email is notified by post), and "mark as sent by post".
 * "admin_" keeps the page out of the workspace frame: on paper only the letter remains.
 * Out of scope, revoked, superseded, expired or below 3★: not found.
 */
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ExpiryLetterPage, printLetterLinks } from "~/components/admin/expiry-letter";
import { getExpiryLetter, markLetterPosted } from "~/domain/certificate/expiry-notices.server";
import { makeT } from "~/i18n";
import { todayInVietnam } from "~/lib/dates";
import { privatePageMeta } from "~/lib/page-meta";
import { byIntent, enter, enterAction, notFound, reply } from "~/web/route.server";

export async function loader(args: LoaderFunctionArgs) {
  const { user, db, lang, id } = await enter(args, { role: ["official"] });
  const letter = await getExpiryLetter(db, { kind: "official", user }, id(), todayInVietnam());
  if (!letter) throw notFound();
  const t = makeT(lang);
  return reply({
    letter,
    meta: {
      title: `${t("acert.letter.title")} – ${letter.productNameVi} · ${t("admin.workspace")}`,
    },
  });
}

export async function action(args: ActionFunctionArgs) {
  const { user, db, id, intent, request } = await enterAction(args, { role: ["official"] });
  const certificateId = id();
  const today = todayInVietnam();
  // Scope first: out of scope is not found whatever the form says.
  if (!(await getExpiryLetter(db, { kind: "official", user }, certificateId, today))) {
    throw notFound();
  }
  return byIntent(intent, {
    posted: async () => {
      const r = await markLetterPosted(db, user, certificateId, today);
      if (!r.ok) throw notFound();
      return redirect(new URL(request.url).pathname, 303);
    },
  });
}

export const links = printLetterLinks;
export const meta: MetaFunction<typeof loader> = privatePageMeta;

export default function AdminExpiryLetter() {
  const { letter } = useLoaderData<typeof loader>();
  return <ExpiryLetterPage letter={letter} backHref="/admin/certificates/expiring" canMarkPosted />;
}
