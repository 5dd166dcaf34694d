/**
 * The demo fairs and showrooms: the public pages are never empty on a fresh start, every
 * catalogue holds only products the public may see, and the Phú Thọ official has a fair to run.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import {
  getPublicPromotion,
  listPromotionsForOfficial,
  listPublicFairs,
  listPublicShowrooms,
} from "../../app/domain/promotion/promotion.server";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-db";
import { users } from "../schema";
import { seedIfEmpty } from ".";
import { DEMO_FAIRS, DEMO_SHOWROOMS } from "./promotion";

const TODAY = "2026-11-23";
let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedIfEmpty(t.db, { today: TODAY });
});
afterAll(async () => {
  await t?.cleanup();
});

describe("demo promotion", () => {
  it("publishes fairs on now or coming up and a past one, and keeps a draft out of sight", async () => {
    const { current, past } = await listPublicFairs(t.db, TODAY);
    expect(current.length).toBeGreaterThanOrEqual(2);
    expect(current.map((f) => f.phase)).toContain("ongoing");
    expect(past.length).toBeGreaterThanOrEqual(1);
    const drafts = DEMO_FAIRS.filter((f) => f.status === "draft").map((f) => f.slug);
    expect(drafts.length).toBeGreaterThanOrEqual(1);
    for (const slug of drafts)
      expect(await getPublicPromotion(t.db, "fair", slug, TODAY)).toBeNull();
  });

  it("fills every public catalogue with 6 to 12 public products, codes and a featured few", async () => {
    for (const f of DEMO_FAIRS.filter((x) => x.status === "published")) {
      const fair = await getPublicPromotion(t.db, "fair", f.slug, TODAY);
      expect(fair?.entries.length, f.slug).toBe(f.entries.length);
      expect(fair?.entries.length).toBeGreaterThanOrEqual(6);
      expect(fair?.entries.length).toBeLessThanOrEqual(12);
      expect(fair?.entries[0]?.featured).toBe(true);
      expect(fair?.entries.every((e) => e.code)).toBe(true);
    }
    const showrooms = await listPublicShowrooms(t.db, TODAY, {});
    expect(showrooms.items.length).toBe(DEMO_SHOWROOMS.length);
    expect(showrooms.types.map((x) => x.type)).toEqual(
      expect.arrayContaining(["highway_rest_stop", "craft_village"]),
    );
    for (const s of DEMO_SHOWROOMS) {
      const showroom = await getPublicPromotion(t.db, "showroom", s.slug, TODAY);
      expect(showroom?.entries.length, s.slug).toBe(s.entries.length);
      expect(showroom?.entries.length).toBeGreaterThanOrEqual(6);
    }
  });

  it("gives the Phú Thọ official fairs to manage, and the Sông Lô official only its commune's", async () => {
    const [phutho] = await t.db
      .select()
      .from(users)
      .where(eq(users.email, "phutho@demo.cho-ocop.vn"));
    const [songlo] = await t.db
      .select()
      .from(users)
      .where(eq(users.email, "songlo@demo.cho-ocop.vn"));
    if (!phutho || !songlo) throw new Error("demo officials missing");
    const phuthoFairs = (await listPromotionsForOfficial(t.db, phutho, "fair"))
      .map((f) => f.slug)
      .sort();
    expect(phuthoFairs).toEqual(["hoi-cho-ocop-dat-to", "phien-cho-ocop-xa-song-lo"]);
    expect((await listPromotionsForOfficial(t.db, songlo, "fair")).map((f) => f.slug)).toEqual([
      "phien-cho-ocop-xa-song-lo",
    ]);
  });
});
