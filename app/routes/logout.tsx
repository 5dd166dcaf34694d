import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { destroySession, readSessionToken } from "~/web/auth.server";
import { getDb } from "~/infra/db.server";
import { logOut } from "~/domain/account/accounts.server";
import { assertSameOrigin } from "~/web/same-origin.server";

/** POST only: a link or an image must not be able to sign anyone out. */
export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const token = await readSessionToken(request);
  if (token) await logOut(await getDb(), token);
  return redirect("/", { status: 303, headers: { "Set-Cookie": await destroySession() } });
}

export function loader() {
  return redirect("/", 303);
}
