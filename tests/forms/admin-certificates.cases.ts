/**
 * Bad input on the certified-product pages of the official workspace: onboarding a product
 * with its certificate, a renewal or regrade, a revocation, and the import of a recognition
 * decision (the decision's fields, and files whose rows are wrong).
 */
import { and, eq } from "drizzle-orm";
import { commitSession } from "../../app/web/auth.server";
import { addDays, addMonths, todayInVietnam } from "../../app/lib/dates";
import type { Db } from "../../db/client";
import { seedReferenceData } from "../../db/reference";
import { productGroups, productSets } from "../../db/schema";
import {
  ensurePlace,
  makeCertificate,
  makeProduct,
  makeProducer,
  makeSignedInUser,
} from "../support/factories";
import { formCase, type BadSubmission } from "./form-case";

const long = (n: number) => "a".repeat(n);
const cookieOf = (setCookie: string) => setCookie.split(";")[0] ?? "";
const today = todayInVietnam();
const CURRENT_DECISION_DATE = addMonths(today, -6);

async function setIdOf(db: Db, basis: string, code: string): Promise<number> {
  const [row] = await db
    .select({ id: productSets.id })
    .from(productSets)
    .innerJoin(productGroups, eq(productGroups.id, productSets.groupId))
    .where(and(eq(productGroups.legalBasisCode, basis), eq(productSets.code, code)));
  if (!row) throw new Error(`no product set ${basis}/${code}`);
  return row.id;
}

/** Phú Thọ and Hà Nội, a province official of Phú Thọ, producers in and out of the unit. */
async function officialOfPhuTho(db: Db) {
  await seedReferenceData(db);
  const phuTho = { provinceCode: "25", provinceName: "Tỉnh Phú Thọ" };
  await ensurePlace(db, { ...phuTho, communeCode: "08848", communeName: "Xã Sông Lô" });
  await ensurePlace(db, { provinceCode: "01", communeCode: "00004" });
  const { token } = await makeSignedInUser(db, { role: "official", officialPlaceCode: "25" });
  const producer = await makeProducer(db, { provinceCode: "25", communeCode: "08848" });
  const elsewhere = await makeProducer(db, { provinceCode: "01", communeCode: "00004" });
  const product = await makeProduct(db, { producerId: producer.id });
  await makeCertificate(db, {
    productId: product.id,
    stars: 4,
    decisionNumber: "1111/QĐ-UBND",
    decisionDate: CURRENT_DECISION_DATE,
  });
  const uncertified = await makeProduct(db, { producerId: producer.id });
  return {
    cookie: cookieOf(await commitSession(token)),
    producerId: producer.id,
    elsewhereId: elsewhere.id,
    productId: product.id,
    uncertifiedId: uncertified.id,
    setId: await setIdOf(db, "2023", "thuc-pham-tho-so-che"),
    oldSetId: await setIdOf(db, "2019", "thuc-pham-tho-so-che"),
  };
}

type Official = Awaited<ReturnType<typeof officialOfPhuTho>>;

/** A revoking decision of the province, under the rules in force three days ago. */
const revocationForm = {
  decisionNumber: "215/QĐ-UBND",
  decisionDate: addDays(today, -3),
  issuingBody: "UBND tỉnh Phú Thọ",
  issuingLevel: "province",
  groundCode: "vi-pham-an-toan-thuc-pham",
  note: "",
};

const decisionForm = {
  score: "78",
  stars: "",
  decisionNumber: "2222/QĐ-UBND",
  decisionDate: addDays(today, -10),
  issuingBody: "UBND tỉnh Phú Thọ",
  issuingLevel: "province",
  legalBasisCode: "",
};

