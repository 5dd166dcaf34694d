import { expect, logIn, test } from "./support/fixtures";

/**
 * Settlement, on a desktop: the demo administrator records the payout of the Sông Lô
 * cooperative's last month (seeded card orders, db/seed/settlement.ts) and the cooperative's
 * member then sees that statement closed. Desktop only: the payout closes the month once,
 * and the phone project shares the database.
 */
test("the administrator records a payout and the producer sees its statement closed (desktop only: a month is paid out once, so the phone run has nothing left to pay)", async ({
  page,
  browser,
}, info) => {
  test.skip(
    info.project.name !== "desktop",
    "a month is paid out once: the desktop run pays it, the phone run would find it closed",
  );
  await logIn(page, "admin", "/admin/payouts");
  await expect(page.getByRole("heading", { name: "Chi trả cho chủ thể", level: 1 })).toBeVisible();
  const row = page.getByRole("listitem").filter({ hasText: "HTX cây trồng Sông Lô xanh" });
  await expect(row).toHaveCount(1);
  await expect(row.getByText("Chờ chi trả")).toBeVisible();
  await row.getByRole("link", { name: "Xem và ghi nhận" }).click();
  await expect(page).toHaveURL(/\/admin\/payouts\/\d+\/\d{4}-\d{2}$/);
  const month = page.url().slice(-7);

  const hint = await page.getByText(/^Phải đúng bằng số phải trả: /).textContent();
  const owed = (hint ?? "").replace(/\D/g, "");
  expect(Number(owed)).toBeGreaterThan(0);

  // One đồng short is refused, naming the field.
  await page.getByLabel("Mã giao dịch ngân hàng").fill("FT-E2E-0001");
  const amount = page.getByLabel("Số tiền đã chuyển (đồng)");
  await amount.fill(String(Number(owed) - 1));
  await page.getByRole("button", { name: "Ghi nhận và đóng sao kê" }).click();
  await expect(page.getByText("Số tiền phải đúng bằng số phải trả của sao kê.")).toBeVisible();
  await expect(amount).toHaveAttribute("aria-invalid", "true");

  await amount.fill(owed);
  await page.getByRole("button", { name: "Ghi nhận và đóng sao kê" }).click();
  await expect(page).toHaveURL(/\?paid=1$/);
  await expect(page.getByText("Đã ghi nhận chi trả; sao kê đã đóng.")).toBeVisible();
  await expect(page.getByTestId("statement-paid")).toContainText("mã giao dịch FT-E2E-0001");
  // The form is gone: it cannot be paid twice.
  await expect(page.getByRole("button", { name: "Ghi nhận và đóng sao kê" })).toHaveCount(0);
  await expect(page.getByText("Sao kê này không chờ chi trả.")).toBeVisible();

  const producer = await (await browser.newContext()).newPage();
  await logIn(producer, "producer", "/producer/statements");
  const [y, m] = month.split("-").map(Number);
  await producer.getByRole("link", { name: new RegExp(`tháng ${m}/${y}`) }).click();
  await expect(producer).toHaveURL(`/producer/statements/${month}`);
  await expect(producer.getByTestId("statement-paid")).toHaveText(
    /^Đã thanh toán ngày \d{2}\/\d{2}\/\d{4}, mã giao dịch FT-E2E-0001$/,
  );
  await expect(producer.getByText("Đã chi trả").first()).toBeVisible();
  const csv = await producer.request.get(`/producer/statements/${month}/csv`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("FT-E2E-0001");
});
