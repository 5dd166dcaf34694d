import { useT } from "~/i18n/use-t";

export default function Home() {
  const { t } = useT();
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("site.tagline")}</h1>
    </div>
  );
}
