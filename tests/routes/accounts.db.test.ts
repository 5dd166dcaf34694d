/**
 * The account pages' actions and loaders on a test database: bad input answers 400 with a
 * message on the field and writes nothing; cross-site posts answer 403; cookies are safe.
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate, type MessageKey } from "../../app/i18n";
import { loader as rootLoader } from "../../app/root";
import { loader as accountLoader } from "../../app/routes/account";
import { action as forgotAction } from "../../app/routes/forgot-password";
import { action as langAction } from "../../app/routes/lang";
import { action as loginAction } from "../../app/routes/login";
import { action as logoutAction } from "../../app/routes/logout";
import {
  action as resetAction,
  loader as resetLoader,
} from "../../app/routes/reset-password.$token";
import { action as signupAction } from "../../app/routes/signup";
import {
  action as confirmAction,
  loader as confirmLoader,
} from "../../app/routes/confirm-signup.$token";
import {
  loginFailures,
  mailOutbox,
  passwordResetTokens,
  sessions,
  signupRequests,
  users,
} from "../../db/schema";
import { makeProducer, makeSignedInUser, makeUser, TEST_PASSWORD } from "../support/factories";
import { args, get, post, run, sessionCookie } from "../support/route-call";
import { createTestDatabase, type TestDatabase } from "../support/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  await t.cleanup();
});

async function rowCounts() {
  const n = async (
    table:
      | typeof users
      | typeof sessions
      | typeof loginFailures
      | typeof mailOutbox
      | typeof passwordResetTokens
      | typeof signupRequests,
  ) => (await t.db.select({ n: count() }).from(table))[0]?.n ?? 0;
  return {
    users: await n(users),
    sessions: await n(sessions),
    loginFailures: await n(loginFailures),
    mail: await n(mailOutbox),
    resets: await n(passwordResetTokens),
    signups: await n(signupRequests),
  };
}

/** Asserts a 400 whose errors name these fields, each message mentioning its field, and no write. */
async function expectRejected(call: () => Promise<unknown>, fields: Record<string, RegExp>) {
  const before = await rowCounts();
  const out = await run(call);
  expect(out.status).toBe(400);
  const errors = out.body.errors as Record<string, MessageKey>;
  expect(Object.keys(errors).sort()).toEqual(Object.keys(fields).sort());
  for (const [field, mentions] of Object.entries(fields)) {
    const key = errors[field];
    if (!key) throw new Error(`no error for ${field}`);
    expect(translate("vi", key)).toMatch(mentions);
    expect(translate("en", key)).not.toBe(key);
  }
  expect(await rowCounts()).toEqual(before);
  return out;
}

const EMAIL = /email/i;
const PASSWORD = /mật khẩu/i;
const NAME = /họ và tên/i;
const CONSENT = /dữ liệu cá nhân/i;

