/**
 * Every route that sends someone back to a page they named (`redirectTo`) keeps them on the
 * site, and never answers 500 for a value that cannot be put in a Location header.
 */
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { action as langAction } from "../../app/routes/lang";
import { action as loginAction, loader as loginLoader } from "../../app/routes/login";
import { action as signupAction, loader as signupLoader } from "../../app/routes/signup";
import { action as confirmAction } from "../../app/routes/confirm-signup.$token";
import { mailOutbox } from "../../db/schema";
import { makeSignedInUser, makeUser, TEST_PASSWORD } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import { args, get, ORIGIN, post, sessionCookie } from "../support/route-call";

let t: TestDatabase;
let cookie = "";
beforeAll(async () => {
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
  const { token } = await makeSignedInUser(t.db, { email: "da-dang-nhap@example.com" });
  cookie = await sessionCookie(token);
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  await t.cleanup();
});

// Values that lead off the site, or that a Location header cannot hold (CR, LF): back home.
const HOSTILE = [
  "//evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/x\r\nSet-Cookie: a=b",
  "/\\evil.example",
  "\\/evil.example",
  "/..//evil.example",
  "https://evil.example",
  "javascript:alert(1)",
  " /products",
  "／／evil.example",
];

// Same-site paths with characters above U+00FF, which a Location header cannot hold as they
// are: kept, percent-encoded.
const ENCODED: [string, string][] = [
  ["/products?q=\u4e2d", "/products?q=%E4%B8%AD"],
  ["/\u0100", "/%C4%80"],
  ["/products?q=mật ong#x", "/products?q=m%E1%BA%ADt%20ong#x"],
];

const CASES: [string, string][] = [...HOSTILE.map((v): [string, string] => [v, "/"]), ...ENCODED];

/**
 * The Response a loader or action returned or threw. Anything else thrown (Headers refusing a
 * value, say) is what Remix would answer with a 500, so it fails the test.
 */
async function response(call: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await call();
    if (result instanceof Response) return result;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
  throw new Error("expected a redirect");
}

function signedInGet(path: string, redirectTo: string) {
  return get(`${path}?${new URLSearchParams({ redirectTo })}`, cookie);
}

/** Where the route sent the browser, checked to be a 303 to a path on this site. */
function location(res: Response): string {
  expect(res.status).toBe(303);
  const to = res.headers.get("Location") ?? "";
  expect(new URL(to, ORIGIN).origin).toBe(ORIGIN);
  return to;
}

describe("redirectTo", () => {
  it.each(CASES)("log-in page (signed in): %j goes to %j", async (value, expected) => {
    const res = await response(() => loginLoader(args(signedInGet("/login", value))));
    expect(location(res)).toBe(expected);
  });

  it.each(CASES)("sign-up page (signed in): %j goes to %j", async (value, expected) => {
    const res = await response(() => signupLoader(args(signedInGet("/signup", value))));
    expect(location(res)).toBe(expected);
  });

  it.each(CASES)("language switch: %j goes to %j", async (value, expected) => {
    const res = await response(() =>
      langAction(args(post("/lang", { lang: "en", redirectTo: value }))),
    );
    expect(location(res)).toBe(expected);
  });

  it("log-in form: every value goes home or to its encoded path, and still signs in", async () => {
    await makeUser(t.db, { email: "quay-lai@example.com" });
    for (const [value, expected] of CASES) {
      const res = await response(() =>
        loginAction(
          args(
            post("/login", {
              email: "quay-lai@example.com",
              password: TEST_PASSWORD,
              redirectTo: value,
            }),
          ),
        ),
      );
      expect([value, location(res)]).toEqual([value, expected]);
      expect(res.headers.get("Set-Cookie")).toMatch(/^ocop_session=/);
    }
  });

  it("sign-up form, then its emailed link: every value goes home or to its encoded path", async () => {
    let n = 0;
    for (const [value, expected] of CASES) {
      const email = `quay-ve-${++n}@example.com`;
      const asked = await response(() =>
        signupAction(
          args(
            post("/signup", {
              name: "Lan",
              email,
              password: "mat-khau-du-dai",
              redirectTo: value,
              privacyConsent: "yes",
            }),
          ),
        ),
      );
      expect([value, location(asked)]).toEqual([value, "/signup/sent"]);
      const [mail] = await t.db
        .select({ text: mailOutbox.textBody })
        .from(mailOutbox)
        .where(eq(mailOutbox.toAddress, email))
        .orderBy(desc(mailOutbox.id));
      const token = mail?.text.match(/\/confirm-signup\/([A-Za-z0-9_-]+)/)?.[1] ?? "";
      const confirmed = await response(() =>
        confirmAction(args(post(`/confirm-signup/${token}`, {}), { token })),
      );
      expect([value, location(confirmed)]).toEqual([value, expected]);
    }
  });
});