/** One bad value per field of a decision, and the rules across them. */
const decisionCases = <S>(): BadSubmission<S>[] => [
  {
    name: "a score of 101",
    change: { score: "101" },
    expect: { status: 400, fields: { score: "acert.error.score" } },
  },
  {
    name: "a score with a fraction",
    change: { score: "72.5" },
    expect: { status: 400, fields: { score: "acert.error.score" } },
  },
  {
    name: "six stars",
    change: { score: "", stars: "6" },
    expect: { status: 400, fields: { stars: "acert.error.stars" } },
  },
  {
    name: "a score and stars that disagree",
    change: { score: "78", stars: "5" },
    expect: { status: 400, fields: { stars: "acert.error.starsDisagree" } },
  },
  {
    name: "neither a score nor stars",
    change: { score: "", stars: "" },
    expect: { status: 400, fields: { score: "acert.error.scoreOrStars" } },
  },
  {
    name: "a decision number without its sign",
    change: { decisionNumber: "2222" },
    expect: { status: 400, fields: { decisionNumber: "acert.error.decisionNumber" } },
  },
  {
    name: "a decision date that does not exist",
    change: { decisionDate: "2025-02-30" },
    expect: { status: 400, fields: { decisionDate: "acert.error.decisionDate" } },
  },
  {
    name: "a decision date tomorrow",
    change: { decisionDate: addDays(today, 1) },
    expect: { status: 400, fields: { decisionDate: "acert.error.decisionDateFuture" } },
  },
  {
    name: "a decision date in 2017",
    change: { decisionDate: "2017-12-31" },
    expect: { status: 400, fields: { decisionDate: "acert.error.decisionDateTooOld" } },
  },
  {
    name: "no issuing body",
    change: { issuingBody: " " },
    expect: { status: 400, fields: { issuingBody: "acert.error.issuingBody" } },
  },
  {
    name: "an unknown issuing level",
    change: { issuingLevel: "city" },
    expect: { status: 400, fields: { issuingLevel: "acert.error.issuingLevel" } },
  },
  {
    name: "an unknown legal basis",
    change: { legalBasisCode: "1999" },
    expect: { status: 400, fields: { legalBasisCode: "acert.error.legalBasis" } },
  },
  {
    name: "rules that took effect after the decision",
    change: { decisionDate: "2024-03-01", legalBasisCode: "2026" },
    expect: { status: 400, fields: { legalBasisCode: "acert.error.legalBasisLater" } },
  },
  {
    name: "a recognition without a decision number",
    change: { decisionNumber: "" },
    expect: { status: 400, fields: { decisionNumber: "acert.error.decisionNumber" } },
  },
  {
    name: "a 2★ evaluation result given a document number (26/2026)",
    change: { score: "40" },
    expect: { status: 400, fields: { decisionNumber: "acert.error.evaluationNoNumber" } },
  },
  {
    name: "a not-achieved result without the council's score",
    change: { score: "", stars: "4", notAchieved: "on", decisionNumber: "" },
    expect: { status: 400, fields: { score: "acert.error.notAchievedScore" } },
  },
  {
    name: "5★ recognised by the province",
    change: { score: "93" },
    expect: { status: 400, fields: { issuingLevel: "acert.error.fiveStarsMinistry" } },
  },
  {
    name: "4★ recognised by the ministry",
    change: { issuingLevel: "ministry" },
    expect: { status: 400, fields: { issuingLevel: "acert.error.ministryFiveOnly" } },
  },
  {
    name: "a district decision after districts were abolished",
    change: { score: "", stars: "3", issuingLevel: "district" },
    expect: { status: 400, fields: { issuingLevel: "acert.error.districtAbolished" } },
  },
  {
    name: "a district decision under the 2019 rules",
    change: { score: "", stars: "3", issuingLevel: "district", decisionDate: "2021-06-01" },
    expect: { status: 400, fields: { issuingLevel: "acert.error.districtOnly2023" } },
  },
  {
    name: "a district recognising 4★",
    change: { issuingLevel: "district", decisionDate: "2024-06-01" },
    expect: { status: 400, fields: { issuingLevel: "acert.error.districtThreeMax" } },
  },
];

