import { pingDatabase } from "~/infra/db.server";
import { getSearch } from "~/infra/search.server";
import { logger } from "~/infra/logger";

/**
 * Readiness: the database answers (503 otherwise). Reports the database kind and the search
 * engine answering, "degraded" while Meilisearch fails; never connection details.
 */
export async function loader() {
  try {
    const databaseKind = await pingDatabase();
    const search = (await getSearch()).status();
    return Response.json(
      {
        status: search.degraded ? "degraded" : "ready",
        database: databaseKind,
        // Which engine answers searches right now: the embedded one while Meilisearch is failing.
        search: {
          primary: search.primary,
          answering: search.degraded ? "embedded" : search.primary,
        },
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    logger.error("readyz: database check failed", error);
    return Response.json(
      { status: "unavailable", database: "error" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
