import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { readQuery } from "~/web/request-input.server";

/** `/search?q=…` is where people and other sites expect search: it is the catalogue's. */
export function loader({ request }: LoaderFunctionArgs) {
  const from = readQuery(request);
  const to = new URLSearchParams();
  for (const key of ["q", "group", "stars", "province", "sort"]) {
    const v = from.get(key);
    if (v) to.set(key, v);
  }
  const qs = to.toString();
  return redirect(qs ? `/products?${qs}` : "/products", 301);
}
