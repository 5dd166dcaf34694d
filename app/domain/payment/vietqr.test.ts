import { QRPay } from "vietnam-qr-pay";
import { describe, expect, it } from "vitest";
import { bankAccountSchema } from "./bank-account-schema";
import { BANKS, bankByBin } from "./banks";
import { maskAccountNumber, MEMO_PATTERN, readVietQr, transferMemo, vietQrPayload } from "./vietqr";

/**
 * CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor), bit by bit,
 * written here from EMVCo QR Code Specification for Payment Systems §4.7.3 and independent
 * of the library's table-driven one. It covers the payload up to and including "6304".
 */
function crc16Ccitt(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, "0");
}

/** EMVCo TLV: two-digit id, two-digit length, value; read without the library. */
function tlv(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const id = text.slice(i, i + 2);
    const len = Number(text.slice(i + 2, i + 4));
    out.set(id, text.slice(i + 4, i + 4 + len));
    i += 4 + len;
  }
  return out;
}

describe("VietQR payload", () => {
  const transfer = {
    bankBin: "970436",
    accountNumber: "0071000123456",
    amountVnd: 406_000,
    memo: "OC7K39F2Q P12",
  };

  it("decodes back, with vietnam-qr-pay's own decoder, to the bank, account, amount and memo", () => {
    const payload = vietQrPayload(transfer);
    const qr = new QRPay(payload);
    expect(qr.isValid).toBe(true);
    expect(qr.provider.name).toBe("VIETQR");
    expect(qr.consumer.bankBin).toBe("970436");
    expect(qr.consumer.bankNumber).toBe("0071000123456");
    expect(qr.amount).toBe("406000");
    expect(qr.currency).toBe("704");
    expect(qr.nation).toBe("VN");
    expect(qr.additionalData.purpose).toBe("OC7K39F2Q P12");
    expect(readVietQr(payload)).toEqual(transfer);
  });

  it("ends with a CRC-16/CCITT computed independently over everything before it", () => {
    const payload = vietQrPayload(transfer);
    expect(payload.slice(-8, -4)).toBe("6304");
    expect(payload.slice(-4)).toBe(crc16Ccitt(payload.slice(0, -4)));
    // A changed amount with the old CRC is refused by the decoder.
    const tampered = payload.replace("5406406000", "5406400000");
    expect(tampered).not.toBe(payload);
    expect(new QRPay(tampered).isValid).toBe(false);
    expect(readVietQr(tampered)).toBeNull();
  });

  it("is the NAPAS account-transfer layout, read field by field without the library", () => {
    const fields = tlv(vietQrPayload(transfer).slice(0, -4) + "0000");
    expect(fields.get("00")).toBe("01");
    // 12: dynamic (one payment, with its amount); 11 would be a reusable static code.
    expect(fields.get("01")).toBe("12");
    const merchant = tlv(fields.get("38")!);
    expect(merchant.get("00")).toBe("A000000727"); // NAPAS's AID
    expect(merchant.get("02")).toBe("QRIBFTTA"); // transfer to an account
    const beneficiary = tlv(merchant.get("01")!);
    expect(beneficiary.get("00")).toBe("970436");
    expect(beneficiary.get("01")).toBe("0071000123456");
    expect(fields.get("53")).toBe("704"); // VND
    expect(fields.get("54")).toBe("406000");
    expect(fields.get("58")).toBe("VN");
    expect(tlv(fields.get("62")!).get("08")).toBe("OC7K39F2Q P12");
  });

  it("the library's published samples: built byte for byte, and decoded to their fields", () => {
    // vietnam-qr-pay's README, "VietQR Động": ACB 257678859, 10 000 đ, "Chuyen tien".
    const published =
      "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6";
    expect(
      vietQrPayload({
        bankBin: "970416",
        accountNumber: "257678859",
        amountVnd: 10_000,
        memo: "Chuyen tien",
      }),
    ).toBe(published);
    expect(crc16Ccitt(published.slice(0, -4))).toBe("53E6");
    // The README's decode sample (1 000 đ), read back to its documented fields.
    const decodeSample =
      "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704540410005802VN62150811Chuyen tien6304BBB8";
    expect(crc16Ccitt(decodeSample.slice(0, -4))).toBe("BBB8");
    expect(readVietQr(decodeSample)).toEqual({
      bankBin: "970416",
      accountNumber: "257678859",
      amountVnd: 1000,
      memo: "Chuyen tien",
    });
  });

  it("refuses an amount that is not a positive whole number of đồng", () => {
    expect(() => vietQrPayload({ ...transfer, amountVnd: 0 })).toThrow();
    expect(() => vietQrPayload({ ...transfer, amountVnd: 10.5 })).toThrow();
  });
});

describe("transfer memo", () => {
  it("is the order number without dashes and the shipment code, bank-safe", () => {
    expect(transferMemo("OC-7K3-9F2Q", 12)).toBe("OC7K39F2Q P12");
    expect(transferMemo("OC-ZZZ-ZZZZ", 2_147_483_647)).toMatch(MEMO_PATTERN);
  });

  it("masks an account to its last four digits", () => {
    expect(maskAccountNumber("0071000126789")).toBe("•••• 6789");
  });
});

describe("bank list", () => {
  it("has one entry per BIN, each a six-digit NAPAS BIN, with the big banks in it", () => {
    const bins = BANKS.map((b) => b.bin);
    expect(new Set(bins).size).toBe(bins.length);
    for (const b of BANKS) expect(b.bin).toMatch(/^[0-9]{6}$/);
    expect(bankByBin("970436")?.shortName).toBe("Vietcombank");
    expect(bankByBin("970405")?.shortName).toBe("Agribank");
    expect(bankByBin("123456")).toBeNull();
  });
});

describe("bank account form", () => {
  const ok = {
    bankBin: "970436",
    accountNumber: "0071 0001 23456",
    accountHolder: "nguyen van an",
  };

  it("cleans spaces in the number and raises plain letters in the holder", () => {
    expect(bankAccountSchema.parse(ok)).toEqual({
      bankBin: "970436",
      accountNumber: "0071000123456",
      accountHolder: "NGUYEN VAN AN",
    });
  });

  it("names the field that is wrong", () => {
    const fieldOf = (input: Record<string, string>) => {
      const r = bankAccountSchema.safeParse(input);
      // The page shows the first message of each field (fieldErrors).
      return r.success ? null : r.error.issues.slice(0, 1).map((i) => [i.path[0], i.message]);
    };
    expect(fieldOf({ ...ok, bankBin: "123456" })).toEqual([
      ["bankBin", "transfer.error.bankUnknown"],
    ]);
    expect(fieldOf({ ...ok, accountNumber: "12345" })).toEqual([
      ["accountNumber", "transfer.error.accountInvalid"],
    ]);
    expect(fieldOf({ ...ok, accountNumber: "12345678901234567890" })).toEqual([
      ["accountNumber", "transfer.error.accountInvalid"],
    ]);
    expect(fieldOf({ ...ok, accountNumber: "0071-000123" })).toEqual([
      ["accountNumber", "transfer.error.accountInvalid"],
    ]);
    expect(fieldOf({ ...ok, accountHolder: "Nguyễn Văn An" })).toEqual([
      ["accountHolder", "transfer.error.holderInvalid"],
    ]);
    expect(fieldOf({ ...ok, accountHolder: "   " })).toEqual([
      ["accountHolder", "transfer.error.holderRequired"],
    ]);
  });
});
