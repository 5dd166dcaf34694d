/** The body of an error page: the status, what happened, and a way back home. */
export function ErrorPage({
  status,
  title,
  body,
  backHome,
}: {
  status: number;
  title: string;
  body: string;
  backHome: string;
}) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-semibold text-brand-600">{status}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-4 text-stone-600">{body}</p>
      <a
        href="/"
        className="mt-8 inline-block rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white hover:bg-brand-700"
      >
        {backHome}
      </a>
    </div>
  );
}
