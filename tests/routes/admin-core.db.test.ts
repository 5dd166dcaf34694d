/**
 * The core of the official workspace through its loaders and actions, with real requests:
 * who gets in (in scope, out of scope, commune official, customer, producer member,
 * anonymous, administrator), every field of the producer form refused with nothing written,
 * the audit entries, and an invitation from the email to a signed-in member.
 */
import { count, desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOptionalUser } from "../../app/web/auth.server";
import { translate, type MessageKey } from "../../app/i18n";
import { loader as layoutLoader } from "../../app/routes/admin";
import { loader as dashboardLoader } from "../../app/routes/admin._index";
import { loader as auditLoader } from "../../app/routes/admin.audit";
import {
  action as producerAction,
  loader as producerLoader,
} from "../../app/routes/admin.producers.$id";
import { loader as listLoader } from "../../app/routes/admin.producers._index";
import { action as newAction, loader as newLoader } from "../../app/routes/admin.producers.new";
import { action as inviteAction, loader as inviteLoader } from "../../app/routes/invite.$token";
import { action as loginAction } from "../../app/routes/login";
import {
  auditLog,
  mailOutbox,
  passwordResetTokens,
  producers,
  sessions,
  users,
} from "../../db/schema";
import {
  ensurePlace,
  makeProducer,
  makeSignedInUser,
  makeVisibleProduct,
} from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-db";
import {
  args,
  get as getRequest,
  post as postRequest,
  run,
  sessionCookie,
  type Outcome,
} from "../support/route-call";

let t: TestDatabase;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
let inScope = 0;
let outOfScope = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  globalThis.__ocopDatabase = Promise.resolve(t);
  const phuTho = { provinceCode: "25", provinceName: "Tỉnh Phú Thọ" };
  await ensurePlace(t.db, { ...phuTho, communeCode: "08848", communeName: "Xã Sông Lô" });
  await ensurePlace(t.db, { ...phuTho, communeCode: "08866", communeName: "Xã Hải Lựu" });
  await ensurePlace(t.db, { provinceCode: "01", communeCode: "00004" });
  inScope = (
    await makeProducer(t.db, { name: "HTX Ổi Sông Lô", provinceCode: "25", communeCode: "08848" })
  ).id;
  outOfScope = (
    await makeProducer(t.db, { name: "HTX Gốm Hà Nội", provinceCode: "01", communeCode: "00004" })
  ).id;
  await makeVisibleProduct(t.db, { producerId: inScope, nameVi: "Ổi lê Sông Lô" });
  await makeVisibleProduct(t.db, { producerId: outOfScope, nameVi: "Bình gốm men lam" });
  const people = {
    province: { role: "official" as const, officialPlaceCode: "25", name: "Cán bộ tỉnh" },
    commune: { role: "official" as const, officialPlaceCode: "08848" },
    outsider: { role: "official" as const, officialPlaceCode: "01" },
    customer: { role: "customer" as const },
    member: { role: "producer_member" as const, producerId: inScope },
    admin: { role: "administrator" as const },
  };
  for (const [who, o] of Object.entries(people)) {
    const s = await makeSignedInUser(t.db, o);
    cookies[who] = await sessionCookie(s.token);
    ids[who] = s.user.id;
  }
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  await t.cleanup();
});

/** Requests as one of the people above, by name (anonymous without one). */
const get = (path: string, who?: string) => getRequest(path, who ? cookies[who] : undefined);
const post = (path: string, fields: Record<string, string>, who?: string) =>
  postRequest(path, fields, { cookie: who ? cookies[who] : undefined });

async function rowCounts() {
  const n = async (
    table:
      | typeof producers
      | typeof auditLog
      | typeof users
      | typeof mailOutbox
      | typeof passwordResetTokens,
  ) => (await t.db.select({ n: count() }).from(table))[0]?.n ?? 0;
  return {
    producers: await n(producers),
    audit: await n(auditLog),
    users: await n(users),
    mail: await n(mailOutbox),
    tokens: await n(passwordResetTokens),
  };
}

