/**
 * Demo accounts, one per role, so every workspace can be tried at once. Their password is
 * public (README, "Demo accounts"): demo data only, never seed a real deployment.
 */
import { eq } from "drizzle-orm";
import { hashPassword } from "../../app/domain/account/accounts.server";
import type { Db } from "../client";
import { producers, users, type Role } from "../schema";

export const DEMO_PASSWORD = "cho-ocop-demo";

/** The Sông Lô cooperative, whose member account manages its listings. */
const DEMO_PRODUCER_SLUG = "htx-cay-trong-song-lo-xanh";

type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  officialPlaceCode?: string;
  producer?: boolean;
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "admin@demo.cho-ocop.vn", name: "Quản trị viên", role: "administrator" },
  // Phú Thọ province (25) and its commune Sông Lô (08848).
  {
    email: "phutho@demo.cho-ocop.vn",
    name: "Cán bộ tỉnh Phú Thọ",
    role: "official",
    officialPlaceCode: "25",
  },
  {
    email: "songlo@demo.cho-ocop.vn",
    name: "Cán bộ xã Sông Lô",
    role: "official",
    officialPlaceCode: "08848",
  },
  {
    email: "htx-songlo@demo.cho-ocop.vn",
    name: "Nguyễn Văn Thắng",
    role: "producer_member",
    producer: true,
  },
  { email: "khach@demo.cho-ocop.vn", name: "Trần Thị Lan", role: "customer" },
];

/** Creates the demo accounts that are missing (places and producers must be seeded first). */
export async function seedDemoAccounts(db: Db): Promise<number> {
  const [producer] = await db
    .select({ id: producers.id })
    .from(producers)
    .where(eq(producers.slug, DEMO_PRODUCER_SLUG));
  if (!producer) throw new Error(`Demo producer ${DEMO_PRODUCER_SLUG} is missing`);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rows = await db
    .insert(users)
    .values(
      DEMO_ACCOUNTS.map((a) => ({
        email: a.email,
        name: a.name,
        role: a.role,
        passwordHash,
        producerId: a.producer ? producer.id : null,
        officialPlaceCode: a.officialPlaceCode ?? null,
      })),
    )
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  return rows.length;
}
