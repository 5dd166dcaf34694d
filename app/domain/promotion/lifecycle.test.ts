import { describe, expect, it } from "vitest";
import { checkMove, finalStates, movesFrom } from "../lifecycle/lifecycle";
import { PUBLICATION_STATUSES } from "../../../db/schema";
import { PROMOTION_LIFECYCLE } from "./lifecycle";

describe("the publication lifecycle of fairs and showrooms", () => {
  it("governs promotions.status with the schema's states, starting as a draft", () => {
    expect(PROMOTION_LIFECYCLE.table).toBe("promotions");
    expect(PROMOTION_LIFECYCLE.column).toBe("status");
    expect([...PROMOTION_LIFECYCLE.states].sort()).toEqual([...PUBLICATION_STATUSES].sort());
    expect(PROMOTION_LIFECYCLE.initial).toEqual(["draft"]);
    expect(finalStates(PROMOTION_LIFECYCLE)).toEqual([]);
  });

  it("lets officials and administrators publish and unpublish, and refuses a move to the same state", () => {
    for (const actor of ["official", "administrator"] as const) {
      expect(movesFrom(PROMOTION_LIFECYCLE, "draft", actor)).toEqual(["published"]);
      expect(movesFrom(PROMOTION_LIFECYCLE, "published", actor)).toEqual(["draft"]);
    }
    expect(checkMove(PROMOTION_LIFECYCLE, "draft", "draft", "official")).toEqual({
      ok: false,
      error: "transitionNotAllowed",
    });
  });
});
