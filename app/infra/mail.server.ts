/**
 * The mail transports: how a message leaves the app. The outbox that decides what to send and
 * when is domain code (app/domain/mail/outbox.server.ts); it is handed one of these.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { getConfig } from "./config.server";

/** An image the HTML alternative shows inline (`<img src="cid:…">`), e.g. a VietQR code. */
export type MailAttachment = { filename: string; cid: string; contentType: string; base64: string };

/**
 * The text is the message; `html` is an optional alternative of the same content for mail
 * programs that show images, with its `attachments` inline.
 */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  attachments?: MailAttachment[] | null;
};

/** Where messages go: an SMTP server, or files a person (and an e2e test) can read. */
export type MailTransport = {
  name: string;
  send: (message: MailMessage & { id: number }) => Promise<void>;
};

/**
 * Writes each message to `dir` as a small text file and logs one line about it; an HTML
 * alternative and its images go beside it (same name, .html and -<filename>).
 */
export function createFileTransport(
  dir: string,
  log: Pick<Console, "info"> = console,
): MailTransport {
  return {
    name: "file",
    async send(message) {
      await mkdir(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const file = path.join(dir, `${stamp}-${message.id}.txt`);
      const body = `To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`;
      await writeFile(file, body, { encoding: "utf8", flag: "wx" });
      const base = file.replace(/\.txt$/, "");
      if (message.html) await writeFile(`${base}.html`, message.html, { encoding: "utf8" });
      for (const a of message.attachments ?? []) {
        await writeFile(`${base}-${path.basename(a.filename)}`, Buffer.from(a.base64, "base64"));
      }
      log.info(`mail: "${message.subject}" to ${message.to} written to ${file}`);
    },
  };
}

export function createSmtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    name: "smtp",
    async send(message) {
      await transporter.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        ...(message.attachments?.length
          ? {
              attachments: message.attachments.map((a) => ({
                filename: a.filename,
                cid: a.cid,
                contentType: a.contentType,
                content: Buffer.from(a.base64, "base64"),
              })),
            }
          : {}),
      });
    },
  };
}

/** SMTP when SMTP_URL is set; otherwise files in DATA_DIR/mail, so nothing is lost in development. */
export function mailTransport(): MailTransport {
  const config = getConfig();
  return config.SMTP_URL
    ? createSmtpTransport(config.SMTP_URL, config.MAIL_FROM)
    : createFileTransport(config.mailDir);
}
