/**
 * The emails of a transfer order: the confirmation at placement and the reminder after
 * TRANSFER_REMIND_AFTER_HOURS. Each carries, per shipment still awaiting its money, the
 * account details written out and the VietQR code: as text (the message itself, unchanged for
 * a text-only mail program) and as an HTML alternative with the code as an inline PNG.
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { orders } from "../../../db/schema";
import { formatVnd, translate, type Lang } from "../../i18n/index";
import { getConfig } from "../../infra/config.server";
import type { MailAttachment } from "../../infra/mail.server";
import { qrPng } from "../../lib/qr.server";
import { enqueueMail } from "../mail/outbox.server";
import { orderDetailsText } from "../order/mail.server";
import { transferInstructions, type TransferInstruction } from "./transfer-state.server";
import { shipmentCode } from "./vietqr";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

function detailLines(lang: Lang, t: TransferInstruction): [string, string][] {
  return [
    [translate(lang, "transfer.field.bank"), `${t.bankName} (${t.bankFullName})`],
    [translate(lang, "transfer.field.account"), t.accountNumber],
    [translate(lang, "transfer.field.holder"), t.accountHolder],
    [translate(lang, "transfer.field.amount"), formatVnd(lang, t.amountVnd)],
    [translate(lang, "transfer.field.memo"), t.memo],
  ];
}

/** Queues the email; nothing when no shipment of the order awaits its transfer. */
export async function enqueueTransferMail(
  tx: Db,
  input: {
    orderId: number;
    kind: "placed" | "reminder";
    lang: Lang;
    link: string | null;
    /** TRANSFER_CANCEL_AFTER_HOURS unless given. */
    cancelAfterHours?: number;
  },
): Promise<boolean> {
  const { lang } = input;
  const [order] = await tx
    .select({ number: orders.number, buyerName: orders.buyerName, buyerEmail: orders.buyerEmail })
    .from(orders)
    .where(eq(orders.id, input.orderId));
  const transfers = await transferInstructions(tx, input.orderId, { onlyAwaiting: true });
  if (!order || transfers.length === 0) return false;
  const intro = translate(
    lang,
    input.kind === "placed" ? "transfer.mail.placedBody" : "transfer.mail.reminderBody",
    { number: order.number, parts: transfers.length },
  );
  const text: string[] = [
    translate(lang, "orders.mail.greeting", { name: order.buyerName }),
    "",
    intro,
  ];
  const html: string[] = [
    `<p>${esc(translate(lang, "orders.mail.greeting", { name: order.buyerName }))}</p>`,
    `<p>${esc(intro)}</p>`,
  ];
  const attachments: MailAttachment[] = [];
  for (const t of transfers) {
    const heading = translate(lang, "transfer.mail.shipment", {
      producer: t.producerName,
      code: shipmentCode(t.partId),
    });
    const lines = detailLines(lang, t);
    text.push("", heading, ...lines.map(([k, v]) => `${k}: ${v}`));
    const cid = `vietqr-${shipmentCode(t.partId)}@cho-ocop`;
    const filename = `vietqr-${order.number}-${shipmentCode(t.partId)}.png`;
    attachments.push({
      filename,
      cid,
      contentType: "image/png",
      base64: (await qrPng(t.payload)).toString("base64"),
    });
    html.push(
      `<h3>${esc(heading)}</h3>`,
      `<p><img src="cid:${cid}" width="240" height="240" alt="${esc(translate(lang, "transfer.qrAlt", { bank: t.bankName, amount: formatVnd(lang, t.amountVnd) }))}"></p>`,
      `<table>${lines.map(([k, v]) => `<tr><th align="left">${esc(k)}</th><td>${esc(v)}</td></tr>`).join("")}</table>`,
    );
  }
  const outro = [
    translate(lang, "transfer.mail.direct"),
    translate(lang, "transfer.mail.deadline", {
      hours: input.cancelAfterHours ?? getConfig().TRANSFER_CANCEL_AFTER_HOURS,
    }),
  ];
  text.push("", ...outro);
  html.push(...outro.map((p) => `<p>${esc(p)}</p>`));
  const details = await orderDetailsText(tx, input.orderId, lang);
  text.push("", details);
  html.push(`<pre style="font-family:inherit;white-space:pre-wrap">${esc(details)}</pre>`);
  if (input.link) {
    const linkLine = translate(lang, "orders.mail.link", { link: input.link });
    text.push("", linkLine);
    html.push(`<p><a href="${esc(input.link)}">${esc(linkLine)}</a></p>`);
  }
  await enqueueMail(tx, {
    to: order.buyerEmail,
    subject: translate(
      lang,
      input.kind === "placed" ? "transfer.mail.placedSubject" : "transfer.mail.reminderSubject",
      { number: order.number },
    ),
    text: text.join("\n"),
    html: `<!doctype html><html lang="${lang}"><body>${html.join("\n")}</body></html>`,
    attachments,
  });
  return true;
}
