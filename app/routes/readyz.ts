import { sql } from "drizzle-orm";
import { getDatabase } from "~/db.server";

/** Readiness: the database answers. Reports which database kind, never connection details. */
export async function loader() {
  try {
    const database = await getDatabase();
    await database.db.execute(sql`select 1`);
    return Response.json(
      { status: "ready", database: database.kind },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    console.error("readyz: database check failed", error);
    return Response.json(
      { status: "unavailable", database: "error" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
