/**
 * The producer's bank account form as a zod schema. Messages are translation keys. The holder
 * is written as banks print it: Latin capitals without diacritics ("NGUYEN VAN AN"); lower-case
 * ASCII is raised, anything with diacritics is refused so the producer copies the bank's own
 * spelling rather than a guess. Browser-safe.
 */
import { z } from "zod";
import type { MessageKey } from "../../i18n/index";
import { bankByBin } from "./banks";

const key = (k: MessageKey) => k;

export const HOLDER_MAX = 70;
export const HOLDER_PATTERN = /^[A-Z0-9][A-Z0-9 .,&()/-]{1,69}$/;

export const bankAccountSchema = z.object({
  bankBin: z
    .string({ required_error: key("transfer.error.bankRequired") })
    .trim()
    .min(1, key("transfer.error.bankRequired"))
    .refine((bin) => bankByBin(bin) !== null, key("transfer.error.bankUnknown")),
  accountNumber: z
    .string({ required_error: key("transfer.error.accountRequired") })
    // People copy numbers with spaces or dots ("0071 0012 3456"): those are dropped.
    .transform((v) => v.replace(/[\s.]/g, ""))
    .pipe(
      z
        .string()
        .min(1, key("transfer.error.accountRequired"))
        .regex(/^[0-9]{6,19}$/, key("transfer.error.accountInvalid")),
    ),
  accountHolder: z
    .string({ required_error: key("transfer.error.holderRequired") })
    .transform((v) => v.trim().replace(/\s+/g, " ").replace(/[a-z]/g, (c) => c.toUpperCase()))
    .pipe(
      z
        .string()
        .min(1, key("transfer.error.holderRequired"))
        .max(HOLDER_MAX, key("transfer.error.holderInvalid"))
        .regex(HOLDER_PATTERN, key("transfer.error.holderInvalid"))
        // A name: at least two letters ("2147483648" is not one).
        .regex(/[A-Z].*[A-Z]/, key("transfer.error.holderInvalid")),
    ),
});

export type BankAccountInput = z.infer<typeof bankAccountSchema>;
