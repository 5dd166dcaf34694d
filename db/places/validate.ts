/**
 * Pure checks and shaping for the administrative map: today's provinces and communes, and the
 * former units older certificates name. No database here, so every rule is unit-tested with
 * crafted rows. The source mappings contain mistakes; nothing doubtful is guessed or repaired:
 * it is dropped or left unmapped, and every such decision is reported with its reason.
 */
import { slugify } from "../../app/lib/text";

// ---------------------------------------------------------------------------------------------
// Source shapes (as published by the address package; any field may be missing or null)

export type RawProvince = { province_code: string; name: string; place_type: string };
export type RawWard = { ward_code: string; name: string; province_code: string };
export type RawMapping = {
  id: string;
  old_ward_code: string | null;
  old_ward_name: string | null;
  old_district_name: string | null;
  old_province_name: string | null;
  new_ward_code: string | null;
  new_ward_name: string | null;
  new_province_name: string | null;
};

// ---------------------------------------------------------------------------------------------
// Output rows (the shapes of the places and legacy_places tables)

export type PlaceRow = {
  code: string;
  level: "province" | "commune";
  name: string;
  shortName: string;
  unitType: string;
  parentCode: string | null;
  provinceCode: string;
  slug: string;
};

export type LegacyRow = {
  id: string;
  level: "province" | "district" | "commune";
  name: string;
  parentId: string | null;
  currentProvinceCode: string | null;
  currentCommuneCode: string | null;
};

// ---------------------------------------------------------------------------------------------
// Names

export const PROVINCE_UNIT_TYPES = ["Thành phố", "Tỉnh"] as const;
export const COMMUNE_UNIT_TYPES = ["Đặc khu", "Phường", "Xã"] as const;
const FORMER_PROVINCE_UNIT_TYPES = ["Thành phố", "Tỉnh"];
const FORMER_DISTRICT_UNIT_TYPES = ["Thành phố", "Thị xã", "Huyện", "Quận"];

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Comparison key for Vietnamese place names. Sources disagree on case ("Huyện KBang" /
 * "Huyện Kbang"), spacing around hyphens, and on where the tone mark sits ("Hoà Bình" /
 * "Hòa Bình", "Thuỵ" / "Thụy"); moving each word's tone mark to its end makes both
 * spellings equal without folding away the tones that tell names apart.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .toLowerCase()
    .replace(/\s*[-–]\s*/g, " - ")
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const tones = word.match(TONE_MARKS) ?? [];
      return word.replace(TONE_MARKS, "") + tones.join("");
    })
    .join(" ")
    .normalize("NFC");
}

/** Splits "Xã Phú Xuyên" into its unit type and the name proper; longest type wins. */
export function splitUnitName(
  name: string,
  unitTypes: readonly string[],
): { unitType: string; shortName: string } | null {
  const trimmed = name.trim().replace(/\s+/g, " ");
  const lower = trimmed.toLowerCase();
  const byLength = [...unitTypes].sort((a, b) => b.length - a.length);
  for (const unitType of byLength) {
    if (lower.startsWith(`${unitType.toLowerCase()} `)) {
      return { unitType, shortName: trimmed.slice(unitType.length + 1).trim() };
    }
  }
  return null;
}

function stripUnitType(name: string, unitTypes: readonly string[]): string {
  return splitUnitName(name, unitTypes)?.shortName ?? name.trim();
}

// ---------------------------------------------------------------------------------------------
// Today's map

export type PlaceIssueReason =
  "malformed_code" | "unknown_unit_type" | "unknown_province" | "duplicate_code" | "missing_name";

export type PlaceIssue = {
  reason: PlaceIssueReason;
  source: "province" | "ward";
  code: string;
  name: string;
  detail: string;
};

/** The package says "Thành phố Trung Ương" for the centrally governed cities. */
function provinceUnitType(placeType: string): (typeof PROVINCE_UNIT_TYPES)[number] | null {
  const key = nameKey(placeType);
  if (key === nameKey("Tỉnh")) return "Tỉnh";
  if (key.startsWith(nameKey("Thành phố"))) return "Thành phố";
  return null;
}

