import type { LoaderFunctionArgs } from "@remix-run/node";
import { todayInVietnam } from "~/lib/dates";
import { getSearch } from "~/infra/search.server";
import { readQuery } from "~/web/request-input.server";

const MAX_TEXT = 100;
const LIMIT = 6;

/** As-you-type suggestions for the header search box: visible products only, names highlighted. */
export async function loader({ request }: LoaderFunctionArgs) {
  const text = (readQuery(request).get("q") ?? "").replace(/\s+/g, " ").trim();
  if (text.length < 2 || text.length > MAX_TEXT) {
    return Response.json({ suggestions: [] }, { headers: { "Cache-Control": "no-store" } });
  }
  const hits = await (await getSearch()).suggest(text, todayInVietnam(), LIMIT);
  return Response.json(
    {
      suggestions: hits.map((h) => ({
        slug: h.slug,
        nameVi: h.highlight.nameVi,
        nameEn: h.highlight.nameEn,
      })),
    },
    { headers: { "Cache-Control": "private, max-age=30" } },
  );
}
