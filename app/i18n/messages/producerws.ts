import { defineMessages } from "../define";

/** Messages of the producer workspace (/producer): keys start with "pws." */
export default defineMessages(
  {
    "pws.placeholder": "",
  },
  {
    "pws.placeholder": "",
  },
);
