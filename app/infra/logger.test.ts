import { afterEach, describe, expect, it, vi } from "vitest";
import { formatError, logger, withRequestId } from "./logger";

afterEach(() => vi.restoreAllMocks());

function captureStderr(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

describe("logger", () => {
  it("writes the database's own error under the query error that wraps it", () => {
    const pg = Object.assign(new Error('invalid input syntax for type integer: "x"'), {
      name: "PostgresError",
      code: "22P02",
      detail: "column id",
    });
    const query = new Error("Failed query: select 1 where id = $1", { cause: pg });
    const text = formatError(query);
    expect(text).toContain("Failed query: select 1");
    expect(text).toContain(
      'caused by: PostgresError [22P02] invalid input syntax for type integer: "x" (column id)',
    );
  });

  it("marks every line written while a request is served with its id", async () => {
    const lines = captureStderr();
    await withRequestId("req-123", async () => {
      await new Promise((r) => setTimeout(r, 1));
      logger.error("render failed", new Error("boom"));
    });
    logger.warn("outside");
    expect(lines[0]).toMatch(/ ERROR \[req req-123\] render failed Error: boom/);
    expect(lines[1]).toMatch(/ WARN outside\n$/);
  });
});
