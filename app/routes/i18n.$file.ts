import type { LoaderFunctionArgs } from "@remix-run/node";
import { getOptionalUser } from "~/web/auth.server";
import { dictionaryScript, parseDictionaryFile } from "~/i18n";
import { dictionaryVersion } from "~/i18n/i18n.server";
import { workspacePath } from "~/lib/workspace-path";

/**
 * The reader's dictionary as a script the page loads with `defer` (decision 0010): outside the
 * HTML, so the first paint does not wait for it, and kept by the browser across pages.
 * The workspaces' messages go only to people whose role opens a workspace.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const file = parseDictionaryFile(params.file ?? "");
  if (!file) throw new Response("Not found", { status: 404 });
  if (file.workspace) {
    const user = await getOptionalUser(request);
    if (!user || !workspacePath(user.role)) throw new Response("Not found", { status: 404 });
  }
  const current =
    new URL(request.url).searchParams.get("v") === dictionaryVersion(file.lang, file.workspace);
  const scope = file.workspace ? "private" : "public";
  return new Response(dictionaryScript(file.lang, file.workspace), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      // A page of an older release may ask with its old version: it gets today's messages, not kept.
      "Cache-Control": current ? `${scope}, max-age=31536000, immutable` : `${scope}, no-cache`,
    },
  });
}