export function normaliseTodayPlaces(
  rawProvinces: readonly RawProvince[],
  rawWards: readonly RawWard[],
): { provinces: PlaceRow[]; communes: PlaceRow[]; issues: PlaceIssue[] } {
  const issues: PlaceIssue[] = [];
  const provinces: PlaceRow[] = [];
  const provinceCodes = new Set<string>();

  for (const raw of rawProvinces) {
    const code = (raw.province_code ?? "").trim();
    const rawName = (raw.name ?? "").trim().replace(/\s+/g, " ");
    const issue = (reason: PlaceIssueReason, detail: string) =>
      issues.push({ reason, source: "province", code, name: rawName, detail });
    if (!/^\d{2}$/.test(code)) {
      issue("malformed_code", "a province code has two digits");
      continue;
    }
    if (provinceCodes.has(code)) {
      issue("duplicate_code", "this province code was already read");
      continue;
    }
    if (!rawName) {
      issue("missing_name", "the province has no name");
      continue;
    }
    const unitType =
      provinceUnitType(raw.place_type ?? "") ??
      splitUnitName(rawName, PROVINCE_UNIT_TYPES)?.unitType ??
      null;
    if (!unitType) {
      issue("unknown_unit_type", `unknown place type "${raw.place_type}"`);
      continue;
    }
    // Some names come without their unit ("Cao Bằng"): the official form carries it.
    const split = splitUnitName(rawName, [unitType]);
    const shortName = split ? split.shortName : rawName;
    provinceCodes.add(code);
    provinces.push({
      code,
      level: "province",
      name: `${unitType} ${shortName}`,
      shortName,
      unitType,
      parentCode: null,
      provinceCode: code,
      slug: slugify(shortName),
    });
  }

  // Province slugs are public URLs: should two ever fold alike, both fall back to carrying the code.
  const slugCounts = countBy(provinces, (p) => p.slug);
  for (const p of provinces) if ((slugCounts.get(p.slug) ?? 0) > 1) p.slug = `${p.slug}-${p.code}`;

  const communes: PlaceRow[] = [];
  const communeCodes = new Set<string>();
  for (const raw of rawWards) {
    const code = (raw.ward_code ?? "").trim();
    const rawName = (raw.name ?? "").trim().replace(/\s+/g, " ");
    const provinceCode = (raw.province_code ?? "").trim();
    const issue = (reason: PlaceIssueReason, detail: string) =>
      issues.push({ reason, source: "ward", code, name: rawName, detail });
    if (!/^\d{5}$/.test(code)) {
      issue("malformed_code", "a commune code has five digits");
      continue;
    }
    if (communeCodes.has(code)) {
      issue("duplicate_code", "this commune code was already read");
      continue;
    }
    if (!provinceCodes.has(provinceCode)) {
      issue("unknown_province", `province "${provinceCode}" is not among today's provinces`);
      continue;
    }
    const split = splitUnitName(rawName, COMMUNE_UNIT_TYPES);
    if (!split || !split.shortName) {
      issue("unknown_unit_type", "the name does not start with Xã, Phường or Đặc khu");
      continue;
    }
    communeCodes.add(code);
    communes.push({
      code,
      level: "commune",
      name: `${split.unitType} ${split.shortName}`,
      shortName: split.shortName,
      unitType: split.unitType,
      parentCode: provinceCode,
      provinceCode,
      // Commune names repeat across provinces (two "Xã Phú Xuyên"): the code keeps slugs unique.
      slug: `${slugify(split.shortName)}-${code}`,
    });
  }

  return { provinces, communes, issues };
}

// ---------------------------------------------------------------------------------------------
// Former units, from the old→new commune mappings

export type MappingIssueReason =
  | "missing_former_names"
  | "missing_old_code"
  | "malformed_old_code"
  | "duplicate_row"
  | "conflicting_duplicate"
  | "malformed_target_code"
  | "unknown_target"
  | "target_name_mismatch"
  | "target_province_mismatch"
  | "split_target"
  | "unknown_new_province"
  | "district_spans_provinces"
  | "province_spans_provinces";

/** "dropped": the row made no former commune. "unmapped": the unit exists, its current link is left empty. */
export type IssueOutcome = "dropped" | "unmapped";

export const MAPPING_ISSUE_OUTCOME: Record<MappingIssueReason, IssueOutcome> = {
  missing_former_names: "dropped",
  missing_old_code: "dropped",
  malformed_old_code: "dropped",
  duplicate_row: "dropped",
  conflicting_duplicate: "dropped",
  malformed_target_code: "unmapped",
  unknown_target: "unmapped",
  target_name_mismatch: "unmapped",
  target_province_mismatch: "unmapped",
  split_target: "unmapped",
  unknown_new_province: "unmapped",
  district_spans_provinces: "unmapped",
  province_spans_provinces: "unmapped",
};