const productForm = (s: Official) => ({
  producerId: String(s.producerId),
  nameVi: "Mật ong hoa nhãn Sông Lô",
  nameEn: "Longan honey",
  productSetId: String(s.setId),
  descriptionVi: "Mật ong nguyên chất từ vườn nhãn ven sông Lô.",
  descriptionEn: "",
  unitVi: "Chai 500 ml",
  unitEn: "500 ml bottle",
  priceVnd: "150.000",
  stock: "12",
  addressPrinted: "",
  ...decisionForm,
});

/** A multipart upload, as the import page sends it (with the site's Origin). */
function multipart(fields: Record<string, string>, file?: { name: string; text: string }) {
  const boundary = "----ocop-form-walker";
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  if (file) {
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
        `Content-Type: text/csv\r\n\r\n${file.text}\r\n`,
    );
  }
  return {
    body: `${parts.join("")}--${boundary}--\r\n`,
    headers: {
      "Content-Type": `multipart/form-data; boundary=${boundary}`,
      Origin: "http://localhost",
    },
  };
}

const importDecision = {
  decisionNumber: "3333/QĐ-UBND",
  decisionDate: addDays(today, -5),
  issuingBody: "UBND tỉnh Phú Thọ",
  issuingLevel: "province",
  legalBasisCode: "",
};
const HEADER =
  "Tên sản phẩm,Mã bộ sản phẩm,Tên chủ thể,Loại hình,Tỉnh,Xã,Địa chỉ,Điểm,Hạng sao,Giá,Đơn vị";

