/**
 * Bad input on the core of the official workspace: onboarding and editing a producer, inviting
 * a member, and the invitation page where the member chooses a password.
 */
import { eq } from "drizzle-orm";
import { commitSession } from "../../app/web/auth.server";
import { hashToken } from "../../app/domain/account/accounts.server";
import { NO_PASSWORD } from "../../app/domain/account/invites.server";
import type { Db } from "../../db/client";
import { passwordResetTokens, users } from "../../db/schema";
import { ensurePlace, makeProducer, makeSignedInUser, makeUser } from "../support/factories";
import { formCase, type BadSubmission } from "./form-case";

const long = (n: number) => "a".repeat(n);
const cookieOf = (setCookie: string) => setCookie.split(";")[0] ?? "";
const hiddenField = (name: string) =>
  `${name} is a hidden field of our pages: only a crafted request changes it`;

const TAKEN = "da-co-tai-khoan@example.com";

/** Phú Thọ with two communes, Hà Nội with one, and a province official of Phú Thọ. */
async function officialOfPhuTho(db: Db) {
  const phuTho = { provinceCode: "25", provinceName: "Tỉnh Phú Thọ" };
  await ensurePlace(db, { ...phuTho, communeCode: "08848", communeName: "Xã Sông Lô" });
  await ensurePlace(db, { ...phuTho, communeCode: "08866", communeName: "Xã Hải Lựu" });
  await ensurePlace(db, { provinceCode: "01", communeCode: "00004" });
  const { token } = await makeSignedInUser(db, { role: "official", officialPlaceCode: "25" });
  const producer = await makeProducer(db, { provinceCode: "25", communeCode: "08848" });
  const elsewhere = await makeProducer(db, { provinceCode: "01", communeCode: "00004" });
  // Each case sets up in the same database: the existing account is made once.
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, TAKEN));
  if (!taken) await makeUser(db, { email: TAKEN });
  return {
    cookie: cookieOf(await commitSession(token)),
    id: producer.id,
    elsewhere: elsewhere.id,
  };
}

type Official = Awaited<ReturnType<typeof officialOfPhuTho>>;

const producerForm = {
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
  email: "htx@example.com",
  website: "https://example.com",
};

/** One bad value per field of the producer form (onboarding and editing share it). */
const producerFieldCases = <S>(): BadSubmission<S>[] => [
  {
    name: "no name",
    change: { name: " " },
    expect: { status: 400, fields: { name: "admin.error.nameRequired" } },
  },
  {
    name: "a name of 201 characters",
    change: { name: long(201) },
    expect: { status: 400, fields: { name: "admin.error.nameTooLong" } },
  },
  {
    name: "an unknown legal form",
    change: { legalForm: "company" },
    expect: { status: 400, fields: { legalForm: "admin.error.legalForm" } },
  },
  {
    name: "no province",
    change: { provinceCode: "" },
    expect: { status: 400, fields: { provinceCode: "admin.error.provinceRequired" } },
  },
  {
    name: "no commune",
    change: { communeCode: null },
    expect: { status: 400, fields: { communeCode: "admin.error.communeRequired" } },
  },
  {
    name: "a commune of another province",
    change: { communeCode: "00004" },
    expect: { status: 400, fields: { communeCode: "admin.error.communeOutOfScope" } },
  },
  {
    name: "a province and commune outside the official's unit",
    change: { provinceCode: "01", communeCode: "00004" },
    expect: { status: 400, fields: { communeCode: "admin.error.communeOutOfScope" } },
  },
  {
    name: "an address of 4 characters",
    change: { addressPrinted: "Thôn" },
    expect: { status: 400, fields: { addressPrinted: "admin.error.addressLength" } },
  },
  {
    name: "a story in Vietnamese of a few words",
    change: { storyVi: "Mật ong ngon." },
    expect: { status: 400, fields: { storyVi: "admin.error.storyViRequired" } },
  },
  {
    name: "a story in English of 5,001 characters",
    change: { storyEn: long(5001) },
    expect: { status: 400, fields: { storyEn: "admin.error.storyTooLong" } },
  },
  {
    name: "a representative of 101 characters",
    change: { representative: long(101) },
    expect: { status: 400, fields: { representative: "admin.error.representativeTooLong" } },
  },
  {
    name: "a phone of nine digits",
    change: { phone: "091234567" },
    expect: { status: 400, fields: { phone: "admin.error.phoneInvalid" } },
  },
  {
    name: "an email without a domain",
    change: { email: "htx@" },
    expect: { status: 400, fields: { email: "admin.error.emailInvalid" } },
  },
  {
    name: "a javascript: website",
    change: { website: "javascript:alert(1)" },
    expect: { status: 400, fields: { website: "admin.error.websiteInvalid" } },
  },
  {
    name: "a website without its scheme",
    change: { website: "example.com" },
    expect: { status: 400, fields: { website: "admin.error.websiteInvalid" } },
  },
  {
    name: "nothing at all",
    form: () => ({ intent: "save" }),
    expect: {
      status: 400,
      fields: {
        name: "admin.error.nameRequired",
        legalForm: "admin.error.legalForm",
        provinceCode: "admin.error.provinceRequired",
        communeCode: "admin.error.communeRequired",
        addressPrinted: "admin.error.addressLength",
        storyVi: "admin.error.storyViRequired",
      },
    },
  },
];