export type MappingIssue = {
  reason: MappingIssueReason;
  outcome: IssueOutcome;
  /** The source row's id, when the issue is about one row. */
  rowId: string | null;
  /** The former unit concerned, as the source names it. */
  subject: string;
  detail: string;
};

export type LegacyBuild = {
  provinces: LegacyRow[];
  districts: LegacyRow[];
  communes: LegacyRow[];
  issues: MappingIssue[];
  rowsRead: number;
  /** Rows that produced a former commune. */
  rowsUsed: number;
  /** Of the rows dropped for having no old code, how many also had a bad target, by problem. */
  codelessTargetProblems: Partial<Record<TargetProblem, number>>;
};

type UnitAccumulator = {
  key: string;
  name: string;
  parentKey: string | null;
  newProvinceCodes: Set<string>;
};

type CommuneAccumulator = {
  row: LegacyRow;
  districtKey: string;
  namesKey: string;
  subject: string;
  targets: Set<string>;
  targetProvinceCodes: Set<string>;
  rowIds: string[];
};

const clean = (v: string | null | undefined) => (v ?? "").trim().replace(/\s+/g, " ");

/**
 * Builds former provinces, districts and communes from the mapping rows. A former unit's
 * current province is set only when every row that names a new province agrees; a former
 * commune's current commune only when its target code exists today and the row's own target
 * name and province agree with that code.
 */
