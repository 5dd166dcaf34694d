/**
 * The province a reader ships to, remembered from the checkout so the product and cart pages
 * can say what shipping costs to it. Only a province code (not personal data beyond that);
 * readable by the server only.
 */
import { createCookie } from "@remix-run/node";
import { getConfig } from "~/infra/config.server";
import { regionOf } from "~/domain/place/regions";

const MAX_AGE_S = 180 * 24 * 3600;

function shipToCookie() {
  return createCookie("ocop_ship_to", {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: getConfig().NODE_ENV === "production",
    maxAge: MAX_AGE_S,
  });
}

/** The remembered province code, or null (none, or not one of today's provinces). */
export async function readShipTo(request: Request): Promise<string | null> {
  const header = request.headers.get("Cookie");
  if (!header?.includes("ocop_ship_to=")) return null;
  const value: unknown = await shipToCookie().parse(header);
  return typeof value === "string" && regionOf(value) !== null ? value : null;
}

/** The Set-Cookie header remembering this province; null for a code that is not a province. */
export async function commitShipTo(provinceCode: string | undefined): Promise<string | null> {
  if (!provinceCode || regionOf(provinceCode) === null) return null;
  return shipToCookie().serialize(provinceCode);
}
