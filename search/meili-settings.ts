/**
 * The Meilisearch index settings, as code: every index the app builds gets exactly these,
 * and `applySettings` brings an existing index in line without touching what already matches.
 */
import type { EnqueuedTaskPromise, Meilisearch, Settings } from "meilisearch";
import { foldVietnamese } from "../app/lib/text";
import type { SearchDocument } from "./document";

type DocumentKey = keyof SearchDocument;

export const PRIMARY_KEY = "id" satisfies DocumentKey;

/** In order of weight: a word in the name counts more than the same word in the description. */
export const SEARCHABLE_ATTRIBUTES = [
  "nameVi",
  "nameEn",
  "producerName",
  "groupNameVi",
  "groupNameEn",
  "setNameVi",
  "setNameEn",
  "provinceName",
  "communeName",
  "formerPlaceNames",
  "descriptionVi",
] as const satisfies readonly DocumentKey[];

export const FILTERABLE_ATTRIBUTES = [
  "groupCode",
  "stars",
  "provinceCode",
  "priceVnd",
  "validUntilDay",
  "fairs",
  "showrooms",
] as const satisfies readonly DocumentKey[];

export const SORTABLE_ATTRIBUTES = [
  "priceVnd",
  "stars",
  "createdAt",
] as const satisfies readonly DocumentKey[];

export type FilterableAttribute = (typeof FILTERABLE_ATTRIBUTES)[number];
export type SortableAttribute = (typeof SORTABLE_ATTRIBUTES)[number];

/**
 * Relevance first; the shopper's chosen sort only after the words matched; among equally
 * good matches the better-rated product leads.
 */
export const RANKING_RULES = [
  "words",
  "typo",
  "proximity",
  "attribute",
  "sort",
  "exactness",
  "stars:desc" satisfies `${SortableAttribute}:desc`,
];

/**
 * Words that name the same thing in the North and the South, or in two spellings. Each group
 * is mutual; folded forms are added by `buildSynonyms`, as shoppers often type without marks.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["chè", "trà"],
  ["lợn", "heo"],
  ["bắp", "ngô"],
  ["mè", "vừng"],
  ["thơm", "dứa", "khóm"],
  ["mì", "mỳ"],
  ["bánh tráng", "bánh đa nem"],
  ["lạc", "đậu phộng"],
  ["sắn", "khoai mì"],
  ["bí đỏ", "bí ngô"],
  ["hạt điều", "đào lộn hột"],
];

/** Every term of a group maps to every other term, in accented and folded forms. */
export function buildSynonyms(
  groups: readonly (readonly string[])[] = SYNONYM_GROUPS,
): Record<string, string[]> {
  const synonyms: Record<string, Set<string>> = {};
  for (const group of groups) {
    const terms = [...new Set(group.flatMap((t) => [t.toLowerCase(), foldVietnamese(t)]))];
    for (const term of terms) {
      const others = terms.filter((o) => foldVietnamese(o) !== foldVietnamese(term));
      synonyms[term] ??= new Set();
      for (const o of others) synonyms[term].add(o);
    }
  }
  return Object.fromEntries(
    Object.entries(synonyms)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, [...v].sort((a, b) => a.localeCompare(b))]),
  );
}

/** Results reachable by paging; a typed query never needs more than ten pages of twenty. */
export const MAX_TOTAL_HITS = 200;

export const INDEX_SETTINGS = {
  searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
  filterableAttributes: [...FILTERABLE_ATTRIBUTES],
  sortableAttributes: [...SORTABLE_ATTRIBUTES],
  rankingRules: [...RANKING_RULES],
  // Every value of a facet: provinces are 34, groups a handful, stars three.
  faceting: { maxValuesPerFacet: 100 },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  typoTolerance: {
    enabled: true,
    // Vietnamese words are single syllables, mostly four letters or fewer: with the default
    // of five, "thon" could never find "thơm". A typo on the first letter counts as two, so
    // "song" still does not match "ong", nor "huyen" "xuyen".
    minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
  },
  synonyms: buildSynonyms(),
} satisfies Settings;

