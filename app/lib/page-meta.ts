/**
 * The meta of a page no search engine should index (workspaces, account and token pages,
 * checkout): its title, which the loader puts in `meta.title`, and robots noindex.
 */
type MetaDescriptor = { title: string } | { name: string; content: string };

export function privatePageMeta({
  data,
}: {
  data?: { meta: { title: string } } | undefined;
}): MetaDescriptor[] {
  return data ? [{ title: data.meta.title }, { name: "robots", content: "noindex" }] : [];
}
