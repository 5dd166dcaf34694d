import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { APIRequestContext, Browser } from "@playwright/test";
import {
  addToCart,
  expect,
  logIn,
  SONG_LO_PRODUCT,
  switchToEnglish,
  test,
  type DemoLogin,
} from "./support/fixtures";
import { PUBLIC_HTML_PAGES } from "./support/public-pages";
import {
  customerPages,
  administratorPages,
  officialPages,
  producerPages,
  type SignedInPage,
} from "./support/workspace-pages";

/**
 * The W3C Nu HTML checker (vnu.jar, run by Java) over the HTML the server sends for every
 * kind of page: the public ones in both languages, the workspaces and a customer's pages.
 * The pages are fetched, written to a folder and checked in one run (one JVM start). A
 * failure lists each error with its page, position, message and the offending markup.
 */

const VNU_JAR = path.resolve(import.meta.dirname, "..", "node_modules/vnu-jar/build/dist/vnu.jar");

type Checked = { file: string; page: string };

type NuMessage = {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
};

/** Fails, saying what to install, when there is no Java to run the checker with. */
function requireJava(): void {
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (java.error || java.status !== 0) {
    throw new Error(
      "The Nu HTML checker (vnu.jar) needs Java 11 or later on the PATH, and `java -version` " +
        `failed (${java.error?.message ?? java.stderr}). On Debian: apt-get install default-jre-headless.`,
    );
  }
  if (!fs.existsSync(VNU_JAR)) {
    throw new Error(`${VNU_JAR} is missing: run npm install (the vnu-jar package).`);
  }
}

/** Every error the checker finds in `files`, as one line each, with the page it came from. */
function nuErrors(checked: readonly Checked[]): string[] {
  const run = spawnSync(
    "java",
    ["-jar", VNU_JAR, "--format", "json", "--errors-only", ...checked.map((c) => c.file)],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) throw run.error;
  let report: { messages?: NuMessage[] };
  try {
    report = JSON.parse(run.stderr) as { messages?: NuMessage[] };
  } catch {
    throw new Error(`The Nu checker did not answer JSON (exit ${run.status}):\n${run.stderr}`);
  }
  // The checker names files "file:/dir/…", not "file:///dir/…": compare their paths.
  const pathOf = (url: string) => decodeURIComponent(url.replace(/^file:\/*/, "/"));
  const pageOf = new Map(checked.map((c) => [pathOf(pathToFileURL(c.file).href), c.page]));
  return (report.messages ?? []).map((m) => {
    const page = (m.url && pageOf.get(pathOf(m.url))) ?? m.url ?? "?";
    const where = m.lastLine ? `line ${m.lastLine}, column ${m.firstColumn ?? m.lastColumn}` : "";
    const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, " ").trim()}` : "";
    return `${page} (${where}): ${m.type}${m.subType ? `/${m.subType}` : ""}: ${m.message}${extract}`;
  });
}

test("every kind of page's HTML passes the Nu HTML checker", async ({
  browser,
  shopper,
}, testInfo) => {
  test.setTimeout(300_000);
  requireJava();
  const folder = testInfo.outputPath("nu");
  fs.mkdirSync(folder, { recursive: true });
  const checked: Checked[] = [];

  async function save(request: APIRequestContext, label: string, page: SignedInPage, status = 200) {
    const response = await request.get(page.path, { maxRedirects: 0 });
    expect(response.status(), `${page.path} (${label})`).toBe(status);
    const body = await response.body();
    // A page behind a log-in is one person's: no search engine may index it (privatePageMeta).
    if (!["vi", "en"].includes(label)) {
      expect(body.toString("utf8"), `${page.path}: robots noindex`).toContain(
        '<meta name="robots" content="noindex"/>',
      );
    }
    const file = path.join(folder, `${String(checked.length).padStart(3, "0")}.html`);
    fs.writeFileSync(file, body);
    checked.push({ file, page: `${page.path} (${label}, ${page.about})` });
  }

  async function signedIn(b: Browser, who: DemoLogin | typeof shopper, to: string) {
    const context = await b.newContext();
    const page = await context.newPage();
    await logIn(page, who, to);
    return { context, page };
  }

  await test.step("public pages, in Vietnamese and in English", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const p of PUBLIC_HTML_PAGES) await save(page.request, "vi", p, p.status);
    await switchToEnglish(page);
    for (const p of PUBLIC_HTML_PAGES) await save(page.request, "en", p, p.status);
    await context.close();
  });

  await test.step("the producer's workspace", async () => {
    const { context, page } = await signedIn(browser, "producer", "/producer");
    for (const p of await producerPages(page.request)) await save(page.request, "producer", p);
    await context.close();
  });

  await test.step("the official's workspace", async () => {
    const { context, page } = await signedIn(browser, "official", "/admin");
    for (const p of await officialPages(page.request)) await save(page.request, "official", p);
    await context.close();
  });

  await test.step("the administrator's legal documents", async () => {
    const { context, page } = await signedIn(browser, "admin", "/admin");
    for (const p of administratorPages()) await save(page.request, "admin", p);
    await context.close();
  });

  await test.step("a customer's pages", async () => {
    const { context, page } = await signedIn(browser, shopper, "/account");
    await addToCart(page, SONG_LO_PRODUCT);
    for (const p of customerPages(shopper.orderNumber)) await save(page.request, "customer", p);
    await context.close();
  });

  const errors = await test.step(`the Nu checker on ${checked.length} pages`, () =>
    nuErrors(checked));
  expect(errors, `\n${errors.join("\n")}\n`).toEqual([]);
});
