import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { E2E_DATA_FOLDER } from "../../scripts/e2e-database";

// With no SMTP server the e2e app writes each email to a file in its data folder (per E2E_SLOT).
const MAIL_DIR = path.resolve(import.meta.dirname, "..", "..", "data", E2E_DATA_FOLDER, "mail");

/** Every email to `to` written so far, oldest first, each as "To: …\nSubject: …\n\nbody". */
export function mailsTo(to: string): string[] {
  if (!fs.existsSync(MAIL_DIR)) return [];
  return fs
    .readdirSync(MAIL_DIR)
    .sort()
    .map((f) => fs.readFileSync(path.join(MAIL_DIR, f), "utf8"))
    .filter((b) => b.startsWith(`To: ${to}\n`));
}

/** Waits for the app's outbox worker to write an email to `to` whose subject matches. */
export async function waitForMail(to: string, subject: RegExp): Promise<string> {
  const find = () =>
    mailsTo(to).find((m) => subject.test(/^Subject: (.*)$/m.exec(m)?.[1] ?? "")) ?? "";
  await expect
    .poll(find, { timeout: 20_000, message: `an email to ${to} about ${subject}` })
    .not.toBe("");
  return find();
}
