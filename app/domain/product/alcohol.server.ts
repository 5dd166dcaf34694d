import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { AGE_RESTRICTED_FROM_PERCENT } from "./alcohol";

/**
 * SQL twin of `!isAgeRestricted` (alcohol.ts): the product may be featured or promoted — no
 * alcohol, or less than 15% (Law 44/2019, decision 0027).
 */
export function promotableCondition(column: AnyPgColumn): SQL {
  return sql`(${column} is null or ${column} < ${AGE_RESTRICTED_FROM_PERCENT})`;
}
