import type { LoaderFunctionArgs } from "@remix-run/node";
import { dictionaryScript, parseDictionaryFile } from "~/i18n";
import { dictionaryVersion } from "~/i18n/i18n.server";
import { workspacePath } from "~/lib/workspace-path";
import { enter, notFound } from "~/web/route.server";

/**
 * The reader's dictionary as a script the page loads with `defer` (decision 0010): outside the
 * HTML, so the first paint does not wait for it, and kept by the browser across pages.
 * The workspaces' messages go only to people whose role opens a workspace.
 */
export async function loader(args: LoaderFunctionArgs) {
  const file = parseDictionaryFile(args.params.file ?? "");
  if (!file) throw notFound();
  if (file.workspace) {
    const { user } = await enter(args, "public");
    if (!user || !workspacePath(user.role)) throw notFound();
  }
  const current =
    new URL(args.request.url).searchParams.get("v") ===
    dictionaryVersion(file.lang, file.workspace);
  const scope = file.workspace ? "private" : "public";
  return new Response(dictionaryScript(file.lang, file.workspace), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      // A page of an older release may ask with its old version: it gets today's messages, not kept.
      "Cache-Control": current ? `${scope}, max-age=31536000, immutable` : `${scope}, no-cache`,
    },
  });
}
