import { defineMessages } from "../define";

/** Messages of the fairs and showrooms: keys start with "promo." */
export default defineMessages(
  {
    "promo.placeholder": "",
  },
  {
    "promo.placeholder": "",
  },
);
