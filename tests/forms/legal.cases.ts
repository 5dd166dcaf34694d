/**
 * Bad input on the administrator's edit of a legal text (/admin/legal/:code): each field of
 * both languages, the version the edit started from, and an edit that changes nothing or
 * comes after someone else's. Nothing is published on any of them.
 */
import { commitSession } from "../../app/web/auth.server";
import { makeSignedInUser } from "../support/factories";
import { formCase } from "./form-case";

const valid = () => ({
  titleVi: "Chính sách bảo vệ dữ liệu cá nhân (sửa)",
  titleEn: "Privacy notice (edited)",
  bodyVi: "## Dữ liệu được xử lý\n- Họ tên, email.\n\nNội dung sửa đổi đủ dài.",
  bodyEn: "## Data processed\n- Name, email.\n\nAn edited text long enough.",
  baseVersion: "1",
});

export const cases = [
  formCase({
    route: "admin.legal.$code.tsx",
    async setup(db) {
      const { token } = await makeSignedInUser(db, { role: "administrator" });
      return { cookie: (await commitSession(token)).split(";")[0] ?? "" };
    },
    path: () => "/admin/legal/privacy",
    params: () => ({ code: "privacy" }),
    cookie: (s) => s.cookie,
    valid,
    bad: [
      {
        name: "no Vietnamese title",
        change: { titleVi: "  " },
        expect: { status: 400, fields: { titleVi: "admin.legal.error.titleViRequired" } },
      },
      {
        name: "an English title of 201 characters",
        change: { titleEn: "x".repeat(201) },
        expect: { status: 400, fields: { titleEn: "admin.legal.error.titleLength" } },
      },
      {
        name: "no English title",
        change: { titleEn: null },
        expect: { status: 400, fields: { titleEn: "admin.legal.error.titleEnRequired" } },
      },
      {
        name: "a Vietnamese text too short to say anything",
        change: { bodyVi: "Ngắn." },
        expect: { status: 400, fields: { bodyVi: "admin.legal.error.bodyViRequired" } },
      },
      {
        name: "no English text",
        change: { bodyEn: "" },
        expect: { status: 400, fields: { bodyEn: "admin.legal.error.bodyEnRequired" } },
      },
      {
        name: "an edit started from a version that is not the current one",
        change: { baseVersion: "9" },
        expect: { status: 409, fields: {}, formError: "admin.legal.error.stale" },
      },
      {
        name: "no version to start from",
        change: { baseVersion: null },
        expect: { status: 400, fields: { baseVersion: "admin.legal.error.baseVersion" } },
      },
      {
        name: "nothing at all",
        form: () => ({}),
        expect: {
          status: 400,
          fields: {
            titleVi: "admin.legal.error.titleViRequired",
            titleEn: "admin.legal.error.titleEnRequired",
            bodyVi: "admin.legal.error.bodyViRequired",
            bodyEn: "admin.legal.error.bodyEnRequired",
            baseVersion: "admin.legal.error.baseVersion",
          },
        },
      },
    ],
  }),
];
