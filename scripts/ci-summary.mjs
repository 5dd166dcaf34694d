// Prints "N passed, N failed" (and skipped) from the vitest and Playwright JSON reports.
import fs from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const unit = readJson("reports/vitest.json");
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
const e2e = readJson("reports/e2e.json");
if (e2e?.stats) {
  passed += e2e.stats.expected ?? 0;
  failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
  skipped += e2e.stats.skipped ?? 0;
}
if (!unit && !e2e) {
  process.stderr.write("No test reports found.\n");
  process.exit(1);
}
process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