export const cases = [
  formCase({
    route: "admin.producers.new.tsx",
    setup: officialOfPhuTho,
    path: () => "/admin/producers/new",
    cookie: (s) => s.cookie,
    valid: () => producerForm,
    bad: producerFieldCases<Official>(),
  }),

  formCase({
    route: "admin.producers.$id.tsx",
    about: "editing",
    setup: officialOfPhuTho,
    path: (s) => `/admin/producers/${s.id}`,
    params: (s) => ({ id: String(s.id) }),
    cookie: (s) => s.cookie,
    valid: () => producerForm,
    bad: [
      ...producerFieldCases<Official>(),
      {
        name: "an unknown intent",
        change: { intent: "delete" },
        expect: { status: 400, bare: hiddenField("intent") },
      },
    ],
  }),

  formCase({
    route: "admin.producers.$id.tsx",
    about: "inviting a member",
    setup: officialOfPhuTho,
    path: (s) => `/admin/producers/${s.id}`,
    params: (s) => ({ id: String(s.id) }),
    cookie: (s) => s.cookie,
    valid: () => ({ intent: "invite", memberName: "Lê Thị Hoa", memberEmail: "hoa@example.com" }),
    bad: [
      {
        name: "no name",
        change: { memberName: "" },
        expect: { status: 400, fields: { memberName: "admin.error.memberNameRequired" } },
      },
      {
        name: "a name of 101 characters",
        change: { memberName: long(101) },
        expect: { status: 400, fields: { memberName: "admin.error.memberNameTooLong" } },
      },
      {
        name: "an email without a domain",
        change: { memberEmail: "hoa@" },
        expect: { status: 400, fields: { memberEmail: "admin.error.memberEmailInvalid" } },
      },
      {
        name: "an email that already has an account",
        change: { memberEmail: " Da-Co-Tai-Khoan@Example.com " },
        expect: { status: 400, fields: { memberEmail: "admin.error.memberEmailTaken" } },
      },
    ],
  }),

  formCase({
    route: "admin.producers.$id.tsx",
    about: "another province's producer",
    setup: officialOfPhuTho,
    path: (s) => `/admin/producers/${s.elsewhere}`,
    params: (s) => ({ id: String(s.elsewhere) }),
    cookie: (s) => s.cookie,
    valid: () => producerForm,
    bad: [
      {
        name: "an edit",
        change: { name: "Đổi tên" },
        expect: {
          status: 404,
          bare: "a producer out of the official's scope is answered as missing",
        },
      },
      {
        name: "a suspension",
        form: () => ({ intent: "suspend" }),
        expect: {
          status: 404,
          bare: "a producer out of the official's scope is answered as missing",
        },
      },
      {
        name: "an invitation",
        form: () => ({
          intent: "invite",
          memberName: "Lê Thị Hoa",
          memberEmail: "hoa@example.com",
        }),
        expect: {
          status: 404,
          bare: "a producer out of the official's scope is answered as missing",
        },
      },
    ],
  }),

  formCase({
    route: "invite.$token.tsx",
    async setup(db) {
      await ensurePlace(db, { provinceCode: "25", communeCode: "08848" });
      const producer = await makeProducer(db, { provinceCode: "25", communeCode: "08848" });
      const [user] = await db
        .insert(users)
        .values({
          email: "moi@example.com",
          name: "Người được mời",
          passwordHash: NO_PASSWORD,
          role: "producer_member",
          producerId: producer.id,
        })
        .returning({ id: users.id });
      const token = "loi-moi-cua-form-walker";
      await db.insert(passwordResetTokens).values({
        tokenHash: hashToken(token),
        userId: user!.id,
        purpose: "invite",
        expiresAt: new Date(Date.now() + 3600_000),
      });
      return { token };
    },
    path: (s) => `/invite/${s.token}`,
    params: (s) => ({ token: s.token }),
    valid: () => ({ password: "mat-khau-du-dai" }),
    bad: [
      {
        name: "a nine-character password",
        change: { password: "ngan-qua!" },
        expect: { status: 400, fields: { password: "accounts.error.passwordTooShort" } },
      },
      {
        name: "a password of 201 characters",
        change: { password: long(201) },
        expect: { status: 400, fields: { password: "accounts.error.passwordTooLong" } },
      },
      {
        name: "the email as password",
        change: { password: " MOI@example.com" },
        expect: { status: 400, fields: { password: "accounts.error.passwordIsEmail" } },
      },
      {
        name: "no password",
        change: { password: null },
        expect: { status: 400, fields: { password: "accounts.error.passwordTooShort" } },
      },
    ],
  }),
  formCase({
    route: "invite.$token.tsx",
    about: "with a link that does not exist",
    path: () => "/invite/khong-co-loi-moi-nay",
    params: () => ({ token: "khong-co-loi-moi-nay" }),
    valid: () => ({ password: "mat-khau-du-dai" }),
    bad: [
      {
        name: "a good password",
        change: {},
        expect: {
          status: 400,
          bare: "the link is the credential: an unknown one refuses the whole form",
        },
      },
    ],
  }),
];
