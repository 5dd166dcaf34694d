/** The expiry notice letter's pages (issue 12): no query parameters, an id in the path. */
import type { QueryCase } from "./query-case";

export const cases: QueryCase[] = [
  {
    route: "admin_.certificates.$id.letter.tsx",
    as: "officialIn",
    path: (w) => `/admin/certificates/${w.certificateA.id}/letter`,
    params: (w) => ({ id: String(w.certificateA.id) }),
    query: [],
  },
  {
    route: "producer_.certificates.$id.letter.tsx",
    as: "producerA",
    path: (w) => `/producer/certificates/${w.certificateA.id}/letter`,
    params: (w) => ({ id: String(w.certificateA.id) }),
    query: [],
  },
];
