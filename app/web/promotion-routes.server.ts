/**
 * The loaders and actions of the fair and showroom pages, written once and bound to a kind by
 * each route file (`export const loader = adminPromotionLoader("fair")`). The URLs stay as they
 * were: /fairs…, /showrooms…, /admin/fairs…, /admin/showrooms….
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { listCommunes, listProvinces } from "~/domain/place/places.server";
import {
  createPromotion,
  fairPhase,
  getPromotionForOfficial,
  getPublicPromotion,
  listPromotionsForOfficial,
  listPublicFairs,
  listPublicShowrooms,
  organiserOptions,
  promotionInScope,
  searchPickerProducts,
  showroomIdFromLegacy,
  updatePromotion,
} from "~/domain/promotion/promotion.server";
import {
  parsePromotionForm,
  parseShowroomFilters,
  PROMO_SLUG,
  PROMOTION_FORMS,
  PROMOTION_PATHS,
  type PromotionKind,
} from "~/domain/promotion/schemas";
import { makeT, pick, type MessageKey } from "~/i18n";
import { getConfig } from "~/infra/config.server";
import { todayInVietnam } from "~/lib/dates";
import { formatDateRange } from "~/components/promotion/date-range";
import { printEntries } from "./print-entries.server";
import {
  curationAction,
  DONE_FLASHES,
  entryFailure,
  isCurationIntent,
} from "./promotion-actions.server";
import { enter, enterAction, notFound, reply } from "./route.server";

const OFFICIAL = { role: ["official"] } as const;

const TITLES = {
  fair: { list: "promo.admin.fairs.title", new: "promo.admin.fairs.newTitle" },
  showroom: { list: "promo.admin.showrooms.title", new: "promo.admin.showrooms.newTitle" },
} as const satisfies Record<PromotionKind, Record<string, MessageKey>>;

/** The form's values as typed, every field of the kind present ("" when empty). */
function typedValues(kind: PromotionKind, form: FormData) {
  const { fields } = PROMOTION_FORMS[kind];
  const raw = formFields(form, fields);
  return { raw, values: Object.fromEntries(fields.map((f) => [f, raw[f] ?? ""])) };
}

/** A showroom's form offers the communes of the province chosen; a fair's has none. */
async function communesFor(
  db: Parameters<typeof listCommunes>[0],
  kind: PromotionKind,
  province: string | undefined,
) {
  return kind === "showroom" && province && /^[0-9]{2}$/.test(province)
    ? listCommunes(db, province)
    : [];
}

// ——— The workspace ———

export function adminListLoader(kind: PromotionKind) {
  return async (args: LoaderFunctionArgs) => {
    const { user, db, lang } = await enter(args, OFFICIAL);
    const today = todayInVietnam();
    const items = (await listPromotionsForOfficial(db, user, kind)).map((p) => ({
      ...p,
      phase: p.kind === "fair" ? fairPhase(p, today) : null,
    }));
    const t = makeT(lang);
    return reply({
      kind,
      items,
      meta: { title: `${t(TITLES[kind].list)} · ${t("admin.workspace")}` },
    });
  };
}

export function newPromotionLoader(kind: PromotionKind) {
  return async (args: LoaderFunctionArgs) => {
    const { user, db, lang } = await enter(args, OFFICIAL);
    const ownProvince = user.officialPlaceCode?.length === 2 ? user.officialPlaceCode : "";
    const [provinces, organisers, communes] = await Promise.all([
      listProvinces(db),
      organiserOptions(db, user),
      communesFor(db, kind, ownProvince),
    ]);
    const t = makeT(lang);
    return reply({
      kind,
      provinces,
      organisers,
      communes,
      defaults: { provinceCode: ownProvince, organiserPlaceCode: user.officialPlaceCode ?? "" },
      meta: { title: `${t(TITLES[kind].new)} · ${t("admin.workspace")}` },
    });
  };
}

export function newPromotionAction(kind: PromotionKind) {
  return async (args: ActionFunctionArgs) => {
    const { user, db, form, intent } = await enterAction(args, OFFICIAL);
    const { raw, values } = typedValues(kind, form);
    const answer = async (errors: FieldErrors, status: number) =>
      reply({ values, errors, communes: await communesFor(db, kind, values.provinceCode) }, status);
    // Without JavaScript: the province was chosen, the page comes back with its communes.
    if (kind === "showroom" && intent === "province") return answer({}, 200);
    const parsed = parsePromotionForm(kind, raw);
    if (!parsed.success) return answer(fieldErrors(parsed.error), 400);
    const result = await createPromotion(db, user, parsed.data);
    if (!result.ok) return answer("fieldErrors" in result ? result.fieldErrors : {}, 400);
    return redirect(`${PROMOTION_PATHS[kind].admin}/${result.id}?done=created`, 303);
  };
}

export function adminPromotionLoader(kind: PromotionKind) {
  return async (args: LoaderFunctionArgs) => {
    const { user, db, lang, query, id: param } = await enter(args, OFFICIAL);
    const id = param();
    const today = todayInVietnam();
    const promotion = await getPromotionForOfficial(db, user, kind, id, today);
    if (!promotion) {
      // A showroom's address from before fairs and showrooms shared one table.
      const current = kind === "showroom" ? await showroomIdFromLegacy(db, user, id) : null;
      if (current !== null) throw redirect(`${PROMOTION_PATHS[kind].admin}/${current}`, 301);
      throw notFound();
    }
    const q = (query.get("q") ?? "").replace(/\s+/g, " ").trim().slice(0, 100);
    const [results, provinces, organisers, communes] = await Promise.all([
      q ? searchPickerProducts(db, today, q, id) : Promise.resolve([]),
      listProvinces(db),
      organiserOptions(db, user),
      communesFor(db, kind, promotion.provinceCode),
    ]);
    const done = query.get("done");
    const t = makeT(lang);
    return reply({
      promotion,
      phase: promotion.kind === "fair" ? fairPhase(promotion, today) : null,
      q,
      results,
      provinces,
      communes,
      // The current organiser stays choosable even when it is not one of the user's options.
      organisers: organisers.some((o) => o.code === promotion.organiserPlaceCode)
        ? organisers
        : [
            {
              code: promotion.organiserPlaceCode,
              name: promotion.organiserName,
              level: "province" as const,
            },
            ...organisers,
          ],
      flash: (done && DONE_FLASHES[done]) || null,
      meta: { title: `${promotion.nameVi} · ${t("admin.workspace")}` },
    });
  };
}

