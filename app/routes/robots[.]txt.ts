import { getConfig } from "~/infra/config.server";
import { renderRobots } from "~/domain/catalog/sitemap.server";

export function loader() {
  return new Response(renderRobots(getConfig().siteUrl), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    },
  });
}
