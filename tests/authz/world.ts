/**
 * The world every authorisation case runs in: two producers in different provinces, each with
 * a visible product, one order with a part for each, a fair and a showroom organised by
 * producer A's province, and one signed-in session per persona.
 *
 * Targets always belong to producer A (province 25, commune 08848): "officialIn" is the
 * official of province 25, "officialOut" the official of province 79, who must never see them.
 */
import { eq } from "drizzle-orm";
import { addToCart, ensureCart } from "../../app/domain/cart/cart.server";
import { placeOrder } from "../../app/domain/order/orders.server";
import { bookPlatformPayment } from "../../app/domain/settlement/ledger.server";
import { todayInVietnam } from "../../app/lib/dates";
import type { Db } from "../../db/client";
import { orderParts, promotions } from "../../db/schema";
import {
  ensurePlace,
  makeProducer,
  makeSignedInUser,
  makeVisibleProduct,
} from "../support/factories";
import { sessionCookie } from "../support/route-call";

export const PERSONAS = [
  "anonymous",
  "customer",
  "producerA",
  "producerB",
  "officialIn",
  "officialOut",
  "admin",
] as const;
export type Persona = (typeof PERSONAS)[number];

export type World = {
  /** The Cookie header of each signed-in persona ("" for anonymous). */
  cookie: Record<Persona, string>;
  userId: Record<Exclude<Persona, "anonymous">, number>;
  producerA: { id: number; slug: string; name: string };
  producerB: { id: number; slug: string; name: string };
  productA: { id: number; slug: string; nameVi: string };
  productB: { id: number; slug: string; nameVi: string };
  certificateA: { id: number };
  order: { number: string; partA: number; partB: number };
  /** A past month with a statement for each producer (the order booked as paid by card). */
  statementMonth: string;
  fairA: { id: number; slug: string; nameVi: string };
  showroomA: { id: number; slug: string; nameVi: string };
};

export async function buildWorld(db: Db): Promise<World> {
  await ensurePlace(db, {
    provinceCode: "25",
    provinceName: "Tỉnh Phú Thọ",
    communeCode: "08848",
    communeName: "Xã Sông Lô",
  });
  await ensurePlace(db, {
    provinceCode: "01",
    provinceName: "Thành phố Hà Nội",
    communeCode: "00004",
    communeName: "Phường Ba Đình",
  });
  await ensurePlace(db, {
    provinceCode: "79",
    provinceName: "Thành phố Hồ Chí Minh",
    communeCode: "26734",
    communeName: "Phường Sài Gòn",
  });
  const producerA = await makeProducer(db, {
    name: "HTX Ma trận A",
    provinceCode: "25",
    communeCode: "08848",
  });
  const producerB = await makeProducer(db, {
    name: "HTX Ma trận B",
    provinceCode: "01",
    communeCode: "00004",
  });
  const a = await makeVisibleProduct(db, { producerId: producerA.id, nameVi: "Mật ong ma trận A" });
  const b = await makeVisibleProduct(db, { producerId: producerB.id, nameVi: "Chè ma trận B" });

  const sessions = {
    customer: await makeSignedInUser(db, { role: "customer" }),
    producerA: await makeSignedInUser(db, { role: "producer_member", producerId: producerA.id }),
    producerB: await makeSignedInUser(db, { role: "producer_member", producerId: producerB.id }),
    officialIn: await makeSignedInUser(db, { role: "official", officialPlaceCode: "25" }),
    officialOut: await makeSignedInUser(db, { role: "official", officialPlaceCode: "79" }),
    admin: await makeSignedInUser(db, { role: "administrator" }),
  };
  const cookie = { anonymous: "" } as Record<Persona, string>;
  const userId = {} as World["userId"];
  for (const [persona, s] of Object.entries(sessions) as [
    keyof typeof sessions,
    (typeof sessions)["customer"],
  ][]) {
    cookie[persona] = await sessionCookie(s.token);
    userId[persona] = s.user.id;
  }

  // The customer's order, with one part (shipment) per producer.
  const { cartId } = await ensureCart(db, { userId: userId.customer });
  for (const productId of [a.product.id, b.product.id]) {
    const r = await addToCart(db, { cartId, productId, quantity: 1, today: todayInVietnam() });
    if (!r.ok) throw new Error(`authz world: cart ${r.error}`);
  }
  const placed = await placeOrder(db, {
    cartId,
    userId: userId.customer,
    payment: "cod",
    buyer: {
      name: "Khách Ma Trận",
      phone: "0987654321",
      email: "khach-ma-tran@example.com",
      provinceCode: "01",
      communeCode: "00004",
      street: "Số 1 phố Thử",
    },
  });
  if (!placed.ok) throw new Error(`authz world: order ${placed.error}`);
  const parts = await db
    .select({ id: orderParts.id, producerId: orderParts.producerId })
    .from(orderParts)
    .where(eq(orderParts.orderId, placed.orderId));
  const partA = parts.find((p) => p.producerId === producerA.id)?.id;
  const partB = parts.find((p) => p.producerId === producerB.id)?.id;
  if (!partA || !partB) throw new Error("authz world: order parts missing");

  // The settlement rows need a statement: the order's parts booked as a platform payment.
  const statementMonth = "2026-10";
  await db.transaction((tx) =>
    bookPlatformPayment(tx, {
      orderId: placed.orderId,
      provider: "card",
      occurredAt: new Date("2026-10-15T03:00:00Z"),
      feeRate: 0.03,
    }),
  );

  const today = todayInVietnam();
  const [fair] = await db
    .insert(promotions)
    .values({
      kind: "fair",
      slug: "hoi-cho-ma-tran",
      nameVi: "Hội chợ ma trận",
      venue: "Quảng trường Hùng Vương",
      provinceCode: "25",
      startsOn: today,
      endsOn: today,
      descriptionVi: "Hội chợ thử quyền truy cập.",
      organiserPlaceCode: "25",
      status: "published",
    })
    .returning({ id: promotions.id, slug: promotions.slug, nameVi: promotions.nameVi });
  const [showroom] = await db
    .insert(promotions)
    .values({
      kind: "showroom",
      slug: "diem-ban-ma-tran",
      nameVi: "Điểm bán ma trận",
      provinceCode: "25",
      communeCode: "08848",
      address: "Trạm dừng nghỉ Sông Lô",
      locationType: "highway_rest_stop",
      openingHours: "7:00–21:00",
      descriptionVi: "Điểm bán thử quyền truy cập.",
      organiserPlaceCode: "25",
      status: "published",
    })
    .returning({ id: promotions.id, slug: promotions.slug, nameVi: promotions.nameVi });
  if (!fair || !showroom) throw new Error("authz world: promotion rows missing");

  return {
    cookie,
    userId,
    producerA: { id: producerA.id, slug: producerA.slug, name: producerA.name },
    producerB: { id: producerB.id, slug: producerB.slug, name: producerB.name },
    productA: { id: a.product.id, slug: a.product.slug, nameVi: a.product.nameVi },
    productB: { id: b.product.id, slug: b.product.slug, nameVi: b.product.nameVi },
    certificateA: { id: a.certificate.id },
    order: { number: placed.number, partA, partB },
    statementMonth,
    fairA: fair,
    showroomA: showroom,
  };
}
