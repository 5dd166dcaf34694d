/**
 * The official's scope is one rule (scope.server.ts). Two uses of it must agree for every kind
 * of unit an official can act for — a province, a commune, a former province, district or
 * commune: whether a fair organised by a unit is in the official's list, and whether the
 * official may organise a fair for that unit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { legacyPlaces } from "../../../db/schema";
import { ensurePlace, makeUser } from "../../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { addDays } from "../../lib/dates";
import type { SessionUser } from "../account/accounts.server";
import type { PromotionInput } from "../promotion/schemas";
import { createPromotion, getPromotionForOfficial } from "../promotion/promotion.server";

const TODAY = "2026-03-10";
const UNITS = ["25", "08848", "08866", "01", "00004"] as const;
type Unit = (typeof UNITS)[number];

/** Who covers which of today's units: the rule as the programme has it. */
const EXPECTED: Record<string, Unit[]> = {
  "province 25": ["25", "08848", "08866"],
  "commune 08848": ["08848"],
  // Former units reach today's communes their own communes were merged into, not a province.
  "former province Vĩnh Phúc": ["08848"],
  "former district Sông Lô": ["08848"],
  "former commune Đồng Thịnh": ["08848"],
  "former province Hà Tây": [],
  administrator: [...UNITS],
};

function fairInput(organiserPlaceCode: string): PromotionInput {
  return {
    kind: "fair",
    nameVi: `Hội chợ OCOP ${organiserPlaceCode}`,
    nameEn: null,
    venue: "Nhà văn hoá",
    provinceCode:
      organiserPlaceCode.length === 2
        ? organiserPlaceCode
        : organiserPlaceCode === "00004"
          ? "01"
          : "25",
    startsOn: addDays(TODAY, 2),
    endsOn: addDays(TODAY, 4),
    descriptionVi: "Phiên chợ sản phẩm OCOP.",
    descriptionEn: null,
    coverImage: null,
    organiserPlaceCode,
  };
}

let t: TestDatabase;
const officials: Record<string, SessionUser> = {};
const fairOf = new Map<Unit, number>();

beforeAll(async () => {
  t = await createTestDatabase();
  const phuTho = { provinceCode: "25", provinceName: "Tỉnh Phú Thọ" };
  await ensurePlace(t.db, { ...phuTho, communeCode: "08848", communeName: "Xã Sông Lô" });
  await ensurePlace(t.db, { ...phuTho, communeCode: "08866", communeName: "Xã Hải Lựu" });
  await ensurePlace(t.db, {
    provinceCode: "01",
    provinceName: "Thành phố Hà Nội",
    communeCode: "00004",
    communeName: "Phường Ba Đình",
  });
  await t.db.insert(legacyPlaces).values([
    { id: "old-p:vinh-phuc", level: "province", name: "Tỉnh Vĩnh Phúc", currentProvinceCode: "25" },
    {
      id: "old-d:vinh-phuc:song-lo",
      level: "district",
      name: "Huyện Sông Lô",
      parentId: "old-p:vinh-phuc",
      currentProvinceCode: "25",
    },
    {
      id: "old-c:08848",
      level: "commune",
      name: "Xã Đồng Thịnh",
      parentId: "old-d:vinh-phuc:song-lo",
      currentProvinceCode: "25",
      currentCommuneCode: "08848",
    },
    { id: "old-p:ha-tay", level: "province", name: "Tỉnh Hà Tây", currentProvinceCode: "01" },
  ]);
  const accounts: Record<string, Parameters<typeof makeUser>[1]> = {
    "province 25": { role: "official", officialPlaceCode: "25" },
    "commune 08848": { role: "official", officialPlaceCode: "08848" },
    "former province Vĩnh Phúc": { role: "official", officialLegacyPlaceId: "old-p:vinh-phuc" },
    "former district Sông Lô": {
      role: "official",
      officialLegacyPlaceId: "old-d:vinh-phuc:song-lo",
    },
    "former commune Đồng Thịnh": { role: "official", officialLegacyPlaceId: "old-c:08848" },
    "former province Hà Tây": { role: "official", officialLegacyPlaceId: "old-p:ha-tay" },
    administrator: { role: "administrator" },
  };
  for (const [name, o] of Object.entries(accounts)) officials[name] = await makeUser(t.db, o);
  for (const unit of UNITS) {
    const made = await createPromotion(
      t.db,
      officials.administrator as SessionUser,
      fairInput(unit),
    );
    if (!made.ok) throw new Error(`fair for ${unit} not created`);
    fairOf.set(unit, made.id);
  }
});

afterAll(async () => {
  await t?.cleanup();
});

describe("the official's scope, one rule for lists and for decisions", () => {
  it.each(Object.keys(EXPECTED))(
    "%s: the units listed are the units it may organise for",
    async (who) => {
      const official = officials[who] as SessionUser;
      const listed: Unit[] = [];
      const mayOrganise: Unit[] = [];
      for (const unit of UNITS) {
        const fair = await getPromotionForOfficial(
          t.db,
          official,
          "fair",
          fairOf.get(unit) ?? 0,
          TODAY,
        );
        if (fair) listed.push(unit);
        const made = await createPromotion(t.db, official, fairInput(unit));
        if (made.ok) mayOrganise.push(unit);
        else if (!made.notFound)
          expect(made.fieldErrors.organiserPlaceCode).toBe("promo.admin.error.organiserOutOfScope");
      }
      expect(listed).toEqual(EXPECTED[who]);
      expect(mayOrganise).toEqual(listed);
    },
  );
});