export const cases = [
  formCase({
    route: "admin.products.new.tsx",
    setup: officialOfPhuTho,
    path: () => "/admin/products/new",
    cookie: (s) => s.cookie,
    valid: productForm,
    bad: [
      {
        name: "no product name",
        change: { nameVi: " " },
        expect: { status: 400, fields: { nameVi: "acert.error.nameVi" } },
      },
      {
        name: "a product name of 201 characters",
        change: { nameVi: long(201) },
        expect: { status: 400, fields: { nameVi: "acert.error.nameVi" } },
      },
      {
        name: "an English name of 201 characters",
        change: { nameEn: long(201) },
        expect: { status: 400, fields: { nameEn: "acert.error.nameEn" } },
      },
      {
        name: "no product set",
        change: { productSetId: "" },
        expect: { status: 400, fields: { productSetId: "acert.error.productSet" } },
      },
      {
        name: "a product set of the 2019 scheme",
        form: (s) => ({ ...productForm(s), productSetId: String(s.oldSetId) }),
        expect: { status: 400, fields: { productSetId: "acert.error.productSet" } },
      },
      {
        name: "a description of a few words",
        change: { descriptionVi: "Ngon." },
        expect: { status: 400, fields: { descriptionVi: "acert.error.descriptionVi" } },
      },
      {
        name: "an English description of 5,001 characters",
        change: { descriptionEn: long(5001) },
        expect: { status: 400, fields: { descriptionEn: "acert.error.descriptionEn" } },
      },
      {
        name: "no unit",
        change: { unitVi: "" },
        expect: { status: 400, fields: { unitVi: "acert.error.unitVi" } },
      },
      {
        name: "an English unit of 101 characters",
        change: { unitEn: long(101) },
        expect: { status: 400, fields: { unitEn: "acert.error.unitEn" } },
      },
      {
        name: "a price of 0 đồng",
        change: { priceVnd: "0" },
        expect: { status: 400, fields: { priceVnd: "acert.error.price" } },
      },
      {
        name: "a price with a fraction",
        change: { priceVnd: "12,5" },
        expect: { status: 400, fields: { priceVnd: "acert.error.price" } },
      },
      {
        name: "a price in words",
        change: { priceVnd: "một trăm nghìn" },
        expect: { status: 400, fields: { priceVnd: "acert.error.price" } },
      },
      {
        name: "a negative stock",
        change: { stock: "-1" },
        expect: { status: 400, fields: { stock: "acert.error.stock" } },
      },
      {
        name: "a stock of 100,001",
        change: { stock: "100001" },
        expect: { status: 400, fields: { stock: "acert.error.stock" } },
      },
      {
        name: "a printed address of 301 characters",
        change: { addressPrinted: long(301) },
        expect: { status: 400, fields: { addressPrinted: "acert.error.addressPrinted" } },
      },
      {
        name: "a producer of another unit",
        form: (s) => ({ ...productForm(s), producerId: String(s.elsewhereId) }),
        expect: { status: 400, fields: { producerId: "acert.error.producer" } },
      },
      {
        name: "no producer",
        change: { producerId: "" },
        expect: { status: 400, fields: { producerId: "acert.error.producer" } },
      },
      ...decisionCases<Official>(),
      {
        name: "nothing at all",
        form: () => ({}),
        expect: {
          status: 400,
          fields: {
            producerId: "acert.error.producer",
            nameVi: "acert.error.nameVi",
            productSetId: "acert.error.productSet",
            descriptionVi: "acert.error.descriptionVi",
            unitVi: "acert.error.unitVi",
            priceVnd: "acert.error.price",
            decisionDate: "acert.error.decisionDate",
            issuingBody: "acert.error.issuingBody",
            issuingLevel: "acert.error.issuingLevel",
          },
        },
      },
    ],
  }),

  formCase({
    route: "admin.products.$id.tsx",
    about: "renewing or regrading",
    setup: officialOfPhuTho,
    path: (s) => `/admin/products/${s.productId}`,
    params: (s) => ({ id: String(s.productId) }),
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "decision", ...decisionForm }),
    bad: [
      ...decisionCases<Official>(),
      {
        name: "a decision older than the current one",
        change: { decisionDate: addDays(CURRENT_DECISION_DATE, -1) },
        expect: { status: 400, fields: { decisionDate: "acert.error.decisionBeforeCurrent" } },
      },
      {
        name: "the current decision once more",
        change: { decisionNumber: "1111/QĐ-UBND", decisionDate: CURRENT_DECISION_DATE },
        expect: { status: 400, fields: { decisionNumber: "acert.error.decisionAlreadyRecorded" } },
      },
      {
        name: "an unknown intent",
        change: { intent: "delete" },
        expect: { status: 400, bare: "intent is a hidden field of our pages" },
      },
    ],
  }),

  formCase({
    route: "admin.products.$id.tsx",
    about: "revoking by decision",
    setup: officialOfPhuTho,
    path: (s) => `/admin/products/${s.productId}`,
    params: (s) => ({ id: String(s.productId) }),
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "revoke", ...revocationForm }),
    bad: [
      {
        name: "no decision number",
        change: { decisionNumber: "  " },
        expect: { status: 400, fields: { decisionNumber: "revoke.error.decisionNumber" } },
      },
      {
        name: "a decision dated tomorrow",
        change: { decisionDate: addDays(today, 1) },
        expect: { status: 400, fields: { decisionDate: "revoke.error.decisionDateFuture" } },
      },
      {
        name: "a decision dated before the certificate's",
        change: { decisionDate: addDays(CURRENT_DECISION_DATE, -1) },
        expect: {
          status: 400,
          fields: { decisionDate: "revoke.error.decisionDateBeforeCertificate" },
        },
      },
      {
        name: "no ground",
        change: { groundCode: "" },
        expect: { status: 400, fields: { groundCode: "revoke.error.ground" } },
      },
      {
        name: "a ground of no rules",
        change: { groundCode: "khong-thich" },
        expect: { status: 400, fields: { groundCode: "revoke.error.groundForDate" } },
      },
      {
        name: "no issuing body",
        change: { issuingBody: "" },
        expect: { status: 400, fields: { issuingBody: "revoke.error.issuingBody" } },
      },
      {
        name: "a note of 501 characters",
        change: { note: long(501) },
        expect: { status: 400, fields: { note: "revoke.error.noteTooLong" } },
      },
    ],
  }),

  formCase({
    route: "admin.products.$id.tsx",
    about: "revoking a product without a current certificate",
    setup: officialOfPhuTho,
    path: (s) => `/admin/products/${s.uncertifiedId}`,
    params: (s) => ({ id: String(s.uncertifiedId) }),
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "revoke", ...revocationForm }),
    bad: [
      {
        name: "nothing to revoke",
        change: {},
        expect: { status: 400, fields: { decisionNumber: "acert.error.noActiveCertificate" } },
      },
    ],
  }),

  formCase({
    route: "admin.import.tsx",
    setup: officialOfPhuTho,
    path: () => "/admin/import",
    cookie: (s) => s.cookie,
    valid: () => importDecision,
    bad: [
      {
        name: "a decision number without its sign, and no file",
        change: { decisionNumber: "3333" },
        expect: {
          status: 400,
          fields: {
            decisionNumber: "acert.error.decisionNumber",
            file: "acert.import.fileRequired",
          },
        },
      },
      {
        name: "a decision date tomorrow, and no file",
        change: { decisionDate: addDays(today, 1) },
        expect: {
          status: 400,
          fields: {
            decisionDate: "acert.error.decisionDateFuture",
            file: "acert.import.fileRequired",
          },
        },
      },
      {
        name: "no issuing body and an unknown level, and no file",
        change: { issuingBody: "", issuingLevel: "city" },
        expect: {
          status: 400,
          fields: {
            issuingBody: "acert.error.issuingBody",
            issuingLevel: "acert.error.issuingLevel",
            file: "acert.import.fileRequired",
          },
        },
      },
      {
        name: "rules that took effect after the decision, and no file",
        change: { decisionDate: "2024-03-01", legalBasisCode: "2026" },
        expect: {
          status: 400,
          fields: {
            legalBasisCode: "acert.error.legalBasisLater",
            file: "acert.import.fileRequired",
          },
        },
      },
      {
        name: "an import naming a file that was never kept",
        change: { intent: "import", token: "0123456789abcdef0123456789abcdef" },
        expect: { status: 400, fields: { file: "acert.import.stashExpired" } },
      },
      {
        name: "a file with a bad row: a report, nothing written",
        raw: () =>
          multipart(importDecision, {
            name: "phu-luc.csv",
            text: `${HEADER}\nMật ong,thuc-pham-tho-so-che,HTX Ong,HTX,25,Xã Không Có,Thôn 1 xã Sông Lô,78,,150000,Chai\n`,
          }),
        expect: { status: 422, fields: {} },
      },
      {
        name: "a file of another unit's communes, imported at once: refused whole",
        raw: () =>
          multipart(
            { ...importDecision, intent: "import" },
            {
              name: "phu-luc.csv",
              text: `${HEADER}\nBánh cốm,thuc-pham-che-bien,Cơ sở Cốm,Hộ kinh doanh,01,00004,Phố Hàng Than,80,,90000,Hộp\n`,
            },
          ),
        expect: { status: 422, fields: {} },
      },
      {
        name: "a file that is not a table",
        raw: () => multipart(importDecision, { name: "ghi-chu.csv", text: "xin chào\n" }),
        expect: { status: 422, fields: {} },
      },
      {
        name: "a bad decision with a good file",
        raw: () =>
          multipart(
            { ...importDecision, decisionNumber: "" },
            {
              name: "phu-luc.csv",
              text: `${HEADER}\nMật ong,thuc-pham-tho-so-che,HTX Ong,HTX,25,08848,Thôn 1 xã Sông Lô,78,,150000,Chai\n`,
            },
          ),
        expect: { status: 400, fields: { decisionNumber: "acert.error.decisionNumber" } },
      },
    ],
  }),
];
