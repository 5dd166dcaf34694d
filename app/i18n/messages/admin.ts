import { defineMessages } from "../define";

/** Messages of the official workspace (/admin): keys start with "admin." */
export default defineMessages(
  {
    "admin.placeholder": "",
  },
  {
    "admin.placeholder": "",
  },
);
