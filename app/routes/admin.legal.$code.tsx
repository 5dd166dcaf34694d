/**
 * /admin/legal/<code> — an administrator edits a legal text in both languages; saving publishes
 * the next version (decision 0028), audited. Officials are refused: the texts are the
 * marketplace's, not a unit's.
 */
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { LegalDocumentForm } from "~/components/legal/legal-document-form";
import { PageHeader } from "~/components/workspace/page-header";
import { fieldErrors, formFields, type FieldErrors } from "~/domain/account/schemas";
import { legalPath, parseLegalCode } from "~/domain/legal/codes";
import {
  legalDocument,
  legalDocumentHistory,
  publishLegalDocument,
} from "~/domain/legal/documents.server";
import { LEGAL_DOCUMENT_FIELDS, legalDocumentSchema } from "~/domain/legal/schemas";
import { makeT, type MessageKey } from "~/i18n";
import { useT } from "~/i18n/use-t";
import { dayInVietnam } from "~/lib/dates";
import { privatePageMeta } from "~/lib/page-meta";
import { enter, enterAction, notFound, reply } from "~/web/route.server";

function codeOf(raw: string | undefined) {
  const code = parseLegalCode(raw);
  if (!code) throw notFound();
  return code;
}

export async function loader(args: LoaderFunctionArgs) {
  const { db, lang } = await enter(args, { role: ["administrator"] });
  const code = codeOf(args.params.code);
  const [doc, history] = await Promise.all([
    legalDocument(db, code),
    legalDocumentHistory(db, code),
  ]);
  if (!doc) throw notFound();
  const t = makeT(lang);
  return reply({
    code,
    document: {
      version: doc.version,
      titleVi: doc.titleVi,
      titleEn: doc.titleEn,
      bodyVi: doc.bodyVi,
      bodyEn: doc.bodyEn,
    },
    history: history.map((h) => ({
      version: h.version,
      publishedOn: dayInVietnam(h.publishedAt),
      updatedBy: h.updatedBy,
    })),
    meta: { title: `${doc.titleVi} · ${t("admin.workspace")}` },
  });
}

export const meta: MetaFunction<typeof loader> = privatePageMeta;

type ActionData = {
  values: Record<string, string>;
  errors: FieldErrors;
  formError: MessageKey | null;
};

export async function action(args: ActionFunctionArgs) {
  const { user, db, form } = await enterAction(args, { role: ["administrator"] });
  const code = codeOf(args.params.code);
  const raw = formFields(form, LEGAL_DOCUMENT_FIELDS);
  const values = Object.fromEntries(LEGAL_DOCUMENT_FIELDS.map((f) => [f, raw[f] ?? ""]));
  const answer = (d: Omit<ActionData, "values">, status: number) =>
    reply<ActionData>({ values, ...d }, status);
  const parsed = legalDocumentSchema.safeParse(raw);
  if (!parsed.success) return answer({ errors: fieldErrors(parsed.error), formError: null }, 400);
  const result = await publishLegalDocument(db, user, code, parsed.data);
  if (result.ok) return redirect(`/admin/legal/${code}?published=${result.version}`, 303);
  if ("fieldErrors" in result) return answer({ errors: result.fieldErrors, formError: null }, 400);
  return answer({ errors: {}, formError: result.formError }, 409);
}

export default function AdminLegalEdit() {
  const { t } = useT();
  const { code, document, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const published = params.get("published");
  return (
    <>
      <PageHeader
        title={document.titleVi}
        back={{ to: "/admin/legal", label: t("admin.legal.back") }}
        description={t("admin.legal.editIntro")}
      />
      <LegalDocumentForm
        document={document}
        values={actionData?.values}
        errors={actionData?.errors ?? {}}
        formError={actionData?.formError ?? null}
        published={published && /^[0-9]{1,7}$/.test(published) ? Number(published) : null}
        publicPath={legalPath(code)}
        history={history}
      />
    </>
  );
}