describe("sign-up form", () => {
  it("rejects empty, malformed and weak input, keeping the typed values except the password", async () => {
    await expectRejected(() => signupAction(args(post("/signup", {}))), {
      name: NAME,
      email: EMAIL,
      password: PASSWORD,
      // The privacy notice's box, never ticked for the person (decision 0028).
      privacyConsent: CONSENT,
    });
    const out = await expectRejected(
      () => signupAction(args(post("/signup", {
              name: "Lan",
              email: "lan@",
              password: "ngan",
              privacyConsent: "yes",
            }))),
      { email: EMAIL, password: PASSWORD },
    );
    expect(out.body.values).toEqual({ name: "Lan", email: "lan@", privacyConsent: true });
    expect(JSON.stringify(out.body)).not.toContain("ngan");
    await expectRejected(
      () =>
        signupAction(
          args(
            post("/signup", {
              name: "Lan",
              email: "lan.email@example.com",
              password: "LAN.EMAIL@example.com",
              privacyConsent: "yes",
            }),
          ),
        ),
      { password: PASSWORD },
    );
    await expectRejected(
      () =>
        signupAction(
          args(
            post("/signup", {
              name: "   ",
              email: "a@example.com",
              password: "du-dai-roi-nhe",
              privacyConsent: "yes",
            }),
          ),
        ),
      {
        name: NAME,
      },
    );
  });

  it("answers an email that has an account exactly as a new one, and mails its owner a notice", async () => {
    await makeUser(t.db, { email: "co-roi@example.com", name: "Chị Có Rồi" });
    const signUp = (email: string) =>
      signupAction(
        args(
          post("/signup", {
            name: "Người Lạ",
            email,
            password: "mat-khau-du-dai",
            redirectTo: "/products",
            privacyConsent: "yes",
          }),
        ),
      );
    /** Everything a browser could see of the answer. */
    const seen = async (call: () => Promise<unknown>) => {
      const res = await call();
      if (!(res instanceof Response)) throw new Error("expected a redirect");
      return { status: res.status, headers: [...res.headers.entries()], body: await res.text() };
    };
    const taken = await seen(() => signUp(" Co-Roi@Example.com "));
    const fresh = await seen(() => signUp("chua-co@example.com"));
    expect(taken).toEqual(fresh);
    expect(taken.status).toBe(303);
    expect(taken.headers).toContainEqual(["location", "/signup/sent"]);
    expect(taken.headers.map(([name]) => name)).not.toContain("set-cookie");

    const notice = await t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "co-roi@example.com"));
    expect(notice.map((m) => m.subject)).toEqual(["Có người đăng ký Chợ OCOP bằng email của bạn"]);
    expect(notice[0]?.textBody).toContain("Xin chào Chị Có Rồi");
    const link = await t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "chua-co@example.com"));
    expect(link.map((m) => m.subject)).toEqual(["Kích hoạt tài khoản Chợ OCOP"]);
    expect(link[0]?.textBody).toMatch(/\/confirm-signup\/[A-Za-z0-9_-]+/);
    // Neither is signed in, and the existing account is untouched.
    expect(await t.db.select().from(users).where(eq(users.email, "chua-co@example.com"))).toEqual(
      [],
    );
    const [owner] = await t.db.select().from(users).where(eq(users.email, "co-roi@example.com"));
    expect(owner?.name).toBe("Chị Có Rồi");
  });

  it("creates the account once the emailed link is used, with a normalised email and a safe cookie", async () => {
    const asked = await run(() =>
      signupAction(
        args(
          post("/signup", {
            name: "Mai",
            email: "  Mai@Example.COM ",
            password: "mat-khau-cua-mai",
            redirectTo: "/products?q=mật ong",
            privacyConsent: "yes",
          }),
        ),
      ),
    );
    expect(asked.status).toBe(303);
    expect(asked.headers.get("Location")).toBe("/signup/sent");
    const [mail] = await t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "mai@example.com"));
    const token = mail?.textBody.match(/\/confirm-signup\/([A-Za-z0-9_-]+)/)?.[1] ?? "";
    const path = `/confirm-signup/${token}`;

    const page = await run(() => confirmLoader(args(get(path), { token })));
    expect(page.body.email).toBe("mai@example.com");
    expect(page.headers.get("Referrer-Policy")).toBe("same-origin");
    // Opening the link (a mail scanner does) creates nothing.
    expect(await t.db.select().from(users).where(eq(users.email, "mai@example.com"))).toEqual([]);

    const out = await run(() => confirmAction(args(post(path, {}), { token })));
    expect(out.status).toBe(303);
    expect(out.headers.get("Location")).toBe("/products?q=m%E1%BA%ADt%20ong");
    const cookie = out.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(/^ocop_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const [row] = await t.db.select().from(users).where(eq(users.email, "mai@example.com"));
    expect(row?.name).toBe("Mai");

    const again = await run(() => confirmAction(args(post(path, {}), { token })));
    expect(again.status).toBe(400);
    expect(again.body.invalidLink).toBe(true);
    expect(again.headers.get("Set-Cookie")).toBeNull();
  });

  it("sends the new customer home, not off the site, when the return path was hostile", async () => {
    await run(() =>
      signupAction(
        args(
          post("/signup", {
            name: "Tú",
            email: "tu@example.com",
            password: "mat-khau-cua-tu",
            redirectTo: "/\t/evil.example",
            privacyConsent: "yes",
          }),
        ),
      ),
    );
    const [mail] = await t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "tu@example.com"));
    const token = mail?.textBody.match(/\/confirm-signup\/([A-Za-z0-9_-]+)/)?.[1] ?? "";
    const out = await run(() =>
      confirmAction(args(post(`/confirm-signup/${token}`, {}), { token })),
    );
    expect(out.status).toBe(303);
    expect(out.headers.get("Location")).toBe("/");
  });
});

