import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.server";

describe("configuration", () => {
  it("defaults to embedded PGlite on port 3000", () => {
    const c = parseConfig({});
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.PORT).toBe(3000);
    expect(c.pgliteDir.endsWith("data/pglite")).toBe(true);
    expect(c.siteUrl).toBe("http://localhost:3000");
  });

  it("names the malformed setting in one sentence", () => {
    const bad = () => parseConfig({ DATABASE_URL: "mysql://x", PORT: "70000" });
    expect(bad).toThrow(/DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(bad).toThrow(/PORT Number must be less than or equal to 65535/);
  });

  it("treats empty values as unset", () => {
    expect(parseConfig({ DATABASE_URL: "", SITE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