export function adminPromotionAction(kind: PromotionKind) {
  return async (args: ActionFunctionArgs) => {
    const { user, db, id: param, form, intent } = await enterAction(args, OFFICIAL);
    const id = param();
    // Out of scope learns nothing, not even that its form was wrong: checked before validating.
    if (!(await promotionInScope(db, user, kind, id))) {
      const current = kind === "showroom" ? await showroomIdFromLegacy(db, user, id) : null;
      // An old showroom address posts to the new one (308 keeps the method and the form).
      if (current !== null) throw redirect(`${PROMOTION_PATHS[kind].admin}/${current}`, 308);
      throw notFound();
    }
    if (intent === "details" || (kind === "showroom" && intent === "province")) {
      const { raw, values } = typedValues(kind, form);
      const answer = async (errors: FieldErrors, status: number) =>
        reply(
          {
            form: "details" as const,
            values,
            errors,
            communes: await communesFor(db, kind, values.provinceCode),
          },
          status,
        );
      if (intent === "province") return answer({}, 200);
      const parsed = parsePromotionForm(kind, raw);
      if (!parsed.success) return answer(fieldErrors(parsed.error), 400);
      const result = await updatePromotion(db, user, id, parsed.data);
      if (!result.ok) {
        if (result.notFound) throw notFound();
        return answer(result.fieldErrors, 400);
      }
      return redirect(`${PROMOTION_PATHS[kind].admin}/${id}?done=saved#details`, 303);
    }
    if (isCurationIntent(intent)) return curationAction(db, user, kind, id, intent, form);
    return reply(entryFailure(null, { message: "promo.admin.error.intent" }), 400);
  };
}

// ——— The public pages ———

/** /fairs: the fairs running or to come, then the latest past ones. */
export async function publicFairsLoader(args: LoaderFunctionArgs) {
  const { db, lang } = await enter(args, "public");
  const t = makeT(lang);
  return {
    fairs: await listPublicFairs(db, todayInVietnam()),
    meta: {
      title: `${t("promo.fairs.title")} · ${t("site.name")}`,
      description: t("promo.fairs.lead"),
      canonical: `${getConfig().siteUrl}${PROMOTION_PATHS.fair.public}`,
      noindex: false,
    },
  };
}

/** /showrooms: the showrooms, filtered by province and location type (a filtered list is not indexed). */
export async function publicShowroomsLoader(args: LoaderFunctionArgs) {
  const { db, lang, query } = await enter(args, "public");
  const t = makeT(lang);
  const filters = parseShowroomFilters(query);
  return {
    filters,
    list: await listPublicShowrooms(db, todayInVietnam(), filters),
    meta: {
      title: `${t("promo.showrooms.title")} · ${t("site.name")}`,
      description: t("promo.showrooms.lead"),
      canonical: `${getConfig().siteUrl}${PROMOTION_PATHS.showroom.public}`,
      noindex: Boolean(filters.province || filters.type),
    },
  };
}

/** The published fair or showroom of the URL's slug; drafts and unknown ones look alike (404). */
async function publishedFromSlug(args: LoaderFunctionArgs, kind: PromotionKind) {
  const slug = args.params.slug ?? "";
  if (!PROMO_SLUG.test(slug)) throw notFound();
  const { db, lang } = await enter(args, "public");
  const today = todayInVietnam();
  const promotion = await getPublicPromotion(db, kind, slug, today);
  if (!promotion) throw notFound();
  return { promotion, lang, today };
}

export function publicPromotionLoader(kind: PromotionKind) {
  return async (args: LoaderFunctionArgs) => {
    const { promotion, lang } = await publishedFromSlug(args, kind);
    const t = makeT(lang);
    const name = pick(lang, promotion.nameVi, promotion.nameEn);
    const description =
      promotion.kind === "fair"
        ? t("promo.fair.metaDescription", {
            name,
            dates: formatDateRange(lang, promotion.startsOn, promotion.endsOn),
            venue: `${promotion.venue}, ${promotion.provinceName}`,
          })
        : t("promo.showroom.metaDescription", {
            name,
            address: `${promotion.address}, ${promotion.communeName}, ${promotion.provinceName}`,
            hours: promotion.openingHours,
          });
    return {
      promotion,
      meta: {
        title: `${name} · ${t("site.name")}`,
        description,
        canonical: `${getConfig().siteUrl}${PROMOTION_PATHS[kind].public}/${promotion.slug}`,
      },
    };
  };
}

export function printLoader(kind: PromotionKind) {
  return async (args: LoaderFunctionArgs) => {
    const { promotion, lang, today } = await publishedFromSlug(args, kind);
    const { siteUrl } = getConfig();
    const t = makeT(lang);
    const { entries, ...rest } = promotion;
    return {
      promotion: rest,
      entries: await printEntries(entries, siteUrl),
      siteUrl,
      today,
      meta: {
        title: `${pick(lang, promotion.nameVi, promotion.nameEn)} – ${t("promo.print.title")} · ${t("site.name")}`,
      },
    };
  };
}
