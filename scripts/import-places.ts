/**
 * `npm run places:import`: loads today's 34 provinces and 3,321 communes and the former units
 * into the configured database (PGlite in DATA_DIR, or DATABASE_URL), then prints what was
 * written and which source rows were dropped or left unmapped, and why. Safe to run again.
 */
import { parseConfig, databaseTarget } from "../app/infra/config.server";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { importPlaces, type PlacesImportReport, type WriteCounts } from "../db/places/import";
import type { IssueSummary } from "../db/places/validate";
import { print } from "./print";

function counts(label: string, c: WriteCounts): string {
  return `  ${label.padEnd(20)} ${String(c.total).padStart(6)}   inserted ${c.inserted}, updated ${c.updated}, unchanged ${c.unchanged}`;
}

function issues<R extends string>(summary: IssueSummary<R>): string[] {
  if (summary.total === 0) return ["  none"];
  const lines: string[] = [];
  const reasons = Object.keys(summary.byReason) as R[];
  for (const reason of reasons) {
    lines.push(`  ${reason}: ${summary.byReason[reason] ?? 0}`);
    for (const example of summary.examples[reason] ?? []) lines.push(`      e.g. ${example}`);
  }
  return lines;
}

function formatReport(r: PlacesImportReport): string {
  const secondary = Object.entries(r.legacy.codelessTargetProblems)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(", ");
  return [
    `Source: ${r.source.package} (data ${r.source.dataVersion ?? "?"}): ${r.source.provinces} provinces, ${r.source.wards} wards, ${r.source.mappings} mapping rows`,
    "",
    "Today's map (places)",
    counts("provinces", r.places.provinces),
    counts("communes/wards", r.places.communes),
    "Rows of today's map not imported:",
    ...issues(r.places.issues),
    "",
    "Former units (legacy_places)",
    counts("former provinces", r.legacy.provinces),
    counts("former districts", r.legacy.districts),
    counts("former communes", r.legacy.communes),
    `  mapping rows: ${r.legacy.mappingRowsRead} read, ${r.legacy.mappingRowsUsed} made a former commune, ${r.legacy.droppedRows} dropped`,
    `  former units without a current commune or province: ${r.legacy.unmappedUnits}`,
    "Dropped or unmapped, by reason:",
    ...issues(r.legacy.issues),
    ...(secondary
      ? [`  (rows dropped for a missing old code whose target was also wrong: ${secondary})`]
      : []),
    "",
    `Done in ${(r.durationMs / 1000).toFixed(1)} s.`,
  ].join("\n");
}

async function main() {
  const config = parseConfig();
  const database = await openDatabase(databaseTarget(config, 2));
  try {
    await migrateDatabase(database);
    print(
      `Importing places into ${database.kind === "pglite" ? config.pgliteDir : "the Postgres server"}…`,
    );
    const report = await importPlaces(database.db);
    print(formatReport(report));
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