export type IndexSettings = typeof INDEX_SETTINGS;
type SettingName = keyof IndexSettings;

/** Structural equality that ignores key order (Meilisearch returns objects in its own order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((v, i) => sameValue(v, b[i]))
    );
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    return (
      ka.length === kb.length &&
      ka.every((k) =>
        sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    );
  }
  return a === b;
}

/** Whether the wanted value is already in place; order-free where Meilisearch treats it so. */
function settingMatches(name: SettingName, wanted: unknown, current: unknown): boolean {
  switch (name) {
    case "filterableAttributes":
    case "sortableAttributes": {
      const have = Array.isArray(current) ? [...(current as unknown[])].map(String).sort() : null;
      return have !== null && sameValue([...(wanted as string[])].sort(), have);
    }
    case "synonyms": {
      if (!current || typeof current !== "object") return false;
      const norm = (s: Record<string, unknown>) =>
        Object.fromEntries(
          Object.entries(s).map(([k, v]) => [k, Array.isArray(v) ? [...v].map(String).sort() : v]),
        );
      return sameValue(
        norm(wanted as Record<string, unknown>),
        norm(current as Record<string, unknown>),
      );
    }
    case "faceting":
    case "pagination":
    case "typoTolerance": {
      // Only the keys we set are compared: the server adds others with their defaults.
      if (!current || typeof current !== "object") return false;
      return Object.entries(wanted as Record<string, unknown>).every(([k, v]) => {
        const have = (current as Record<string, unknown>)[k];
        if (v && typeof v === "object" && !Array.isArray(v) && have && typeof have === "object") {
          return Object.entries(v).every(([k2, v2]) =>
            sameValue(v2, (have as Record<string, unknown>)[k2]),
          );
        }
        return sameValue(v, have);
      });
    }
    default:
      return sameValue(wanted, current);
  }
}

/** The settings whose current value differs from the wanted one (empty when all match). */
export function settingsDiff(
  current: Settings,
  wanted: IndexSettings = INDEX_SETTINGS,
): Partial<IndexSettings> {
  const diff: Partial<Record<SettingName, unknown>> = {};
  for (const name of Object.keys(wanted) as SettingName[]) {
    if (!settingMatches(name, wanted[name], current[name])) diff[name] = wanted[name];
  }
  return diff as Partial<IndexSettings>;
}

/** Raised when Meilisearch reports a task it could not complete. */
export class MeiliTaskFailedError extends Error {
  /** Meilisearch's error code, e.g. "index_already_exists"; undefined for a cancelled task. */
  readonly code: string | undefined;
  constructor(what: string, detail: string, code?: string) {
    super(`Meilisearch could not ${what}: ${detail}`);
    this.name = "MeiliTaskFailedError";
    this.code = code;
  }
}

/** Waits for a task and turns a failed or cancelled one into an error. */
export async function completed(
  enqueued: EnqueuedTaskPromise,
  what: string,
  timeoutMs = 120_000,
): Promise<void> {
  const task = await enqueued.waitTask({ timeout: timeoutMs });
  if (task.status !== "succeeded") {
    throw new MeiliTaskFailedError(
      what,
      task.error?.message ?? `task ${task.uid} ended ${task.status}`,
    );
  }
}

/**
 * Brings the index's settings in line with `INDEX_SETTINGS`, sending only what differs (an
 * unchanged setting sent again would still make Meilisearch re-index). Returns the names of
 * the settings it changed.
 */
export async function applySettings(client: Meilisearch, indexUid: string): Promise<SettingName[]> {
  const index = client.index(indexUid);
  const diff = settingsDiff(await index.getSettings());
  const changed = Object.keys(diff) as SettingName[];
  if (changed.length)
    await completed(index.updateSettings(diff), `update the settings of ${indexUid}`);
  return changed;
}
