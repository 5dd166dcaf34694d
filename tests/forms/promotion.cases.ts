/**
 * Bad input on the fair and showroom forms of the official workspace: the detail forms (new
 * and edit), the catalogue's entry form (booth or shelf code) and the curation buttons, whose
 * hidden fields only a crafted request changes.
 */
import { randomBytes } from "node:crypto";
import { commitSession } from "../../app/web/auth.server";
import { addDays, todayInVietnam } from "../../app/lib/dates";
import type { Db } from "../../db/client";
import { promotionEntries, promotions } from "../../db/schema";
import {
  ensurePlace,
  makeCertificate,
  makeProduct,
  makeProducer,
  makeSignedInUser,
  makeVisibleProduct,
} from "../support/factories";
import { formCase, type BadSubmission } from "./form-case";

const long = (n: number) => "a".repeat(n);
const hiddenField = (name: string) =>
  `${name} is a hidden field of our pages: only a crafted request changes it`;
const today = todayInVietnam();

/**
 * A Phú Thọ official, a fair and a showroom organised by the province with one public product
 * in each catalogue, a second public product, a 2★ result, and a fair of another province.
 */
async function promotionWorld(db: Db) {
  const phuTho = { provinceCode: "25", provinceName: "Tỉnh Phú Thọ" };
  await ensurePlace(db, { ...phuTho, communeCode: "08848", communeName: "Xã Sông Lô" });
  await ensurePlace(db, { provinceCode: "79", communeCode: "26734" });
  const { token } = await makeSignedInUser(db, { role: "official", officialPlaceCode: "25" });
  const producer = await makeProducer(db, { provinceCode: "25", communeCode: "08848" });
  const listed = (await makeVisibleProduct(db, { producerId: producer.id })).product;
  const other = (await makeVisibleProduct(db, { producerId: producer.id })).product;
  const twoStar = await makeProduct(db, { producerId: producer.id });
  await makeCertificate(db, { productId: twoStar.id, stars: 2, score: 40 });
  const id = randomBytes(4).toString("hex");
  const fair = {
    nameVi: "Hội chợ biểu mẫu",
    venue: "Quảng trường Hùng Vương",
    provinceCode: "25",
    startsOn: today,
    endsOn: addDays(today, 2),
    descriptionVi: "Hội chợ thử các biểu mẫu.",
    organiserPlaceCode: "25",
  };
  const [mine] = await db
    .insert(promotions)
    .values({ ...fair, kind: "fair", slug: `hoi-cho-bieu-mau-${id}` })
    .returning({ id: promotions.id });
  const [theirs] = await db
    .insert(promotions)
    .values({
      ...fair,
      kind: "fair",
      slug: `hoi-cho-noi-khac-${id}`,
      provinceCode: "79",
      organiserPlaceCode: "79",
    })
    .returning({ id: promotions.id });
  const [showroom] = await db
    .insert(promotions)
    .values({
      kind: "showroom",
      slug: `diem-ban-bieu-mau-${id}`,
      nameVi: "Điểm bán biểu mẫu",
      provinceCode: "25",
      communeCode: "08848",
      address: "Trạm dừng nghỉ Sông Lô",
      locationType: "highway_rest_stop",
      openingHours: "7:00–21:00",
      descriptionVi: "Điểm bán thử các biểu mẫu.",
      organiserPlaceCode: "25",
    })
    .returning({ id: promotions.id });
  if (!mine || !theirs || !showroom) throw new Error("promotion world not written");
  await db.insert(promotionEntries).values([
    { promotionId: mine.id, productId: listed.id },
    { promotionId: showroom.id, productId: listed.id },
  ]);
  return {
    cookie: (await commitSession(token)).split(";")[0] ?? "",
    fairId: mine.id,
    otherFairId: theirs.id,
    showroomId: showroom.id,
    listed: listed.id,
    other: other.id,
    twoStar: twoStar.id,
  };
}
type World = Awaited<ReturnType<typeof promotionWorld>>;

const fairForm = {
  nameVi: "Hội chợ OCOP Đất Tổ",
  nameEn: "",
  venue: "Quảng trường Hùng Vương, phường Việt Trì",
  provinceCode: "25",
  startsOn: today,
  endsOn: addDays(today, 3),
  descriptionVi: "Hội chợ sản phẩm OCOP của tỉnh Phú Thọ.",
  descriptionEn: "",
  coverImage: "",
  organiserPlaceCode: "25",
};