const VALID = {
  intent: "save",
  name: "HTX Mật ong Sông Lô",
  legalForm: "cooperative",
  provinceCode: "25",
  communeCode: "08848",
  addressPrinted: "Thôn Đồng Giang, xã Sông Lô",
  storyVi: "Hợp tác xã nuôi ong lấy mật hoa nhãn trên đồi Sông Lô từ năm 2012.",
  storyEn: "",
  representative: "Nguyễn Văn Thắng",
  phone: "0912 345 678",
  email: "",
  website: "",
};

describe("who may use each page and action", () => {
  const producerPath = (id: number) => `/admin/producers/${id}`;
  type Row = {
    name: string;
    call: (who?: string) => Promise<unknown>;
    allow: string[];
  };
  const officials = ["province", "commune", "outsider", "admin"];
  const rows: Row[] = [
    { name: "layout", call: (w) => layoutLoader(args(get("/admin", w))), allow: officials },
    { name: "dashboard", call: (w) => dashboardLoader(args(get("/admin", w))), allow: officials },
    {
      name: "producer list",
      call: (w) => listLoader(args(get("/admin/producers", w))),
      allow: officials,
    },
    {
      name: "new producer page",
      call: (w) => newLoader(args(get("/admin/producers/new", w))),
      allow: officials,
    },
    {
      name: "new producer action",
      call: (w) => newAction(args(post("/admin/producers/new", {}, w))),
      allow: officials,
    },
    { name: "audit log", call: (w) => auditLoader(args(get("/admin/audit", w))), allow: officials },
    {
      name: "producer in scope",
      call: (w) => producerLoader(args(get(producerPath(inScope), w), { id: String(inScope) })),
      allow: ["province", "commune", "admin"],
    },
    {
      name: "Hà Nội producer",
      call: (w) =>
        producerLoader(args(get(producerPath(outOfScope), w), { id: String(outOfScope) })),
      allow: ["outsider", "admin"],
    },
    {
      name: "edit the Hà Nội producer",
      call: (w) =>
        producerAction(
          args(post(producerPath(outOfScope), { ...VALID, name: "" }, w), {
            id: String(outOfScope),
          }),
        ),
      allow: ["outsider", "admin"],
    },
    {
      name: "reactivate the Hà Nội producer (already active: a no-op)",
      call: (w) =>
        producerAction(
          args(post(producerPath(outOfScope), { intent: "reactivate" }, w), {
            id: String(outOfScope),
          }),
        ),
      allow: ["outsider", "admin"],
    },
    {
      name: "invite to the Hà Nội producer",
      call: (w) =>
        producerAction(
          args(
            post(
              producerPath(outOfScope),
              { intent: "invite", memberName: "", memberEmail: "" },
              w,
            ),
            { id: String(outOfScope) },
          ),
        ),
      allow: ["outsider", "admin"],
    },
  ];
  const everyone = [undefined, "customer", "member", ...officials];

  for (const row of rows) {
    it(`${row.name}: ${row.allow.join(", ")} only`, async () => {
      for (const who of everyone) {
        const before = await rowCounts();
        const o = await run(() => row.call(who));
        const label = `${row.name} as ${who ?? "anonymous"}`;
        if (who === undefined) {
          expect(o.status, label).toBe(303);
          expect(o.location, label).toMatch(/^\/login\?redirectTo=/);
        } else if (!row.allow.includes(who)) {
          const expected = who === "customer" || who === "member" ? 403 : 404;
          expect(o.status, label).toBe(expected);
          expect(JSON.stringify(o.body), label).not.toMatch(/HTX Gốm Hà Nội|HTX Ổi Sông Lô/);
        } else {
          expect([200, 303, 400], label).toContain(o.status);
        }
        // Nothing denied writes anything (the allowed calls above are harmless too).
        if (!row.allow.includes(who ?? "")) expect(await rowCounts(), label).toEqual(before);
      }
    });
  }

  it("an unknown or malformed id is simply not found", async () => {
    for (const id of ["999999", "abc", "0", "1e3", "99999999999"]) {
      const o = await run(() =>
        producerLoader(args(get(`/admin/producers/${id}`, "admin"), { id })),
      );
      expect(o.status, id).toBe(404);
    }
  });

  it("refuses a post from another site", async () => {
    const request = postRequest("/admin/producers/new", VALID, {
      origin: "https://evil.example",
      cookie: cookies.admin!,
    });
    const before = await rowCounts();
    expect((await run(() => newAction(args(request)))).status).toBe(403);
    expect(await rowCounts()).toEqual(before);
  });

  it("names the signed-in unit in the frame", async () => {
    const province = await run(() => layoutLoader(args(get("/admin", "province"))));
    expect(province.body.unitLabel).toBe("Cán bộ tỉnh Phú Thọ");
    const commune = await run(() => layoutLoader(args(get("/admin", "commune"))));
    expect(commune.body.unitLabel).toBe("Cán bộ xã Sông Lô");
    const admin = await run(() => layoutLoader(args(get("/admin", "admin"))));
    expect(admin.body.unitLabel).toBe("Quản trị viên");
  });
});

