/**
 * The `require…` helpers on a test database: who gets through, who is sent to log in (303)
 * and who is refused (403), for every role and scope.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOptionalUser, requireRole, requireUser } from "../../app/web/auth.server";
import { ensurePlace, makeProducer, makeSignedInUser } from "../support/factories";
import { get, sessionCookie } from "../support/route-call";
import { createTestDatabase, QueryCounter, type TestDatabase } from "../support/test-db";

let t: TestDatabase;
const counter = new QueryCounter();
const cookies: Record<string, string> = {};
let producerA = 0;

beforeAll(async () => {
  t = await createTestDatabase({ logger: counter });
  globalThis.__ocopDatabase = Promise.resolve(t);
  await ensurePlace(t.db, {
    provinceCode: "25",
    provinceName: "Tỉnh Phú Thọ",
    communeCode: "08848",
    communeName: "Xã Sông Lô",
  });
  producerA = (await makeProducer(t.db, { provinceCode: "25", communeCode: "08848" })).id;
  const accounts = {
    customer: { role: "customer" as const },
    memberA: { role: "producer_member" as const, producerId: producerA },
    province: { role: "official" as const, officialPlaceCode: "25" },
    commune: { role: "official" as const, officialPlaceCode: "08848" },
    admin: { role: "administrator" as const },
  };
  for (const [name, o] of Object.entries(accounts)) {
    cookies[name] = await sessionCookie((await makeSignedInUser(t.db, o)).token);
  }
});
afterAll(async () => {
  globalThis.__ocopDatabase = undefined;
  await t.cleanup();
});

function request(who?: string, path = "/workspace?tab=1"): Request {
  return get(path, who ? cookies[who] : undefined);
}

/** 200 when the helper lets the request through, else the status of what it threw. */
async function outcome(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

describe("requireUser", () => {
  it("sends an anonymous visitor to log in and back to where they were", async () => {
    try {
      await requireUser(request());
      expect.unreachable();
    } catch (thrown) {
      if (!(thrown instanceof Response)) throw thrown;
      expect(thrown.status).toBe(303);
      expect(thrown.headers.get("Location")).toBe("/login?redirectTo=%2Fworkspace%3Ftab%3D1");
    }
  });

  it("lets any signed-in user through; an unknown token counts as anonymous", async () => {
    expect((await requireUser(request("customer"))).role).toBe("customer");
    const forged = get("/", await sessionCookie("not-a-real-token"));
    expect(await outcome(requireUser(forged))).toBe(303);
  });

  it("costs no query without a session cookie and one with it", async () => {
    counter.reset();
    expect(await getOptionalUser(request())).toBeNull();
    expect(counter.count).toBe(0);
    expect(await getOptionalUser(request("customer"))).not.toBeNull();
    expect(counter.count).toBe(1);
  });
});

describe("requireRole", () => {
  it("admits the listed roles and administrators, refuses the rest", async () => {
    expect(await outcome(requireRole(request(), "official"))).toBe(303);
    expect(await outcome(requireRole(request("customer"), "official"))).toBe(403);
    expect(await outcome(requireRole(request("memberA"), "official"))).toBe(403);
    expect(await outcome(requireRole(request("province"), "official"))).toBe(200);
    expect(await outcome(requireRole(request("admin"), "official"))).toBe(200);
    expect(await outcome(requireRole(request("customer"), "customer", "producer_member"))).toBe(
      200,
    );
  });
});
