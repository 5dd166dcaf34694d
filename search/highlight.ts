/**
 * Highlights as segments, never as HTML: the page renders each segment as text, marked or
 * not, so nothing a producer typed into a product name can reach the page as markup.
 */
import { foldVietnamese } from "../app/lib/text";
import type { Segment } from "./port";

/** Shortest query token worth marking: a single letter would light up half the name. */
const MIN_TOKEN_LENGTH = 2;

/** Drops empty pieces and joins neighbours with the same flag. */
function tidy(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    if (!s.text) continue;
    const last = out.at(-1);
    if (last && last.match === s.match) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/**
 * Turns a Meilisearch `_formatted` value, highlighted with tags that never occur in product
 * text, into segments. An unbalanced tag (which a well-behaved server never sends) is read
 * as best it can be and never leaks into the text. Empty pieces are dropped.
 */
export function segmentsFromFormatted(formatted: string, pre: string, post: string): Segment[] {
  if (!pre || !post) throw new Error("highlight tags must not be empty");
  const segments: Segment[] = [];
  const [before, ...opened] = formatted.split(pre);
  segments.push({ text: (before ?? "").split(post).join(""), match: false });
  for (const piece of opened) {
    const end = piece.indexOf(post);
    if (end === -1) {
      segments.push({ text: piece, match: true });
      continue;
    }
    segments.push({ text: piece.slice(0, end), match: true });
    segments.push({
      text: piece
        .slice(end + post.length)
        .split(post)
        .join(""),
      match: false,
    });
  }
  return tidy(segments);
}

/** Folds one character the way the search text is folded, keeping white space as a space. */
function foldChar(ch: string): string {
  return /\s/.test(ch) ? " " : foldVietnamese(ch);
}

const WORD_CHAR = /[a-z0-9]/;

/**
 * Marks the parts of `text` that match the query's words, comparing folded forms ("mat ong"
 * marks "Mật ong"). A word matches at the start of a word of the text, as the embedded
 * engine matches, so "ong" marks "ong" but not the middle of "longan". Overlapping and
 * touching matches merge. No match gives one unmarked segment; empty text gives none.
 */
export function highlightSegments(text: string, query: string): Segment[] {
  const tokens = [
    ...new Set(
      foldVietnamese(query)
        .split(/[^a-z0-9]+/)
        .filter((t) => t.length >= MIN_TOKEN_LENGTH),
    ),
  ];
  if (!text) return [];
  if (!tokens.length) return [{ text, match: false }];

  // Folded text, and for each folded character the original range it came from.
  let folded = "";
  const from: number[] = [];
  const to: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    if (f.length === 0 && to.length) {
      // A lone combining mark (text stored decomposed) belongs to the letter before it.
      to[to.length - 1] = offset + ch.length;
    }
    for (let k = 0; k < f.length; k++) {
      from.push(offset);
      to.push(offset + ch.length);
    }
    folded += f;
    offset += ch.length;
  }

  const ranges: [number, number][] = [];
  for (const token of tokens) {
    for (let at = folded.indexOf(token); at !== -1; at = folded.indexOf(token, at + 1)) {
      if (at > 0 && WORD_CHAR.test(folded[at - 1]!)) continue;
      ranges.push([from[at]!, to[at + token.length - 1]!]);
    }
  }
  if (!ranges.length) return [{ text, match: false }];

  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }

  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  segments.push({ text: text.slice(cursor), match: false });
  return tidy(segments);
}