describe("log-in form", () => {
  it("rejects missing or malformed fields without counting a failure", async () => {
    await expectRejected(() => loginAction(args(post("/login", {}))), {
      email: EMAIL,
      password: PASSWORD,
    });
    await expectRejected(
      () => loginAction(args(post("/login", { email: "khong-phai-email", password: "x" }))),
      { email: EMAIL },
    );
  });

  it("says the same for a wrong password and an unknown email, and blocks the 6th failure with a message", async () => {
    await makeUser(t.db, { email: "hung@example.com" });
    const wrong = await run(() =>
      loginAction(args(post("/login", { email: "hung@example.com", password: "sai-mat-khau" }))),
    );
    const unknown = await run(() =>
      loginAction(args(post("/login", { email: "ai-do@example.com", password: "sai-mat-khau" }))),
    );
    expect(wrong.status).toBe(400);
    expect({ ...wrong.body, values: null }).toEqual({ ...unknown.body, values: null });
    expect(wrong.body.formError).toBe("accounts.error.invalidCredentials");
    for (let i = 0; i < 4; i++)
      await run(() =>
        loginAction(args(post("/login", { email: "hung@example.com", password: "sai" }))),
      );
    const sixth = await run(() =>
      loginAction(args(post("/login", { email: "hung@example.com", password: TEST_PASSWORD }))),
    );
    expect(sixth.status).toBe(429);
    expect(translate("vi", sixth.body.formError as MessageKey)).toMatch(/15 phút/);
  });

  it("limits the address that failed, not the owner logging in from another one", async () => {
    await makeUser(t.db, { email: "chu-tai-khoan@example.com" });
    const from = (clientAddress: string, password: string) =>
      run(() =>
        loginAction({
          request: post("/login", { email: "chu-tai-khoan@example.com", password }),
          params: {},
          context: { clientAddress },
        }),
      );
    for (let i = 0; i < 5; i++)
      expect((await from("203.0.113.9", "sai-mat-khau")).status).toBe(400);
    expect((await from("203.0.113.9", TEST_PASSWORD)).status).toBe(429);
    const owner = await from("198.51.100.7", TEST_PASSWORD);
    expect(owner.status).toBe(303);
    expect(owner.headers.get("Set-Cookie")).toMatch(/^ocop_session=/);
  });

  it("logs in, rotates the session and refuses to redirect off the site", async () => {
    const { user, token } = await makeSignedInUser(t.db, { email: "rotate-route@example.com" });
    const cookie = await sessionCookie(token);
    const out = await run(() =>
      loginAction(
        args(
          post(
            "/login",
            {
              email: "rotate-route@example.com",
              password: TEST_PASSWORD,
              redirectTo: "//evil.example/",
            },
            { cookie },
          ),
        ),
      ),
    );
    expect(out.status).toBe(303);
    expect(out.headers.get("Location")).toBe("/");
    expect(out.headers.get("Set-Cookie")).not.toContain(encodeURIComponent(token));
    const left = await t.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(left).toHaveLength(1);
  });

  it("takes producers and officials to their workspace unless a page was asked for", async () => {
    const producer = await makeProducer(t.db);
    await makeUser(t.db, {
      email: "member-home@example.com",
      role: "producer_member",
      producerId: producer.id,
    });
    await makeUser(t.db, {
      email: "official-home@example.com",
      role: "official",
      officialPlaceCode: producer.provinceCode,
    });
    await makeUser(t.db, { email: "customer-home@example.com" });
    const landing = async (email: string, redirectTo?: string) => {
      const fields: Record<string, string> = { email, password: TEST_PASSWORD };
      if (redirectTo) fields.redirectTo = redirectTo;
      const out = await run(() => loginAction(args(post("/login", fields))));
      expect(out.status).toBe(303);
      return out.headers.get("Location");
    };
    expect(await landing("member-home@example.com")).toBe("/producer");
    expect(await landing("official-home@example.com")).toBe("/admin");
    expect(await landing("customer-home@example.com")).toBe("/");
    expect(await landing("member-home@example.com", "/cart")).toBe("/cart");
  });
});

describe("log-out", () => {
  it("ends the session and clears the cookie", async () => {
    const { user, token } = await makeSignedInUser(t.db);
    const cookie = await sessionCookie(token);
    const out = await run(() => logoutAction(args(post("/logout", {}, { cookie }))));
    expect(out.status).toBe(303);
    expect(out.headers.get("Set-Cookie")).toMatch(/ocop_session=;.*Max-Age=0/i);
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
  });
});

