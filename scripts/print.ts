/** What a command prints for the person who ran it (reports, tables): plain lines on stdout. */
export function print(line = ""): void {
  process.stdout.write(`${line}\n`);
}
