import { describe, expect, it } from "vitest";
import { cleanForm, FORM_TEXT_MAX, readForm, readQuery } from "./request-input.server";

const ORIGIN = "http://localhost";

function post(body: string | FormData, type?: string): Request {
  const headers: Record<string, string> = type ? { "Content-Type": type } : {};
  return new Request(`${ORIGIN}/x`, { method: "POST", body, headers });
}

/** What readForm threw: the status and the data of a Remix `data()` answer. */
async function refusal(run: () => Promise<unknown>): Promise<{ status: number; data: unknown }> {
  try {
    await run();
  } catch (thrown) {
    if (thrown && typeof thrown === "object" && "data" in thrown && "init" in thrown) {
      const init = thrown.init as ResponseInit | null;
      return { status: init?.status ?? 200, data: thrown.data };
    }
    throw thrown;
  }
  throw new Error("nothing was thrown");
}

describe("readQuery", () => {
  it("drops control characters and normalises to NFC, keeping repeated names", () => {
    const q = readQuery(
      new Request(`${ORIGIN}/?q=${encodeURIComponent("Ma\u0323\u0302t\u0000 ong")}&s=4&s=5`),
    );
    expect(q.get("q")).toBe("Mật ong");
    expect(q.getAll("s")).toEqual(["4", "5"]);
  });
});

describe("readForm", () => {
  it("reads a urlencoded form, NFC-normalised except passwords", async () => {
    const decomposed = "Ma\u0323\u0302t ong";
    const form = await readForm(
      post(
        new URLSearchParams({ name: decomposed, password: decomposed }).toString(),
        "application/x-www-form-urlencoded",
      ),
    );
    expect(form.get("name")).toBe("Mật ong");
    expect(form.get("password")).toBe(decomposed);
  });

  it("refuses a control character with a 400 naming the field", async () => {
    const r = await refusal(() =>
      readForm(post("name=a%00b&x=1", "application/x-www-form-urlencoded")),
    );
    expect(r).toEqual({ status: 400, data: { errors: { name: "input.error.control" } } });
  });

  it("refuses a value longer than any field of ours with a 400 naming the field", async () => {
    const r = await refusal(() =>
      readForm(post(`note=${"x".repeat(FORM_TEXT_MAX + 1)}`, "application/x-www-form-urlencoded")),
    );
    expect(r).toEqual({ status: 400, data: { errors: { note: "input.error.tooLong" } } });
  });

  it("answers 415 to a body that is not a form and 400 to a broken multipart body", async () => {
    expect((await refusal(() => readForm(post("{}", "application/json")))).status).toBe(415);
    // A string body without a type is sent as text/plain.
    expect((await refusal(() => readForm(post("x=1")))).status).toBe(415);
    const broken = post("--nope\r\n", "multipart/form-data; boundary=b");
    expect((await refusal(() => readForm(broken))).status).toBe(400);
  });

  it("passes files through and checks the text beside them", () => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array([0, 1, 2])], "a.csv"));
    form.append("decisionNumber", "12/QĐ-UBND");
    const clean = cleanForm(form);
    expect(clean.get("file")).toBeInstanceOf(File);
    expect(clean.get("decisionNumber")).toBe("12/QĐ-UBND");
  });
});
