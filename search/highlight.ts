/**
 * Highlighting as data: text split into matched / unmatched segments, so no HTML from a
 * search engine or a query ever reaches the page.
 */
import { foldVietnamese } from "../app/lib/text";
import type { Segment } from "./port";

/** Folds one character at a time so every index of the folded text maps back to the original. */
function foldChars(text: string): string[] {
  return Array.from(text).map((ch) => {
    const f = foldVietnamese(ch);
    // Whitespace folds to "" (trimmed); keep the place so indices stay aligned.
    return f.length === 1 ? f : f.length === 0 ? " " : (f[0] ?? " ");
  });
}

function toSegments(chars: string[], marked: boolean[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const match = marked[i] ?? false;
    const last = out.at(-1);
    if (last && last.match === match) last.text += chars[i];
    else out.push({ text: chars[i] ?? "", match });
  }
  return out;
}

/**
 * Marks the parts of `text` whose folded form starts a word with a folded query word (two
 * letters or more): "mat ong" marks "Mật" and "ong" in "Mật ong hoa nhãn"; "dak lak" marks
 * "Đắk Lắk". No match gives one unmarked segment; empty text gives none.
 */
export function highlightSegments(text: string, query: string): Segment[] {
  if (!text) return [];
  const chars = Array.from(text);
  const folded = foldChars(text);
  const words = [
    ...new Set(
      foldVietnamese(query)
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length >= 2),
    ),
  ];
  const marked = new Array<boolean>(chars.length).fill(false);
  const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);
  for (const word of words) {
    for (let i = 0; i + word.length <= folded.length; i += 1) {
      if (isWordChar(folded[i - 1])) continue;
      let same = true;
      for (let k = 0; k < word.length && same; k += 1) same = folded[i + k] === word[k];
      if (same) for (let k = 0; k < word.length; k += 1) marked[i + k] = true;
    }
  }
  return toSegments(chars, marked);
}

/**
 * Turns text marked by unique tags (as Meilisearch's `_formatted` returns it with
 * highlightPreTag / highlightPostTag) into segments; the tags never reach the page.
 */
export function segmentsFromFormatted(formatted: string, pre: string, post: string): Segment[] {
  const out: Segment[] = [];
  let rest = formatted;
  while (rest.length) {
    const start = rest.indexOf(pre);
    if (start === -1) {
      out.push({ text: rest, match: false });
      break;
    }
    if (start > 0) out.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(post, start + pre.length);
    if (end === -1) {
      out.push({ text: rest.slice(start + pre.length), match: true });
      break;
    }
    out.push({ text: rest.slice(start + pre.length, end), match: true });
    rest = rest.slice(end + post.length);
  }
  return out.filter((s) => s.text.length > 0);
}
