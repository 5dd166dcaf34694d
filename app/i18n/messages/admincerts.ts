import { defineMessages } from "../define";

/** Messages of the official workspace, certified products, certificates and decision import (/admin/products, /admin/certificates, /admin/import): keys start with "acert." */
export default defineMessages(
  {
    "acert.placeholder": "",
  },
  {
    "acert.placeholder": "",
  },
);
