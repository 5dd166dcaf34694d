/**
 * The expiry notice letter's one form, "mark as sent by post" (issue 12): a hidden intent only;
 * a certificate out of the official's scope is not found. Nothing may be written.
 */
import { commitSession } from "../../app/web/auth.server";
import type { Db } from "../../db/client";
import {
  ensurePlace,
  makeProducer,
  makeSignedInUser,
  makeVisibleProduct,
} from "../support/factories";
import { formCase } from "./form-case";

const cookieOf = (setCookie: string) => setCookie.split(";")[0] ?? "";

type State = { cookie: string; inScope: number; outOfScope: number };

async function officialOfPhuTho(db: Db): Promise<State> {
  await ensurePlace(db, { provinceCode: "25", communeCode: "08848" });
  await ensurePlace(db, { provinceCode: "79", communeCode: "26734" });
  const mine = await makeProducer(db, { provinceCode: "25", communeCode: "08848" });
  const theirs = await makeProducer(db, { provinceCode: "79", communeCode: "26734" });
  const a = await makeVisibleProduct(db, { producerId: mine.id });
  const b = await makeVisibleProduct(db, { producerId: theirs.id });
  const { token } = await makeSignedInUser(db, { role: "official", officialPlaceCode: "25" });
  return {
    cookie: cookieOf(await commitSession(token)),
    inScope: a.certificate.id,
    outOfScope: b.certificate.id,
  };
}

export const cases = [
  formCase<State>({
    route: "admin_.certificates.$id.letter.tsx",
    setup: officialOfPhuTho,
    path: (s) => `/admin/certificates/${s.inScope}/letter`,
    params: (s) => ({ id: String(s.inScope) }),
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "posted" }),
    bad: [
      {
        name: "an unknown intent",
        change: { intent: "delete" },
        expect: { status: 400, bare: "intent is a hidden field of the letter page" },
      },
    ],
  }),
  formCase<State>({
    route: "admin_.certificates.$id.letter.tsx",
    about: "another province's certificate",
    setup: officialOfPhuTho,
    path: (s) => `/admin/certificates/${s.outOfScope}/letter`,
    params: (s) => ({ id: String(s.outOfScope) }),
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "posted" }),
    bad: [
      {
        name: "the page's own form, for a certificate out of scope",
        expect: { status: 404, bare: "out of scope is not found, before anything is written" },
      },
    ],
  }),
];
