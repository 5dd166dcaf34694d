/**
 * The expiry notice letter (issue 12): officials of the certificate's unit and administrators
 * open it and mark it as posted; the producer's own members read it at their address; anyone
 * else gets 404 (out of scope, another producer) or 403 (another role).
 */
import { OFFICIALS_IN_SCOPE, type AuthzCase } from "./authz-case";

export const cases: AuthzCase[] = [
  {
    route: "admin_.certificates.$id.letter.tsx",
    method: "GET",
    url: (w) => `/admin/certificates/${w.certificateA.id}/letter`,
    params: (w) => ({ id: String(w.certificateA.id) }),
    allow: OFFICIALS_IN_SCOPE,
    shows: (w) => w.productA.nameVi,
    note: "the other province's official gets 404",
  },
  {
    route: "admin_.certificates.$id.letter.tsx",
    method: "POST",
    url: (w) => `/admin/certificates/${w.certificateA.id}/letter`,
    params: (w) => ({ id: String(w.certificateA.id) }),
    allow: OFFICIALS_IN_SCOPE,
    note: "an empty form: 400 (no intent) in scope, nothing written",
  },
  {
    route: "admin_.certificates.$id.letter.tsx",
    method: "POST",
    url: (w) => `/admin/certificates/${w.certificateA.id}/letter`,
    params: (w) => ({ id: String(w.certificateA.id) }),
    form: () => ({ intent: "posted" }),
    allow: OFFICIALS_IN_SCOPE,
    answers: { status: 303, location: /^\/admin\/certificates\/\d+\/letter$/ },
    note: "harmless to the other rows: it only records that the letter was posted",
  },
  {
    route: "producer_.certificates.$id.letter.tsx",
    method: "GET",
    url: (w) => `/producer/certificates/${w.certificateA.id}/letter`,
    params: (w) => ({ id: String(w.certificateA.id) }),
    allow: ["producerA"],
    shows: (w) => w.productA.nameVi,
    note: "producer B's member gets 404",
  },
];