const fairFieldCases = <S>(): BadSubmission<S>[] => [
  {
    name: "a one-letter name",
    change: { nameVi: "x" },
    expect: { status: 400, fields: { nameVi: "promo.admin.error.nameVi" } },
  },
  {
    name: "an English name of 161 characters",
    change: { nameEn: long(161) },
    expect: { status: 400, fields: { nameEn: "promo.admin.error.nameEn" } },
  },
  {
    name: "no venue",
    change: { venue: " " },
    expect: { status: 400, fields: { venue: "promo.admin.error.venue" } },
  },
  {
    name: "no province",
    change: { provinceCode: "" },
    expect: { status: 400, fields: { provinceCode: "promo.admin.error.province" } },
  },
  {
    name: "a province that does not exist",
    change: { provinceCode: "99" },
    expect: { status: 400, fields: { provinceCode: "promo.admin.error.province" } },
  },
  {
    name: "30 February",
    change: { startsOn: "2026-02-30" },
    expect: { status: 400, fields: { startsOn: "promo.admin.error.startsOn" } },
  },
  {
    name: "a last day that is not a date",
    change: { endsOn: "tuần sau" },
    expect: { status: 400, fields: { endsOn: "promo.admin.error.endsOn" } },
  },
  {
    name: "a last day before the first",
    change: { endsOn: addDays(today, -1) },
    expect: { status: 400, fields: { endsOn: "promo.admin.error.endsBefore" } },
  },
  {
    name: "a description of five letters",
    change: { descriptionVi: "ngắn" },
    expect: { status: 400, fields: { descriptionVi: "promo.admin.error.descriptionVi" } },
  },
  {
    name: "an English description of 4,001 characters",
    change: { descriptionEn: long(4001) },
    expect: { status: 400, fields: { descriptionEn: "promo.admin.error.descriptionEn" } },
  },
  {
    name: "a javascript: cover image",
    change: { coverImage: "javascript:alert(1)" },
    expect: { status: 400, fields: { coverImage: "promo.admin.error.coverImage" } },
  },
  {
    name: "a protocol-relative cover image",
    change: { coverImage: "//evil.example/a.png" },
    expect: { status: 400, fields: { coverImage: "promo.admin.error.coverImage" } },
  },
  {
    name: "no organiser",
    change: { organiserPlaceCode: "" },
    expect: { status: 400, fields: { organiserPlaceCode: "promo.admin.error.organiser" } },
  },
  {
    name: "another province as organiser",
    change: { organiserPlaceCode: "79" },
    expect: {
      status: 400,
      fields: { organiserPlaceCode: "promo.admin.error.organiserOutOfScope" },
    },
  },
];

const showroomForm = {
  nameVi: "Điểm bán OCOP trạm dừng nghỉ Phù Ninh",
  nameEn: "",
  provinceCode: "25",
  communeCode: "08848",
  address: "Trạm dừng nghỉ km 54, cao tốc Nội Bài – Lào Cai",
  locationType: "highway_rest_stop",
  openingHours: "6:00–22:00 hằng ngày",
  contactPhone: "0912 345 678",
  contactEmail: "diem-ban@example.com",
  descriptionVi: "Quầy sản phẩm OCOP cho khách đi đường.",
  descriptionEn: "",
  coverImage: "",
  organiserPlaceCode: "25",
};

const showroomFieldCases = <S>(): BadSubmission<S>[] => [
  {
    name: "a one-letter name",
    change: { nameVi: "x" },
    expect: { status: 400, fields: { nameVi: "promo.admin.error.nameVi" } },
  },
  {
    name: "no province",
    change: { provinceCode: "" },
    expect: { status: 400, fields: { provinceCode: "promo.admin.error.province" } },
  },
  {
    name: "no commune",
    change: { communeCode: "" },
    expect: { status: 400, fields: { communeCode: "promo.admin.error.commune" } },
  },
  {
    name: "a commune of another province",
    change: { communeCode: "26734" },
    expect: { status: 400, fields: { communeCode: "promo.admin.error.commune" } },
  },
  {
    name: "an address of three letters",
    change: { address: "abc" },
    expect: { status: 400, fields: { address: "promo.admin.error.address" } },
  },
  {
    name: "an unknown type of place",
    change: { locationType: "castle" },
    expect: { status: 400, fields: { locationType: "promo.admin.error.locationType" } },
  },
  {
    name: "no opening hours",
    change: { openingHours: "" },
    expect: { status: 400, fields: { openingHours: "promo.admin.error.openingHours" } },
  },
  {
    name: "a landline-looking phone of nine digits",
    change: { contactPhone: "024 3826 45" },
    expect: { status: 400, fields: { contactPhone: "promo.admin.error.phone" } },
  },
  {
    name: "an email without a domain",
    change: { contactEmail: "diem-ban@" },
    expect: { status: 400, fields: { contactEmail: "promo.admin.error.email" } },
  },
  {
    name: "a description of five letters",
    change: { descriptionVi: "ngắn" },
    expect: { status: 400, fields: { descriptionVi: "promo.admin.error.descriptionVi" } },
  },
  {
    name: "a data: cover image",
    change: { coverImage: "data:image/png;base64,AAAA" },
    expect: { status: 400, fields: { coverImage: "promo.admin.error.coverImage" } },
  },
  {
    name: "another province as organiser",
    change: { organiserPlaceCode: "79" },
    expect: {
      status: 400,
      fields: { organiserPlaceCode: "promo.admin.error.organiserOutOfScope" },
    },
  },
];

