import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox } from "../../../db/schema";
import { createTestDatabase, type TestDatabase } from "../../../tests/support/test-db";
import { createFileTransport, type MailTransport } from "../../infra/mail.server";
import { drainMailOnce, enqueueMail } from "./outbox.server";

let t: TestDatabase;
let dir: string;
const quiet = { info: () => {} };

beforeAll(async () => {
  t = await createTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), "ocop-mail-"));
});
afterAll(async () => {
  await t.cleanup();
  await rm(dir, { recursive: true, force: true });
});

describe("mail outbox", () => {
  it("writes each queued message to a file a person can read, once", async () => {
    await enqueueMail(t.db, {
      to: "lan@example.com",
      subject: "Xin chào",
      text: "Dòng một\nDòng hai",
    });
    const transport = createFileTransport(dir, quiet);
    expect(await drainMailOnce(t.db, transport)).toEqual({ claimed: 1, sent: 1, failed: 0 });
    expect(await drainMailOnce(t.db, transport)).toEqual({ claimed: 0, sent: 0, failed: 0 });

    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    const body = await readFile(path.join(dir, files[0] ?? ""), "utf8");
    expect(body).toBe("To: lan@example.com\nSubject: Xin chào\n\nDòng một\nDòng hai\n");
    const [row] = await t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "lan@example.com"));
    expect(row?.sentAt).not.toBeNull();
  });

  it("keeps a message that failed, with back-off, without holding back the next", async () => {
    await enqueueMail(t.db, { to: "fails@example.com", subject: "A", text: "a" });
    await enqueueMail(t.db, { to: "works@example.com", subject: "B", text: "b" });
    const sent: string[] = [];
    const flaky: MailTransport = {
      name: "flaky",
      send: async (m) => {
        if (m.to === "fails@example.com") throw new Error("SMTP 451 try later");
        sent.push(m.to);
      },
    };
    expect(await drainMailOnce(t.db, flaky)).toEqual({ claimed: 2, sent: 1, failed: 1 });
    expect(sent).toEqual(["works@example.com"]);
    const [failed] = await t.db
      .select({
        attempts: mailOutbox.attempts,
        lastError: mailOutbox.lastError,
        sentAt: mailOutbox.sentAt,
        later: sql<boolean>`${mailOutbox.availableAt} > now()`,
      })
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "fails@example.com"));
    expect(failed).toMatchObject({
      attempts: 1,
      lastError: "SMTP 451 try later",
      sentAt: null,
      later: true,
    });
    // Not due yet: the next drain leaves it alone.
    expect((await drainMailOnce(t.db, flaky)).claimed).toBe(0);
  });
});
