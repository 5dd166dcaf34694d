import type { LegalForm } from "../../../db/schema";
import type { T } from "../../i18n/index";

/** A producer's legal form in the reader's language ("Hợp tác xã" / "Cooperative"). */
export function legalFormLabel(t: T, form: LegalForm): string {
  switch (form) {
    case "cooperative":
      return t("producers.legalForm.cooperative");
    case "cooperative_group":
      return t("producers.legalForm.cooperative_group");
    case "enterprise":
      return t("producers.legalForm.enterprise");
    case "household":
      return t("producers.legalForm.household");
  }
}
