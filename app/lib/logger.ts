/**
 * The app's logger: one line per event, time and level first, so operators can grep and
 * ship it. Information goes to stdout, warnings and errors to stderr. Error objects keep
 * their stack for operators; nothing logged here is ever shown to users.
 */
type Level = "info" | "warn" | "error";

function write(level: Level, message: string, detail: unknown[]): void {
  const extra = detail
    .map((d) =>
      d instanceof Error ? (d.stack ?? d.message) : typeof d === "string" ? d : JSON.stringify(d),
    )
    .join(" ");
  const text = `${new Date().toISOString()} ${level.toUpperCase()} ${message}${extra ? ` ${extra}` : ""}\n`;
  (level === "info" ? process.stdout : process.stderr).write(text);
}

export const logger = {
  info: (message: string, ...detail: unknown[]) => write("info", message, detail),
  warn: (message: string, ...detail: unknown[]) => write("warn", message, detail),
  error: (message: string, ...detail: unknown[]) => write("error", message, detail),
};

export type Logger = typeof logger;
