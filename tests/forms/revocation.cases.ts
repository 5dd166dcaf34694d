/**
 * Revocation as a decision and who records what (issue 12): a commune official is refused a
 * provincial revocation on the server (403, nothing written) and may only prepare it; the
 * province returns a prepared entry only with a reason; a commune official cannot confirm.
 */
import { commitSession } from "../../app/web/auth.server";
import { addDays, addMonths, todayInVietnam } from "../../app/lib/dates";
import type { Db } from "../../db/client";
import { seedReferenceData } from "../../db/reference";
import { certificateEntries } from "../../db/schema";
import {
  ensurePlace,
  makeCertificate,
  makeProduct,
  makeProducer,
  makeSignedInUser,
} from "../support/factories";
import { formCase } from "./form-case";

const cookieOf = (setCookie: string) => setCookie.split(";")[0] ?? "";
const today = todayInVietnam();

const revocationForm = {
  decisionNumber: "215/QĐ-UBND",
  decisionDate: addDays(today, -3),
  issuingBody: "UBND tỉnh Phú Thọ",
  issuingLevel: "province",
  groundCode: "vi-pham-an-toan-thuc-pham",
  note: "",
};

/** Phú Thọ's province official, Sông Lô's commune official, a 4★ and a 5★ of Sông Lô, one prepared entry. */
async function phuThoAndSongLo(db: Db) {
  await seedReferenceData(db);
  await ensurePlace(db, {
    provinceCode: "25",
    provinceName: "Tỉnh Phú Thọ",
    communeCode: "08848",
    communeName: "Xã Sông Lô",
  });
  const province = await makeSignedInUser(db, { role: "official", officialPlaceCode: "25" });
  const commune = await makeSignedInUser(db, { role: "official", officialPlaceCode: "08848" });
  const producer = await makeProducer(db, { provinceCode: "25", communeCode: "08848" });
  const product = await makeProduct(db, { producerId: producer.id });
  await makeCertificate(db, {
    productId: product.id,
    stars: 4,
    decisionDate: addMonths(today, -6),
  });
  const national = await makeProduct(db, { producerId: producer.id });
  await makeCertificate(db, {
    productId: national.id,
    stars: 5,
    decisionDate: addMonths(today, -6),
  });
  const awaiting = await makeProduct(db, { producerId: producer.id });
  await makeCertificate(db, {
    productId: awaiting.id,
    stars: 4,
    decisionDate: addMonths(today, -6),
  });
  const [entry] = await db
    .insert(certificateEntries)
    .values({
      productId: awaiting.id,
      kind: "decision",
      status: "prepared",
      decision: {
        stars: 4,
        score: 80,
        decisionNumber: "77/QĐ-UBND",
        decisionDate: addDays(today, -1),
      },
      preparedById: commune.user.id,
    })
    .returning({ id: certificateEntries.id });
  return {
    provinceCookie: cookieOf(await commitSession(province.token)),
    communeCookie: cookieOf(await commitSession(commune.token)),
    productId: product.id,
    nationalId: national.id,
    awaitingId: awaiting.id,
    entryId: entry?.id ?? 0,
  };
}

type State = Awaited<ReturnType<typeof phuThoAndSongLo>>;

export const cases = [
  formCase<State>({
    route: "admin.products.$id.tsx",
    about: "a commune official and a provincial certificate",
    setup: phuThoAndSongLo,
    path: (s) => `/admin/products/${s.productId}`,
    params: (s) => ({ id: String(s.productId) }),
    cookie: (s) => s.communeCookie,
    valid: () => ({ intent: "prepareRevocation", ...revocationForm }),
    bad: [
      {
        name: "revoking directly instead of preparing",
        change: { intent: "revoke" },
        expect: {
          status: 403,
          bare: "refused by level: the answer carries revoke.refused.commune on the form, not a field",
        },
      },
      {
        name: "preparing a revocation dated tomorrow",
        change: { decisionDate: addDays(today, 1) },
        expect: { status: 400, fields: { decisionDate: "revoke.error.decisionDateFuture" } },
      },
    ],
  }),

  formCase<State>({
    route: "admin.products.$id.tsx",
    about: "a national 5★",
    setup: phuThoAndSongLo,
    path: (s) => `/admin/products/${s.nationalId}`,
    params: (s) => ({ id: String(s.nationalId) }),
    cookie: (s) => s.provinceCookie,
    valid: () => ({
      intent: "revoke",
      ...revocationForm,
      issuingLevel: "ministry",
      issuingBody: "Bộ Nông nghiệp và Môi trường",
    }),
    bad: [
      {
        name: "the province revoking what the ministry recognised",
        change: {},
        expect: {
          status: 403,
          bare: "only an administrator revokes a ministry 5★ (revoke.refused.ministry)",
        },
      },
    ],
  }),

  formCase<State>({
    route: "admin.products.$id.tsx",
    about: "the province's answer to a prepared entry",
    setup: phuThoAndSongLo,
    path: (s) => `/admin/products/${s.awaitingId}`,
    params: (s) => ({ id: String(s.awaitingId) }),
    cookie: (s) => s.provinceCookie,
    valid: (s) => ({
      intent: "returnEntry",
      entryId: String(s.entryId),
      returnReason: "Thiếu biên bản",
    }),
    bad: [
      {
        name: "returning without a reason",
        change: { returnReason: " " },
        expect: { status: 400, fields: { returnReason: "entries.error.returnReason" } },
      },
      {
        name: "an entry that does not exist",
        change: { entryId: "987654" },
        expect: { status: 404, bare: "entryId is a hidden field of our pages" },
      },
    ],
  }),

  formCase<State>({
    route: "admin.products.$id.tsx",
    about: "a commune official confirming",
    setup: phuThoAndSongLo,
    path: (s) => `/admin/products/${s.awaitingId}`,
    params: (s) => ({ id: String(s.awaitingId) }),
    cookie: (s) => s.communeCookie,
    valid: (s) => ({ intent: "confirmEntry", entryId: String(s.entryId) }),
    bad: [
      {
        name: "confirming its own entry",
        change: {},
        expect: {
          status: 403,
          bare: "only a province official confirms (entries.refused.commune)",
        },
      },
    ],
  }),
];