export function buildLegacyPlaces(
  rows: readonly RawMapping[],
  today: { provinces: readonly PlaceRow[]; communes: readonly PlaceRow[] },
): LegacyBuild {
  const issues: MappingIssue[] = [];
  const provinceByKey = new Map<string, string>();
  for (const p of today.provinces) {
    provinceByKey.set(nameKey(p.shortName), p.code);
    provinceByKey.set(nameKey(p.name), p.code);
  }
  const communeByCode = new Map(today.communes.map((c) => [c.code, c]));
  const matchProvince = (name: string): string | undefined =>
    provinceByKey.get(nameKey(name)) ??
    provinceByKey.get(nameKey(stripUnitType(name, PROVINCE_UNIT_TYPES)));

  const formerProvinces = new Map<string, UnitAccumulator>();
  const formerDistricts = new Map<string, UnitAccumulator>();
  const formerCommunes = new Map<string, CommuneAccumulator>();
  /** Every (former commune names → target) pair read so far, coded or not. */
  const rowTargets = new Set<string>();
  const codelessTargetProblems: LegacyBuild["codelessTargetProblems"] = {};
  let rowsUsed = 0;

  const note = (
    reason: MappingIssueReason,
    rowId: string | null,
    subject: string,
    detail: string,
  ) => issues.push({ reason, outcome: MAPPING_ISSUE_OUTCOME[reason], rowId, subject, detail });

  for (const raw of rows) {
    const rowId = clean(raw.id) || null;
    const wardName = clean(raw.old_ward_name);
    const districtName = clean(raw.old_district_name);
    const provinceName = clean(raw.old_province_name);
    const subject =
      [wardName, districtName, provinceName].filter(Boolean).join(", ") || "(no name)";
    const newProvinceName = clean(raw.new_province_name);
    const newProvinceCode = newProvinceName ? matchProvince(newProvinceName) : undefined;

    if (!wardName || !districtName || !provinceName) {
      note(
        "missing_former_names",
        rowId,
        subject,
        `the former commune, district or province is not named (target ${clean(raw.new_ward_name) || "?"})`,
      );
      continue;
    }

    const provinceKey = nameKey(provinceName);
    const districtKey = `${provinceKey}|${nameKey(districtName)}`;
    const province = getOrCreate(formerProvinces, provinceKey, () => ({
      key: provinceKey,
      name: provinceName,
      parentKey: null,
      newProvinceCodes: new Set<string>(),
    }));
    const district = getOrCreate(formerDistricts, districtKey, () => ({
      key: districtKey,
      name: districtName,
      parentKey: provinceKey,
      newProvinceCodes: new Set<string>(),
    }));
    if (newProvinceCode) {
      province.newProvinceCodes.add(newProvinceCode);
      district.newProvinceCodes.add(newProvinceCode);
    }

    const target = clean(raw.new_ward_code);
    const namesKey = `${districtKey}|${nameKey(wardName)}`;
    const checked = checkTarget(raw, newProvinceCode, communeByCode);
    const oldCode = clean(raw.old_ward_code);

    if (!oldCode) {
      // Code-less rows often repeat a row read before, coded or not: say so rather than "no code".
      if (rowTargets.has(`${namesKey}→${target}`)) {
        note(
          "duplicate_row",
          rowId,
          subject,
          `repeats an earlier row for the same commune → ${target}`,
        );
      } else {
        if ("problem" in checked) bump(codelessTargetProblems, checked.problem);
        const also = "problem" in checked ? `; besides, ${checked.detail}` : "";
        note(
          "missing_old_code",
          rowId,
          subject,
          `the former commune has no code to key it by${also}`,
        );
      }
      rowTargets.add(`${namesKey}→${target}`);
      continue;
    }
    rowTargets.add(`${namesKey}→${target}`);
    if (!/^\d{5}$/.test(oldCode)) {
      note("malformed_old_code", rowId, subject, `"${oldCode}" is not a five-digit commune code`);
      continue;
    }

    const seen = formerCommunes.get(oldCode);
    if (seen) {
      if (seen.namesKey !== namesKey) {
        note(
          "conflicting_duplicate",
          rowId,
          subject,
          `code ${oldCode} was already read as "${seen.subject}"; the first reading is kept`,
        );
      } else if (seen.targets.has(target)) {
        note("duplicate_row", rowId, subject, `repeats an earlier row for ${oldCode} → ${target}`);
      } else {
        seen.targets.add(target);
        seen.rowIds.push(rowId ?? "?");
        if (newProvinceCode) seen.targetProvinceCodes.add(newProvinceCode);
      }
      continue;
    }

    rowsUsed += 1;
    const row: LegacyRow = {
      id: `old-c:${oldCode}`,
      level: "commune",
      name: wardName,
      parentId: null, // linked once district ids are known
      currentProvinceCode: null,
      currentCommuneCode: null,
    };
    const acc: CommuneAccumulator = {
      row,
      districtKey,
      namesKey,
      subject,
      targets: new Set([target]),
      targetProvinceCodes: new Set(newProvinceCode ? [newProvinceCode] : []),
      rowIds: [rowId ?? "?"],
    };
    formerCommunes.set(oldCode, acc);

    if ("problem" in checked) {
      note(checked.problem, rowId, subject, checked.detail);
    } else {
      row.currentCommuneCode = checked.commune.code;
      acc.targetProvinceCodes.add(checked.commune.provinceCode);
    }
    if (!newProvinceCode && !row.currentCommuneCode) {
      note(
        "unknown_new_province",
        rowId,
        subject,
        `new province "${newProvinceName}" is not among today's provinces`,
      );
    }
  }

  // A former commune split across several of today's communes has no single current commune.
  for (const acc of formerCommunes.values()) {
    if (acc.targets.size > 1) {
      acc.row.currentCommuneCode = null;
      note(
        "split_target",
        acc.rowIds.join(","),
        acc.subject,
        `rows send it to several communes: ${[...acc.targets].join(", ")}`,
      );
    }
    acc.row.currentProvinceCode = single(acc.targetProvinceCodes);
  }

  const provinceIds = assignIds(
    formerProvinces.values(),
    (u) => u.name,
    FORMER_PROVINCE_UNIT_TYPES,
    "old-p:",
  );
  const districtIds = new Map<string, string>();
  for (const [provinceKey, members] of groupBy(
    [...formerDistricts.values()],
    (d) => d.parentKey ?? "",
  )) {
    const provinceId = provinceIds.get(provinceKey) ?? "old-p:unknown";
    const prefix = `old-d:${provinceId.slice("old-p:".length)}:`;
    for (const [key, id] of assignIds(members, (d) => d.name, FORMER_DISTRICT_UNIT_TYPES, prefix)) {
      districtIds.set(key, id);
    }
  }

  const unitRows = (
    units: Map<string, UnitAccumulator>,
    ids: Map<string, string>,
    parentIds: Map<string, string> | null,
    level: "province" | "district",
    spanReason: MappingIssueReason,
  ): LegacyRow[] =>
    [...units.values()].map((u) => {
      const current = single(u.newProvinceCodes);
      if (u.newProvinceCodes.size > 1) {
        note(
          spanReason,
          null,
          u.name,
          `its rows name several of today's provinces: ${[...u.newProvinceCodes].sort().join(", ")}`,
        );
      }
      return {
        id: ids.get(u.key) ?? "",
        level,
        name: u.name,
        parentId: parentIds && u.parentKey ? (parentIds.get(u.parentKey) ?? null) : null,
        currentProvinceCode: current,
        currentCommuneCode: null,
      };
    });

  const provinces = unitRows(
    formerProvinces,
    provinceIds,
    null,
    "province",
    "province_spans_provinces",
  );
  const districts = unitRows(
    formerDistricts,
    districtIds,
    provinceIds,
    "district",
    "district_spans_provinces",
  );
  const communes = [...formerCommunes.values()].map((acc) => ({
    ...acc.row,
    parentId: districtIds.get(acc.districtKey) ?? null,
  }));

  return {
    provinces,
    districts,
    communes,
    issues,
    rowsRead: rows.length,
    rowsUsed,
    codelessTargetProblems,
  };
}