describe("password reset forms", () => {
  it("rejects a malformed email and answers a well-formed one the same whether or not it has an account", async () => {
    await expectRejected(() => forgotAction(args(post("/forgot-password", { email: "sai" }))), {
      email: EMAIL,
    });
    await makeUser(t.db, { email: "co-tai-khoan@example.com" });
    const known = await run(() =>
      forgotAction(args(post("/forgot-password", { email: "co-tai-khoan@example.com" }))),
    );
    const unknown = await run(() =>
      forgotAction(args(post("/forgot-password", { email: "khong-tai-khoan@example.com" }))),
    );
    expect(known.status).toBe(200);
    expect(known).toEqual(unknown);
  });

  it("rejects a short new password, then resets with a good one", async () => {
    await makeUser(t.db, { email: "dat-lai@example.com" });
    await run(() => forgotAction(args(post("/forgot-password", { email: "dat-lai@example.com" }))));
    const [mail] = await t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "dat-lai@example.com"));
    const token = mail?.textBody.match(/\/reset-password\/([A-Za-z0-9_-]+)/)?.[1] ?? "";
    const path = `/reset-password/${token}`;
    const page = await run(() => resetLoader(args(get(path), { token })));
    expect(page.body.usable).toBe(true);
    expect(page.headers.get("Referrer-Policy")).toBe("same-origin");

    await expectRejected(() => resetAction(args(post(path, { password: "ngan" }), { token })), {
      password: PASSWORD,
    });
    const done = await run(() =>
      resetAction(args(post(path, { password: "mat-khau-moi-that-dai" }), { token })),
    );
    expect(done.status).toBe(303);
    expect(done.headers.get("Location")).toBe("/login?reset=1");
    const again = await run(() =>
      resetAction(args(post(path, { password: "mat-khau-moi-that-dai" }), { token })),
    );
    expect(again.status).toBe(400);
    expect(again.body.invalidLink).toBe(true);
  });
});

describe("cross-site requests", () => {
  it("are refused with 403 by every action, writing nothing", async () => {
    const evil = { origin: "https://evil.example" };
    const before = await rowCounts();
    const calls: [string, () => Promise<unknown>][] = [
      [
        "signup",
        () =>
          signupAction(
            args(
              post(
                "/signup",
                { name: "A", email: "csrf@example.com", password: "mat-khau-du-dai" },
                evil,
              ),
            ),
          ),
      ],
      [
        "login",
        () => loginAction(args(post("/login", { email: "hung@example.com", password: "x" }, evil))),
      ],
      ["logout", () => logoutAction(args(post("/logout", {}, evil)))],
      [
        "forgot",
        () => forgotAction(args(post("/forgot-password", { email: "dat-lai@example.com" }, evil))),
      ],
      [
        "reset",
        () =>
          resetAction(
            args(post("/reset-password/x", { password: "mat-khau-du-dai" }, evil), { token: "x" }),
          ),
      ],
      ["lang", () => langAction(args(post("/lang", { lang: "en", redirectTo: "/" }, evil)))],
      [
        "confirm-signup",
        () => confirmAction(args(post("/confirm-signup/x", {}, evil), { token: "x" })),
      ],
    ];
    for (const [name, call] of calls) {
      expect([name, (await run(call)).status]).toEqual([name, 403]);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("lets the language switch through from the site itself", async () => {
    const out = await run(() =>
      langAction(args(post("/lang", { lang: "en", redirectTo: "/products" }))),
    );
    expect(out.status).toBe(303);
    expect(out.headers.get("Location")).toBe("/products");
  });
});

describe("pages that need a user", () => {
  it("/account sends a visitor to log in, and shows the signed-in user", async () => {
    const anonymous = await run(() => accountLoader(args(get("/account"))));
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("Location")).toBe("/login?redirectTo=%2Faccount");
    const { token } = await makeSignedInUser(t.db, { name: "Bà Tư", email: "ba-tu@example.com" });
    const cookie = await sessionCookie(token);
    const page = await run(() => accountLoader(args(get("/account", cookie))));
    expect(page.body.user).toEqual({ name: "Bà Tư", email: "ba-tu@example.com", role: "customer" });
    const root = await run(() => rootLoader(args(get("/", cookie))));
    expect(root.body.user).toEqual({ name: "Bà Tư", role: "customer" });
    expect((await run(() => rootLoader(args(get("/"))))).body.user).toBeNull();
  });
});
