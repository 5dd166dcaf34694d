/**
 * The checkout's province step, as the page takes it: the total shown for these fields, which
 * the order must then carry (`quotedTotalVnd`) or be refused (decision 0026).
 */
import { action as checkoutAction } from "../../app/routes/checkout";
import { args, dataOf, post, settle } from "./route-call";

export async function quotedTotal(fields: Record<string, string>, cookie: string): Promise<string> {
  const step = await settle(() =>
    checkoutAction(args(post("/checkout", { ...fields, intent: "province" }, { cookie }))),
  );
  const quote = dataOf<{ quote: { totalVnd: number } | null }>(step).quote;
  if (!quote) throw new Error("the province step showed no total");
  return String(quote.totalVnd);
}
