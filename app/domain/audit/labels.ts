/**
 * The audit log as the official reads it: action and record names in the reader's language
 * (the raw code while a name has no translation yet), times in Vietnam's zone, and the
 * workspace page each record opens in.
 */
import type { Lang, MessageKey, T } from "~/i18n";
import { messages } from "~/i18n/messages";
import { VIETNAM_TZ } from "~/lib/dates";
import type { listAuditEntries } from "./log.server";

const LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

const FORMATS = new Map<Lang, Intl.DateTimeFormat>();

/** "14/03/2026 09:05" in Vietnam time, whatever the server's or the reader's zone. */
export function vietnamDateTime(lang: Lang, iso: string): string {
  let f = FORMATS.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], {
      timeZone: VIETNAM_TZ,
      day: "2-digit",
      month: lang === "vi" ? "2-digit" : "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    FORMATS.set(lang, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  const day =
    lang === "vi"
      ? `${parts.day}/${parts.month}/${parts.year}`
      : `${parts.day} ${parts.month} ${parts.year}`;
  return `${day} ${parts.hour}:${parts.minute}`;
}

/** Pages of the workspace an entry's record opens in, when there is one. */
function entityHref(entityType: string, entityId: string): string | null {
  if (!/^[0-9]+$/.test(entityId)) return null;
  switch (entityType) {
    case "producer":
      return `/admin/producers/${entityId}`;
    case "product":
      return `/admin/products/${entityId}`;
    case "fair":
      return `/admin/fairs/${entityId}`;
    case "showroom":
      return `/admin/showrooms/${entityId}`;
    default:
      return null;
  }
}

/** The translated name of an action or record type, or the raw code when it has none yet. */
function codeLabel(t: T, prefix: "admin.audit.act." | "admin.audit.entity.", code: string) {
  const key = `${prefix}${code}`;
  return key in messages.vi ? t(key as MessageKey) : code;
}

type AuditPage = Awaited<ReturnType<typeof listAuditEntries>>;

/** The page of entries with everything the screen shows already worded. */
export function labelAuditPage(t: T, lang: Lang, page: AuditPage) {
  return {
    ...page,
    actions: page.actions.map((a) => ({ value: a, label: codeLabel(t, "admin.audit.act.", a) })),
    entityTypes: page.entityTypes.map((a) => ({
      value: a,
      label: codeLabel(t, "admin.audit.entity.", a),
    })),
    entries: page.entries.map((e) => ({
      ...e,
      actionLabel: codeLabel(t, "admin.audit.act.", e.action),
      entityLabel: codeLabel(t, "admin.audit.entity.", e.entityType),
      when: vietnamDateTime(lang, e.createdAt),
      href: entityHref(e.entityType, e.entityId),
    })),
  };
}

export type LabelledAuditPage = ReturnType<typeof labelAuditPage>;
