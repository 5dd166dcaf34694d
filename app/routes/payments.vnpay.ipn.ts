/**
 * VNPay's IPN: a server-to-server GET with the payment's result in the query string. No
 * session, no same-origin check: the signature (HMAC-SHA512 with our hash secret) is the only
 * credential, checked before anything is read or written. VNPay reads the JSON answer
 * ({RspCode, Message}) and retries until it gets 00 or 02. GET only: no action (Remix answers 405).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { applyVnpayIpn, IPN, type IpnAnswer } from "~/domain/payment/vnpay-payments.server";
import { getConfig } from "~/infra/config.server";
import { getDb } from "~/infra/db.server";
import { logger } from "~/infra/logger";
import { getVnpay } from "~/infra/vnpay.server";

const answer = (body: IpnAnswer) =>
  Response.json(body, { status: 200, headers: { "Cache-Control": "no-store" } });

export async function loader({ request }: LoaderFunctionArgs) {
  const gateway = getVnpay();
  if (!gateway) return new Response("Not Found", { status: 404 });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const result = gateway.verifyResult(query);
  if (!result) return answer(IPN.badSignature);
  try {
    return answer(await applyVnpayIpn(await getDb(), result, { siteUrl: getConfig().siteUrl }));
  } catch (error) {
    // Nothing was committed; VNPay retries later.
    logger.error("VNPay IPN not applied:", error instanceof Error ? error.message : error);
    return answer(IPN.unknown);
  }
}