/** The curation buttons and the entry form, the same on a fair's and a showroom's page. */
const curationCases = (): BadSubmission<World>[] => [
  {
    name: "a booth code with markup",
    form: (s) => ({ intent: "entry", productId: String(s.listed), code: "<b>A1</b>" }),
    expect: { status: 400, fields: { code: "promo.admin.error.code" } },
  },
  {
    name: "a booth code of 21 characters",
    form: (s) => ({ intent: "entry", productId: String(s.listed), code: long(21) }),
    expect: { status: 400, fields: { code: "promo.admin.error.code" } },
  },
  {
    name: "adding a 2★ result",
    form: (s) => ({ intent: "add", productId: String(s.twoStar) }),
    expect: { status: 422, bare: hiddenField("productId") },
  },
  {
    name: "adding a product already in the catalogue",
    form: (s) => ({ intent: "add", productId: String(s.listed) }),
    expect: { status: 422, bare: hiddenField("productId") },
  },
  {
    name: "moving a product that is not in the catalogue",
    form: (s) => ({ intent: "up", productId: String(s.other) }),
    expect: { status: 422, bare: hiddenField("productId") },
  },
  {
    name: "removing with a product id that is not a number",
    form: () => ({ intent: "remove", productId: "abc" }),
    expect: { status: 400, bare: hiddenField("productId") },
  },
  {
    name: "an unknown intent",
    form: () => ({ intent: "delete-everything" }),
    expect: { status: 400, bare: hiddenField("intent") },
  },
];

export const cases = [
  formCase<World>({
    route: "admin.fairs.new.tsx",
    setup: promotionWorld,
    path: () => "/admin/fairs/new",
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "create", ...fairForm }),
    bad: fairFieldCases(),
  }),
  formCase<World>({
    route: "admin.fairs.$id.tsx",
    about: "the fair's details",
    setup: promotionWorld,
    path: (s) => `/admin/fairs/${s.fairId}`,
    params: (s) => ({ id: String(s.fairId) }),
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "details", ...fairForm }),
    bad: fairFieldCases(),
  }),
  formCase<World>({
    route: "admin.fairs.$id.tsx",
    about: "the fair's catalogue",
    setup: promotionWorld,
    path: (s) => `/admin/fairs/${s.fairId}`,
    params: (s) => ({ id: String(s.fairId) }),
    cookie: (s) => s.cookie,
    valid: (s) => ({ intent: "entry", productId: String(s.listed), code: "A-12", featured: "on" }),
    bad: curationCases(),
  }),
  formCase<World>({
    route: "admin.fairs.$id.tsx",
    about: "another province's fair",
    setup: promotionWorld,
    path: (s) => `/admin/fairs/${s.otherFairId}`,
    params: (s) => ({ id: String(s.otherFairId) }),
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "publish" }),
    bad: [
      {
        name: "publishing it",
        change: {},
        expect: { status: 404, bare: "a fair out of the official's scope is answered as missing" },
      },
      {
        name: "editing it with a bad form",
        form: () => ({ intent: "details", nameVi: "x" }),
        expect: {
          status: 404,
          bare: "out of scope learns nothing, not even that its form was wrong",
        },
      },
    ],
  }),
  formCase<World>({
    route: "admin.showrooms.new.tsx",
    setup: promotionWorld,
    path: () => "/admin/showrooms/new",
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "create", ...showroomForm }),
    bad: showroomFieldCases(),
  }),
  formCase<World>({
    route: "admin.showrooms.$id.tsx",
    about: "the showroom's details",
    setup: promotionWorld,
    path: (s) => `/admin/showrooms/${s.showroomId}`,
    params: (s) => ({ id: String(s.showroomId) }),
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "details", ...showroomForm }),
    bad: showroomFieldCases(),
  }),
  formCase<World>({
    route: "admin.showrooms.$id.tsx",
    about: "the showroom's shelves",
    setup: promotionWorld,
    path: (s) => `/admin/showrooms/${s.showroomId}`,
    params: (s) => ({ id: String(s.showroomId) }),
    cookie: (s) => s.cookie,
    valid: (s) => ({ intent: "entry", productId: String(s.listed), code: "Kệ 3" }),
    bad: curationCases(),
  }),
];