/** Asserts a 400 whose errors name exactly these fields, translated in both languages, and no write. */
async function expectRejected(call: () => Promise<unknown>, fields: string[]) {
  const before = await rowCounts();
  const out = await run(call);
  expect(out.status).toBe(400);
  const errors = out.body.errors as Record<string, MessageKey>;
  expect(Object.keys(errors).sort()).toEqual([...fields].sort());
  for (const field of fields) {
    const key = errors[field]!;
    expect(translate("vi", key)).not.toBe(key);
    expect(translate("en", key)).not.toBe(key);
  }
  expect(await rowCounts()).toEqual(before);
  return out;
}

describe("onboarding form", () => {
  const create =
    (fields: Record<string, string>, who = "province") =>
    () =>
      newAction(args(post("/admin/producers/new", fields, who)));

  it("refuses each bad field with its own message and writes nothing", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ name: "" }, "name"],
      [{ name: "A" }, "name"],
      [{ name: "x".repeat(201) }, "name"],
      [{ legalForm: "" }, "legalForm"],
      [{ legalForm: "company" }, "legalForm"],
      [{ provinceCode: "" }, "provinceCode"],
      [{ provinceCode: "2" }, "provinceCode"],
      [{ communeCode: "" }, "communeCode"],
      [{ communeCode: "8848" }, "communeCode"],
      [{ addressPrinted: "Số" }, "addressPrinted"],
      [{ storyVi: "" }, "storyVi"],
      [{ storyVi: "Ngắn quá" }, "storyVi"],
      [{ storyVi: "x".repeat(5001) }, "storyVi"],
      [{ storyEn: "x".repeat(5001) }, "storyEn"],
      [{ representative: "x".repeat(101) }, "representative"],
      [{ phone: "12345" }, "phone"],
      [{ phone: "0212345678" }, "phone"],
      [{ email: "htx@" }, "email"],
      [{ website: "javascript:alert(1)" }, "website"],
      [{ website: "ftp://example.com" }, "website"],
      [{ website: "example.com" }, "website"],
      // Places: the commune must be in the province and in the official's unit.
      [{ provinceCode: "01", communeCode: "00004" }, "communeCode"],
      [{ provinceCode: "25", communeCode: "00004" }, "communeCode"],
      [{ communeCode: "99999" }, "communeCode"],
    ];
    for (const [fields, field] of cases) {
      const out = await expectRejected(create({ ...VALID, ...fields }), [field]);
      // What was typed comes back, so nothing has to be typed again.
      expect((out.body.values as Record<string, string>).addressPrinted).toBe(
        fields.addressPrinted ?? VALID.addressPrinted,
      );
    }
    await expectRejected(create({ intent: "save" }), [
      "name",
      "legalForm",
      "provinceCode",
      "communeCode",
      "addressPrinted",
      "storyVi",
    ]);
    // A commune official cannot onboard in the next commune.
    await expectRejected(create({ ...VALID, communeCode: "08866" }, "commune"), ["communeCode"]);
  });

  it("lists a province's communes in scope without JavaScript, writing nothing", async () => {
    const before = await rowCounts();
    const out = await run(create({ intent: "province", provinceCode: "25" }, "commune"));
    expect(out.status).toBe(200);
    expect((out.body.communes as { code: string }[]).map((c) => c.code)).toEqual(["08848"]);
    expect(await rowCounts()).toEqual(before);
  });

  it("onboards, then the producer is in the list, on its page and in the audit log", async () => {
    const out = await run(create({ ...VALID, website: "https://mat-ong-song-lo.vn" }));
    expect(out.status).toBe(303);
    const id = Number(/^\/admin\/producers\/(\d+)\?created=1$/.exec(out.location ?? "")?.[1]);
    expect(id).toBeGreaterThan(0);
    const [row] = await t.db.select().from(producers).where(eq(producers.id, id));
    expect(row).toMatchObject({
      slug: "htx-mat-ong-song-lo",
      phone: "0912345678",
      email: null,
      storyEn: null,
      website: "https://mat-ong-song-lo.vn/",
    });

    const list = await run(() => listLoader(args(get("/admin/producers?q=mat+ong", "province"))));
    const items = (list.body.list as { items: { id: number }[] }).items;
    expect(items.map((i) => i.id)).toEqual([id]);
    const page = await run(() =>
      producerLoader(args(get(`/admin/producers/${id}?created=1`, "commune"), { id: String(id) })),
    );
    expect(page.body.flash).toBe("admin.producer.flash.created");

    const audit = await run(() =>
      auditLoader(args(get("/admin/audit?action=producer.create", "province"))),
    );
    const entries = (audit.body.page as { entries: { entityId: string; actorEmail: string }[] })
      .entries;
    expect(entries.map((e) => e.entityId)).toContain(String(id));
    // Actions and record types are shown translated (Vietnamese by default), not as raw codes.
    const labelled = audit.body.page as {
      actions: { value: string; label: string }[];
      entries: { actionLabel: string; entityLabel: string }[];
    };
    expect(labelled.actions).toContainEqual({ value: "producer.create", label: "Tạo chủ thể" });
    expect(labelled.entries[0]).toMatchObject({
      actionLabel: "Tạo chủ thể",
      entityLabel: "Chủ thể",
    });
    // When, in Vietnam time: the entry was written a moment ago.
    const when = (audit.body.page as { entries: { when: string }[] }).entries[0]?.when ?? "";
    const [, dd, mm, yyyy, hh, mi] = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(when) ?? [];
    const printed = Date.parse(`${yyyy}-${mm}-${dd}T${hh}:${mi}:00+07:00`);
    expect(Math.abs(Date.now() - printed)).toBeLessThan(5 * 60_000);
    // The other province's official does not see it.
    const other = await run(() => auditLoader(args(get("/admin/audit", "outsider"))));
    expect(JSON.stringify(other.body)).not.toContain("HTX Mật ong Sông Lô");
  });
});

