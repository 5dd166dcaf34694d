import {
  createFileTransport,
  createSmtpTransport,
  startMailOutboxWorker,
  type MailTransport,
  type MailWorker,
} from "../domain/mail/outbox.server";
import { getConfig } from "./config.server";
import { getDb } from "./db.server";

declare global {
  // One mail worker per process, surviving module reloads in development.
  var __ocopMailWorker: MailWorker | undefined;
}

/** SMTP when SMTP_URL is set; otherwise files in DATA_DIR/mail, so nothing is lost in development. */
export function mailTransport(): MailTransport {
  const config = getConfig();
  return config.SMTP_URL
    ? createSmtpTransport(config.SMTP_URL, config.MAIL_FROM)
    : createFileTransport(config.mailDir);
}

/** Starts draining the mail outbox inside the app. */
export function startMailWorker(): void {
  if (globalThis.__ocopMailWorker) return;
  globalThis.__ocopMailWorker = startMailOutboxWorker(getDb, mailTransport());
}
