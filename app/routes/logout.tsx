import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { destroySession, readSessionToken } from "~/web/auth.server";
import { logOut } from "~/domain/account/accounts.server";
import { enterWrite } from "~/web/route.server";

/** POST only: a link or an image must not be able to sign anyone out. */
export async function action(args: ActionFunctionArgs) {
  // Anyone may post it (signed in or not); the log-out button carries no fields.
  const { request, db } = await enterWrite(args, "public");
  const token = await readSessionToken(request);
  if (token) await logOut(db, token);
  return redirect("/", { status: 303, headers: { "Set-Cookie": await destroySession() } });
}

export function loader() {
  return redirect("/", 303);
}
