import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_APP_PORT } from "./scripts/e2e-database";

const port = Number(process.env.E2E_PORT ?? E2E_APP_PORT);
const baseURL = `http://127.0.0.1:${port}`;
// Debian's chromium when present (Playwright cannot download its own browser here).
const executablePath = fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
const launchOptions = {
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic"],
};

export default defineConfig({
  testDir: "./e2e",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "reports/e2e.json" }]] : "list",
  use: { baseURL, trace: "retain-on-failure", locale: "vi-VN" },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    {
      name: "phone",
      use: { ...devices["Pixel 7"], launchOptions },
      // What the HTTP server answers does not depend on the viewport.
      testIgnore: /\.http\.spec\.ts$/,
    },
  ],
  webServer: {
    // The production build on a fresh database, seeded with the demo catalogue.
    command: "tsx scripts/e2e-server.ts",
    url: `${baseURL}/readyz`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
