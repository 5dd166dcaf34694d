import { DEMO_LOGINS, expect, logIn, test } from "./support/fixtures";
import { mailsTo, waitForMail } from "./support/mail";

/**
 * Expiry notices (issue 12): the app's sweep runs at start on the seeded demo, where the Sông Lô
 * cooperative's guava juice certificate (3★) ends in 12 days. Its member is emailed the 30-day
 * notice once; the producer's overview and the official's expiring list say when; the official
 * prints the letter and records it as posted; another unit's letter is not found.
 */
const PRODUCT = "Nước ép ổi nguyên chất";
const SUBJECT =
  /^Thông báo: chứng nhận OCOP của “Nước ép ổi nguyên chất” hết hạn ngày \d{2}\/\d{2}\/\d{4} \(còn 12 ngày\)$/;

test("the producer's member is emailed the 30-day notice once and sees it on the overview", async ({
  page,
}) => {
  const mail = await waitForMail(DEMO_LOGINS.producer, SUBJECT);
  expect(mail).toContain("Kính gửi HTX cây trồng Sông Lô xanh,");
  expect(mail).toContain("Quyết định số");
  expect(mail).toMatch(/\/producer$/m);
  // Once: the sweep runs again every hour, and at every start, and sends nothing more.
  expect(mailsTo(DEMO_LOGINS.producer).filter((m) => m.includes(PRODUCT))).toHaveLength(1);

  await logIn(page, "producer", "/producer");
  const item = page.getByRole("listitem").filter({ hasText: PRODUCT });
  await expect(
    item.getByText(/^Thông báo 30 ngày gửi lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/),
  ).toBeVisible();
  await item.getByRole("link", { name: "Xem thư thông báo" }).click();
  await expect(page).toHaveURL(/\/producer\/certificates\/\d+\/letter$/);
  await expect(page.getByRole("heading", { name: "THÔNG BÁO", level: 1 })).toBeVisible();
  await expect(page.getByText("HTX cây trồng Sông Lô xanh")).toBeVisible();
  await expect(page.getByTestId("letter-valid-until")).toContainText("còn 12 ngày");
  // Producers read and print; only the issuer records the letter as posted.
  await expect(page.getByRole("button", { name: "Đánh dấu đã gửi qua bưu điện" })).toHaveCount(0);
});

test("the official sees who was notified when, in the list and the CSV, and opens the letter", async ({
  page,
}) => {
  await logIn(page, "official", "/admin/certificates/expiring");
  const row = page.getByRole("row").filter({ hasText: PRODUCT });
  await expect(
    row.getByText(/^Email 30 ngày: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4} \(\d+ người nhận\)$/),
  ).toBeVisible();

  const csv = await page.request.get("/admin/certificates/expiring.csv");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Email 30 ngày,Email 7 ngày,Người nhận email,Thư gửi bưu điện");
  const line = text.split("\r\n").find((l) => l.includes(PRODUCT)) ?? "";
  // The 30-day email's time, no 7-day one yet, its recipients, and the letter once posted.
  expect(line).toMatch(/,\d{4}-\d{2}-\d{2} \d{2}:\d{2},,\d+,(\d{4}-\d{2}-\d{2} \d{2}:\d{2})?$/);

  await row.getByRole("link", { name: `In thư thông báo cho ${PRODUCT}` }).click();
  await expect(page).toHaveURL(/\/admin\/certificates\/\d+\/letter$/);
  await expect(page.getByRole("heading", { name: "THÔNG BÁO", level: 1 })).toBeVisible();
  await expect(page.getByText("Kính gửi:")).toBeVisible();
  await expect(page.getByText(PRODUCT, { exact: true })).toBeVisible();
  // On paper only the letter: no site header, no toolbar.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "In thư" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "THÔNG BÁO", level: 1 })).toBeVisible();
});

test("the official records the letter as posted and the list says so (desktop only: a letter is posted once)", async ({
  page,
}, info) => {
  test.skip(
    info.project.name !== "desktop",
    "the letter is marked once; the phone run shares the database",
  );
  await logIn(page, "official", "/admin/certificates/expiring");
  const row = page.getByRole("row").filter({ hasText: PRODUCT });
  await row.getByRole("link", { name: `In thư thông báo cho ${PRODUCT}` }).click();
  await page.getByRole("button", { name: "Đánh dấu đã gửi qua bưu điện" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /^Đã gửi qua bưu điện lúc / }),
  ).toBeVisible();
  await page.goto("/admin/certificates/expiring");
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: PRODUCT })
      .getByText(/^Thư đã gửi bưu điện: /),
  ).toBeVisible();
});

test("another unit's letter is not found, for its officials and for other producers", async ({
  page,
  browser,
}) => {
  // The administrator's list holds every unit's letters; Phú Xuyên (Hà Nội) is not Phú Thọ's.
  await logIn(page, "admin", "/admin/certificates/expiring");
  const link = page
    .getByRole("row")
    .filter({ hasText: "Phú Xuyên" })
    .getByRole("link", { name: /^In thư thông báo cho / })
    .first();
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/admin\/certificates\/\d+\/letter$/);
  expect((await page.request.get(href)).status()).toBe(200);

  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const other = await context.newPage();
  await logIn(other, "official", "/admin");
  expect((await other.request.get(href)).status()).toBe(404);
  await context.close();

  const producerContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const producer = await producerContext.newPage();
  await logIn(producer, "producer", "/producer");
  const id = href.split("/")[3];
  expect((await producer.request.get(`/producer/certificates/${id}/letter`)).status()).toBe(404);
  await producerContext.close();
});