type TargetProblem = Extract<
  MappingIssueReason,
  "malformed_target_code" | "unknown_target" | "target_name_mismatch" | "target_province_mismatch"
>;

type TargetCheck = { commune: PlaceRow } | { problem: TargetProblem; detail: string };

/** A row's target counts only if its code exists today and its own name and province agree with it. */
function checkTarget(
  raw: RawMapping,
  newProvinceCode: string | undefined,
  communeByCode: ReadonlyMap<string, PlaceRow>,
): TargetCheck {
  const target = clean(raw.new_ward_code);
  const targetName = clean(raw.new_ward_name);
  const label = `target ${target || "(none)"} "${targetName}"`;
  if (!/^\d{5}$/.test(target)) {
    return { problem: "malformed_target_code", detail: `${label} is not a five-digit code` };
  }
  const commune = communeByCode.get(target);
  if (!commune) {
    return { problem: "unknown_target", detail: `${label} is not among today's communes` };
  }
  if (nameKey(commune.name) !== nameKey(targetName)) {
    return { problem: "target_name_mismatch", detail: `${label} is officially "${commune.name}"` };
  }
  if (newProvinceCode && commune.provinceCode !== newProvinceCode) {
    return {
      problem: "target_province_mismatch",
      detail: `${label} lies in province ${commune.provinceCode}, the row says "${clean(raw.new_province_name)}"`,
    };
  }
  return { commune };
}

/**
 * Stable ids from names: "Tỉnh Vĩnh Phúc" → "vinh-phuc". Where two units of one parent would
 * share an id ("Huyện Kỳ Anh" and "Thị xã Kỳ Anh"), both keep their unit type in it instead.
 */
function assignIds<T extends { key: string }>(
  units: Iterable<T>,
  nameOf: (u: T) => string,
  unitTypes: readonly string[],
  prefix: string,
): Map<string, string> {
  const list = [...units];
  const short = new Map(list.map((u) => [u.key, slugify(stripUnitType(nameOf(u), unitTypes))]));
  const counts = countBy(list, (u) => short.get(u.key) ?? "");
  return new Map(
    list.map((u) => {
      const s = short.get(u.key) ?? "";
      return [u.key, prefix + ((counts.get(s) ?? 0) > 1 || !s ? slugify(nameOf(u)) : s)];
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Reporting

export type IssueSummary<R extends string> = {
  total: number;
  byReason: Partial<Record<R, number>>;
  examples: Partial<Record<R, string[]>>;
};

export function summariseIssues<R extends string>(
  issues: readonly {
    reason: R;
    detail: string;
    subject?: string;
    name?: string;
    rowId?: string | null;
  }[],
  examplesPerReason = 3,
): IssueSummary<R> {
  const byReason: Partial<Record<R, number>> = {};
  const examples: Partial<Record<R, string[]>> = {};
  for (const issue of issues) {
    byReason[issue.reason] = (byReason[issue.reason] ?? 0) + 1;
    const list = (examples[issue.reason] ??= []);
    if (list.length < examplesPerReason) {
      const who = issue.subject ?? issue.name ?? "";
      const row = issue.rowId ? `row ${issue.rowId}: ` : "";
      list.push(`${row}${who} — ${issue.detail}`);
    }
  }
  return { total: issues.length, byReason, examples };
}

// ---------------------------------------------------------------------------------------------

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

function bump<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) getOrCreate(groups, keyOf(item), () => []).push(item);
  return groups;
}

function single<T>(set: ReadonlySet<T>): T | null {
  if (set.size !== 1) return null;
  const [only] = set;
  return only ?? null;
}