describe("editing, suspending and reactivating", () => {
  const path = () => `/admin/producers/${inScope}`;
  const act =
    (fields: Record<string, string>, who = "province") =>
    () =>
      producerAction(args(post(path(), fields, who), { id: String(inScope) }));

  it("refuses a bad edit field by field and saves a good one with its audit entry", async () => {
    await expectRejected(act({ ...VALID, phone: "abc" }), ["phone"]);
    await expectRejected(act({ ...VALID, communeCode: "08866" }, "commune"), ["communeCode"]);
    const out = await run(act({ ...VALID, name: "HTX Ổi Sông Lô", phone: "0987654321" }));
    expect(out).toMatchObject({ status: 303, location: `/admin/producers/${inScope}?saved=1` });
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "producer.update"))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry).toMatchObject({ entityId: String(inScope), actorUserId: ids.province });
    expect(entry?.after).toMatchObject({ phone: "0987654321" });
  });

  it("suspends and reactivates, each with an audit entry; an unknown intent is a bad request", async () => {
    const suspended = await run(act({ intent: "suspend" }, "commune"));
    expect(suspended.location).toBe(`/admin/producers/${inScope}?suspended=1`);
    const page = await run(() =>
      producerLoader(args(get(path(), "province"), { id: String(inScope) })),
    );
    expect((page.body.producer as { status: string }).status).toBe("suspended");
    expect((page.body.products as { visible: boolean }[]).every((p) => !p.visible)).toBe(true);
    const back = await run(act({ intent: "reactivate" }, "admin"));
    expect(back.location).toBe(`/admin/producers/${inScope}?reactivated=1`);
    const actions = await t.db
      .select({ action: auditLog.action, actor: auditLog.actorUserId })
      .from(auditLog)
      .where(eq(auditLog.entityId, String(inScope)))
      .orderBy(auditLog.id);
    expect(actions.slice(-2)).toEqual([
      { action: "producer.suspend", actor: ids.commune },
      { action: "producer.reactivate", actor: ids.admin },
    ]);
    const before = await rowCounts();
    expect((await run(act({ intent: "delete" }))).status).toBe(400);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("inviting a producer member", () => {
  const invite =
    (fields: Record<string, string>, who = "province") =>
    () =>
      producerAction(
        args(post(`/admin/producers/${inScope}`, { intent: "invite", ...fields }, who), {
          id: String(inScope),
        }),
      );

  async function mailedToken(to: string): Promise<string> {
    const [row] = await t.db
      .select({ text: mailOutbox.textBody })
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, to))
      .orderBy(desc(mailOutbox.id))
      .limit(1);
    const m = row?.text.match(/\/invite\/([A-Za-z0-9_-]+)/);
    if (!m?.[1]) throw new Error(`no invitation mailed to ${to}`);
    return m[1];
  }

  it("refuses a bad name or email, and an email that already has an account", async () => {
    await expectRejected(invite({ memberName: "", memberEmail: "" }), [
      "memberName",
      "memberEmail",
    ]);
    await expectRejected(invite({ memberName: "Mai", memberEmail: "mai@" }), ["memberEmail"]);
    const taken = await makeSignedInUser(t.db, { email: "da-co@example.com" });
    const refused = await expectRejected(
      invite({ memberName: "Mai", memberEmail: "Da-Co@Example.com" }),
      ["memberEmail"],
    );
    expect((refused.body.errors as Record<string, string>).memberEmail).toBe(
      "admin.error.memberEmailTaken",
    );
    const [still] = await t.db.select().from(users).where(eq(users.id, taken.user.id));
    expect(still?.role).toBe("customer");
  });

  it("from the email link to a signed-in member who can log in again", async () => {
    const sent = await run(invite({ memberName: "Lê Thị Hoa", memberEmail: "Hoa.Le@Example.com" }));
    expect(sent).toMatchObject({
      status: 303,
      location: `/admin/producers/${inScope}?invited=1#members`,
    });
    const [mail] = await t.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, "hoa.le@example.com"));
    expect(mail?.subject).toContain("HTX Ổi Sông Lô");
    const token = await mailedToken("hoa.le@example.com");
    expect(mail?.textBody).toContain(`/invite/${token}`);

    const page = await run(() =>
      producerLoader(args(get(`/admin/producers/${inScope}`, "province"), { id: String(inScope) })),
    );
    const hoa = (o: Outcome) =>
      (o.body.members as { email: string; active: boolean }[]).filter(
        (m) => m.email === "hoa.le@example.com",
      );
    expect(hoa(page)).toEqual([expect.objectContaining({ active: false })]);

    const shown = await run(() => inviteLoader(args(get(`/invite/${token}`), { token })));
    expect(shown.body.invite).toEqual({
      name: "Lê Thị Hoa",
      email: "hoa.le@example.com",
      producerName: "HTX Ổi Sông Lô",
    });
    expect(shown.headers.get("Referrer-Policy")).toBe("same-origin");

    const accept = (password: string) => () =>
      inviteAction(args(post(`/invite/${token}`, { password }), { token }));
    const short = await run(accept("ngan"));
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual({ password: "accounts.error.passwordTooShort" });
    const same = await run(accept("hoa.le@example.com"));
    expect(same.body.errors).toEqual({ password: "accounts.error.passwordIsEmail" });

    const done = await run(accept("mat-khau-cua-hoa"));
    expect(done.status).toBe(303);
    expect(done.location).toBe("/producer");
    const cookie = done.headers.get("Set-Cookie")?.split(";")[0] ?? "";
    expect(cookie).toMatch(/^ocop_session=/);
    const member = await getOptionalUser(getRequest("/producer", cookie));
    expect(member).toMatchObject({
      email: "hoa.le@example.com",
      role: "producer_member",
      producerId: inScope,
    });

    // The link is spent.
    const again = await run(accept("mat-khau-khac-nua"));
    expect(again.body).toMatchObject({ invalidLink: true });
    expect(
      (await run(() => inviteLoader(args(get(`/invite/${token}`), { token })))).body.invite,
    ).toBeNull();

    // And the new password logs in through the log-in page.
    const login = await run(() =>
      loginAction(
        args(
          post("/login", {
            email: "hoa.le@example.com",
            password: "mat-khau-cua-hoa",
            redirectTo: "/producer",
          }),
        ),
      ),
    );
    expect(login).toMatchObject({ status: 303, location: "/producer" });
    const page2 = await run(() =>
      producerLoader(args(get(`/admin/producers/${inScope}`, "province"), { id: String(inScope) })),
    );
    expect(hoa(page2)).toEqual([expect.objectContaining({ active: true })]);
  });

  it("refuses an expired link", async () => {
    await run(invite({ memberName: "Trần Văn Nam", memberEmail: "nam@example.com" }));
    const token = await mailedToken("nam@example.com");
    await t.db
      .update(passwordResetTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(passwordResetTokens.purpose, "invite"));
    expect(
      (await run(() => inviteLoader(args(get(`/invite/${token}`), { token })))).body.invite,
    ).toBeNull();
    const before = await t.db.select({ n: count() }).from(sessions);
    const out = await run(() =>
      inviteAction(args(post(`/invite/${token}`, { password: "mat-khau-qua-han" }), { token })),
    );
    expect(out).toMatchObject({ status: 400, body: { invalidLink: true } });
    expect(out.headers.get("Set-Cookie")).toBeNull();
    expect(await t.db.select({ n: count() }).from(sessions)).toEqual(before);
  });
});

describe("dashboard through its loader", () => {
  it("gives each official the figures of their unit", async () => {
    const province = await run(() => dashboardLoader(args(get("/admin", "province"))));
    const admin = await run(() => dashboardLoader(args(get("/admin", "admin"))));
    const outsider = await run(() => dashboardLoader(args(get("/admin", "outsider"))));
    const certified = (o: Outcome) => (o.body.dashboard as { certified: number }).certified;
    expect(certified(province)).toBe(1);
    expect(certified(outsider)).toBe(1);
    expect(certified(admin)).toBe(2);
  });
});
