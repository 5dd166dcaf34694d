import common from "./common";
import home from "./home";
import producersMessages from "./producers";
import certificatesMessages from "./certificates";
import catalogMessages from "./catalog";
import searchMessages from "./search";
import accountsMessages from "./accounts";
import cartMessages from "./cart";
import ordersMessages from "./orders";
import orderLookupMessages from "./lookup";
import paymentsMessages from "./payments";
import vnpayMessages from "./vnpay";
import transferMessages from "./transfers";
import producerWorkspaceMessages from "./producerws";
import adminMessages from "./admin";
import adminCertificateMessages from "./admincerts";
import promotionMessages from "./promotion";
import httpMessages from "./http";
import inputMessages from "./input";
import outcomesMessages from "./outcomes";
import settlementMessages from "./settlement";
import shippingMessages from "./shipping";
import ocopRulesMessages from "./ocoprules";
import revocationMessages from "./revocation";
import alcoholMessages from "./alcohol";
import expiryNoticeMessages from "./expirynotices";
import legalMessages from "./legal";

/**
 * Every area's messages, merged. To add an area: create `messages/<area>.ts` with
 * `defineMessages(vi, en)` and list it here.
 */
const areas = [
  common,
  home,
  producersMessages,
  certificatesMessages,
  catalogMessages,
  searchMessages,
  accountsMessages,
  cartMessages,
  ordersMessages,
  orderLookupMessages,
  paymentsMessages,
  vnpayMessages,
  transferMessages,
  producerWorkspaceMessages,
  adminMessages,
  adminCertificateMessages,
  promotionMessages,
  httpMessages,
  inputMessages,
  outcomesMessages,
  settlementMessages,
  shippingMessages,
  ocopRulesMessages,
  revocationMessages,
  alcoholMessages,
  expiryNoticeMessages,
  legalMessages,
] as const;

type Area = (typeof areas)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

export type MessageKey = keyof UnionToIntersection<Area["vi"]>;

export const messages = {
  vi: Object.assign({}, ...areas.map((a) => a.vi)) as Record<MessageKey, string>,
  en: Object.assign({}, ...areas.map((a) => a.en)) as Record<MessageKey, string>,
};
