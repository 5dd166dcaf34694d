/** The order a catalogue URL means when it names none: relevance for a search, newest for browsing. */
export function defaultSort(q: string | undefined): "relevance" | "newest" {
  return q ? "relevance" : "newest";
}
