import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLang } from "~/i18n";
import { langCookie } from "~/i18n/i18n.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { enterAction } from "~/web/route.server";

export async function action(args: ActionFunctionArgs) {
  const { form } = await enterAction(args, "public");
  const lang = form.get("lang");
  const to = safeRedirectPath(form.get("redirectTo"));
  // The switch only offers known languages: anything else was not sent by our pages.
  if (!isLang(lang)) throw new Response("Bad Request", { status: 400 });
  return redirect(to, { status: 303, headers: { "Set-Cookie": await langCookie.serialize(lang) } });
}

export function loader() {
  return redirect("/", 303);
}
